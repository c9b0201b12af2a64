// The one place where errors become HTTP answers: a stable code, a Vietnamese message,
// field details for validation failures, and the request id. Internals never leak.
import type { FastifyError, FastifyInstance } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { DomainError } from '@/domain/errors.ts'
import { AppError, httpStatusOf, isErrorCode, type ErrorCode, type ErrorDetail } from '../platform/app-error.ts'

const body = (code: ErrorCode, message: string, requestId: string, details?: ErrorDetail[]) => ({
  error: { code, message, requestId, ...(details ? { details } : {}) },
})

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
      return reply.status(httpStatusOf(code)).send(body(code, error.message, requestId))
    }

    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((issue) => ({
        path: pathOf(issue.instancePath),
        message: issue.message ?? 'Giá trị không hợp lệ',
      }))
      // One problem is said as it is ("Từ khóa tìm kiếm tối đa 100 ký tự"), not as "check the
      // marked fields": a list or a search box has no field to mark.
      const message =
        new Set(details.map((d) => d.message)).size === 1
          ? details[0]!.message
          : 'Dữ liệu nhập chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu'
      return reply.status(400).send(body('VALIDATION_FAILED', message, requestId, details))
    }

    const fastifyCode = (error as FastifyError).code
    if (fastifyCode === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      return reply.status(415).send(body('UNSUPPORTED_MEDIA_TYPE', 'Dữ liệu gửi lên phải ở dạng JSON', requestId))
    if (fastifyCode === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return reply.status(413).send(body('PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn', requestId))
    if (fastifyCode === 'FST_ERR_CTP_EMPTY_JSON_BODY')
      return reply
        .status(400)
        .send(body('BODY_INVALID_JSON', 'Dữ liệu gửi lên trống (cần một nội dung JSON)', requestId))
    // Fastify's own text ("Unexpected token } in JSON at position 12") is never shown.
    if (
      fastifyCode === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      (error instanceof SyntaxError && (error as FastifyError).statusCode === 400)
    )
      return reply.status(400).send(body('BODY_INVALID_JSON', 'Dữ liệu gửi lên không đúng định dạng JSON', requestId))
    if ((error as FastifyError).statusCode === 400)
      return reply.status(400).send(body('BAD_REQUEST', 'Yêu cầu không hợp lệ', requestId))

    // A value the database refused: the transaction rolled back, nothing was written. Each is a
    // validation the schemas lack, so it is logged as an error, but the user gets a 400, not a 500.
    const sqlState = (error as { code?: unknown }).code
    if (typeof sqlState === 'string' && SQLSTATE_BAD_VALUE.has(sqlState)) {
      request.log.error({ err: error }, 'value refused by the database')
      return reply
        .status(400)
        .send(
          body(
            'VALUE_INVALID',
            'Giá trị nhập không hợp lệ (quá lớn, sai định dạng hoặc chứa ký tự không được phép)',
            requestId,
          ),
        )
    }
    if (sqlState === '23503') {
      request.log.warn({ err: error }, 'foreign key refused a change')
      return reply
        .status(409)
        .send(body('RECORD_IN_USE', 'Không thực hiện được: bản ghi này còn được dữ liệu khác sử dụng', requestId))
    }

    request.log.error({ err: error }, 'unhandled error')
    return reply
      .status(500)
      .send(
        body('INTERNAL', 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên kèm mã yêu cầu.', requestId),
      )
  })

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(body('NOT_FOUND', 'Không tìm thấy địa chỉ yêu cầu', String(request.id)))
  })
}
