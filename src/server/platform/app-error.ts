// One error class for the server. Services throw AppError with a stable code and, when they can
// say more than the code's own message (which unit, which date), a Vietnamese message of their
// own; the codes, with their status and message, are declared beside the code that throws them
// and merged in src/server/errors.ts. Errors of the pure domain are DomainErrors (src/domain/errors.ts),
// answered by the error handler with the same catalogue.

import { ERRORS, type ErrorCode } from '../errors.ts'

export type { ErrorCode }

export type ErrorDetail = { path: string; message: string }

export class AppError extends Error {
  readonly code: ErrorCode
  /** Vietnamese, shown to the user as is. */
  readonly userMessage: string
  readonly details: ErrorDetail[] | undefined
  /** Sent as Retry-After (RFC 9110 §10.2.3) with a 429 or 503. */
  readonly retryAfterSeconds: number | undefined

  constructor(
    code: ErrorCode,
    userMessage: string = messageOf(code),
    details?: ErrorDetail[],
    options: { retryAfterSeconds?: number } = {},
  ) {
    super(`${code}: ${userMessage}`)
    this.name = 'AppError'
    this.code = code
    this.userMessage = userMessage
    this.details = details
    this.retryAfterSeconds = options.retryAfterSeconds
  }
}

export const httpStatusOf = (code: ErrorCode): number => ERRORS[code].status

/** The code's own Vietnamese message, as declared with it. */
export const messageOf = (code: ErrorCode): string => ERRORS[code].message

/** Whether a code (a domain's, a validator's) is one the server declares. */
export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(ERRORS, code)
