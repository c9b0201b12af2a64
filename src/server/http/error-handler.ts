// The one place where errors become HTTP answers: a stable code, a Vietnamese message,
// field details for validation failures, and the request id. Internals never leak.
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { DomainError } from '@/domain/errors.ts'
import {
  AppError,
  httpStatusOf,
  isErrorCode,
  messageOf,
  type ErrorCode,
  type ErrorDetail,
} from '../platform/app-error.ts'

const body = (code: ErrorCode, message: string, requestId: string, details?: ErrorDetail[]) => ({
  error: { code, message, requestId, ...(details ? { details } : {}) },
})

/** An answer with the code's declared status and, unless a more precise one is given, its declared message. */
const answer = (reply: FastifyReply, code: ErrorCode, requestId: string, message = messageOf(code)) =>
  reply.status(httpStatusOf(code)).send(body(code, message, requestId))

/**
 * PostgreSQL's SQLSTATEs for a value it cannot take (class 22 "data exception", and 54001
 * "statement too complex"): https://www.postgresql.org/docs/15/errcodes-appendix.html
 */
const SQLSTATE_BAD_VALUE = new Set(['22001', '22003', '22007', '22008', '22021', '22P02', '22P05', '22012', '54001'])

/** '/data/fullName' → 'data.fullName', the path the web form maps onto its fields. */
const pathOf = (instancePath: string): string => instancePath.replace(/^\//, '').replaceAll('/', '.')

export const registerErrorHandling = (app: FastifyInstance): void => {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const requestId = String(request.id)

    if (error instanceof AppError) {
      const status = httpStatusOf(error.code)
      if (status >= 500) request.log.error({ err: error }, error.message)
      if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds))
      return reply.status(status).send(body(error.code, error.userMessage, requestId, error.details))
    }

    // A rule of the domain refused the input where no service translated it: its own code and
    // message, with the status the code is declared with (422 for a code nobody declares).
    if (error instanceof DomainError) {
      const code = isErrorCode(error.code) ? error.code : 'DOMAIN_RULE'
      return answer(reply, code, requestId, error.message)
    }

    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((issue) => ({
        path: pathOf(issue.instancePath),
        message: issue.message ?? 'Giá trị không hợp lệ',
      }))
      // One problem is said as it is ("Từ khóa tìm kiếm tối đa 100 ký tự"), not as "check the
      // marked fields": a list or a search box has no field to mark.
      const message =
        new Set(details.map((d) => d.message)).size === 1 ? details[0]!.message : messageOf('VALIDATION_FAILED')
      return reply
        .status(httpStatusOf('VALIDATION_FAILED'))
        .send(body('VALIDATION_FAILED', message, requestId, details))
    }

    const fastifyCode = (error as FastifyError).code
    if (fastifyCode === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return answer(reply, 'UNSUPPORTED_MEDIA_TYPE', requestId)
    if (fastifyCode === 'FST_ERR_CTP_BODY_TOO_LARGE') return answer(reply, 'PAYLOAD_TOO_LARGE', requestId)
    if (fastifyCode === 'FST_ERR_CTP_EMPTY_JSON_BODY')
      return answer(reply, 'BODY_INVALID_JSON', requestId, 'Dữ liệu gửi lên trống (cần một nội dung JSON)')
    // Fastify's own text ("Unexpected token } in JSON at position 12") is never shown.
    if (
      fastifyCode === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      (error instanceof SyntaxError && (error as FastifyError).statusCode === 400)
    )
      return answer(reply, 'BODY_INVALID_JSON', requestId)
    if ((error as FastifyError).statusCode === 400) return answer(reply, 'BAD_REQUEST', requestId)

    // A value the database refused: the transaction rolled back, nothing was written. Each is a
    // validation the schemas lack, so it is logged as an error, but the user gets a 400, not a 500.
    const sqlState = (error as { code?: unknown }).code
    if (typeof sqlState === 'string' && SQLSTATE_BAD_VALUE.has(sqlState)) {
      request.log.error({ err: error }, 'value refused by the database')
      return answer(reply, 'VALUE_INVALID', requestId)
    }
    if (sqlState === '23503') {
      request.log.warn({ err: error }, 'foreign key refused a change')
      return answer(reply, 'RECORD_IN_USE', requestId)
    }

    request.log.error({ err: error }, 'unhandled error')
    return answer(reply, 'INTERNAL', requestId)
  })

  app.setNotFoundHandler((request, reply) => {
    answer(reply, 'NOT_FOUND', String(request.id))
  })
}
