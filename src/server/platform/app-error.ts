// One error class for the whole server. Services throw AppError with a stable code and a
// Vietnamese message; the HTTP edge maps the code to a status in one place (httpStatusOf).

export const ERROR_CODES = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  /** A body sent as JSON that is not JSON (or is empty). */
  BODY_INVALID_JSON: 400,
  URL_TOO_LONG: 414,
  /** A value the database refused that no schema caught (a safety net: each is a missing validation). */
  VALUE_INVALID: 400,
  /** A row others still refer to (a foreign key): deleting it would orphan them. */
  RECORD_IN_USE: 409,
  AUTH_REQUIRED: 401,
  AUTH_INVALID_CREDENTIALS: 401,
  AUTH_SESSION_EXPIRED: 401,
  AUTH_WRONG_PASSWORD: 400,
  CSRF_INVALID: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNIT_NOT_FOUND: 404,
  PERSON_NOT_FOUND: 404,
  CONFLICT_STALE: 409,
  UNIT_CODE_TAKEN: 409,
  UNIT_HAS_DEPENDANTS: 409,
  UNIT_INVALID_PARENT: 422,
  UNIT_INVALID_SUCCESSOR: 422,
  PERSON_USERNAME_TAKEN: 409,
  PERSON_INVALID_UNIT: 422,
  ROLE_GRANT_FORBIDDEN: 403,
  PERSON_SELF_LOCKOUT: 422,
  /** Sign-in held back: too many failures of this username from this address, or from this address. */
  LOGIN_THROTTLED: 429,
  /** Change-password held back: too many wrong current passwords for this account. */
  PASSWORD_CHECK_THROTTLED: 429,
  /** A demo login on a server not in demo mode: only /me, change-password and sign-out answer. */
  PASSWORD_CHANGE_REQUIRED: 403,
  // The password policy (src/domain/passwords/password-policy.ts).
  PASSWORD_TOO_SHORT: 422,
  PASSWORD_TOO_LONG: 422,
  PASSWORD_COMMON: 422,
  PASSWORD_CONTAINS_USERNAME: 422,
  PASSWORD_CONTROL_CHARS: 422,
  PASSWORD_BLANK: 422,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL: 500,
  CALENDAR_ENTRY_NOT_FOUND: 404,
  /** The national official calendar: only the supreme level's administrators or those they grant it. */
  CALENDAR_NATIONAL_FORBIDDEN: 403,
  CALENDAR_MANAGER_NOT_ADMIN: 422,
  CALENDAR_MANAGER_NOT_FOUND: 404,
  CALENDAR_DATE_TAKEN: 409,
  CALENDAR_YEAR_NOT_CONFIRMED: 404,
  CALENDAR_RECOMPUTE_NOT_FOUND: 404,
  // The calendar and deadline cores' own codes (CalendarErrorCode, DeadlineErrorCode), same names.
  CALENDAR_INVALID_DATE: 422,
  CALENDAR_CONFLICTING_ENTRIES: 422,
  CALENDAR_REASON_REQUIRED: 422,
  CALENDAR_NO_WORKING_DAY: 422,
  DEADLINE_UNKNOWN_RULE: 422,
  DEADLINE_RULE_NOT_IN_FORCE: 422,
  DEADLINE_CATEGORY_REQUIRED: 422,
  DEADLINE_INVALID_INPUT: 422,
  DEADLINE_EXTENSION_LIMIT: 422,
  DEADLINE_EXTENSION_TOO_LONG: 422,
  DEADLINE_EXTENSION_TOTAL_EXCEEDED: 422,
  DEADLINE_SUSPENSION_NOT_ALLOWED: 422,
  DEADLINE_INVALID_SUSPENSION: 422,
  DEADLINE_NOT_ENCODED: 422,
  // The register (issue: sổ thụ lý). Validator codes come from src/domain/register.
  MATTER_NOT_FOUND: 404,
  MATTER_NUMBER_TAKEN: 409,
  MATTER_INVALID_PROSECUTOR: 422,
  EVENT_NOT_FOUND: 404,
  EVENT_ALREADY_VOIDED: 409,
  EVENT_IS_OPENING: 422,
  EVENT_INVALID: 422,
  EVENT_IN_FUTURE: 422,
  EVENT_BEFORE_RECEIPT: 422,
  EVENT_OUT_OF_ORDER: 422,
  EVENT_KIND_MISMATCH: 422,
  EVENT_DATA_INVALID: 422,
  EVENT_EXTENSION_LIMIT: 422,
  EVENT_RETURN_LIMIT: 422,
  EVENT_MATTER_CLOSED: 422,
  EVENT_SUBJECT_INVALID: 422,
  PENAL_CODE_UNKNOWN_CHARGE: 422,
  PENAL_CODE_NOT_IN_FORCE: 422,
  // Excel import and export of the register (src/server/modules/register-excel).
  IMPORT_FILE_INVALID: 422,
  IMPORT_ROWS_INVALID: 422,
  /** Over a byte limit of the import (declared or inflated size, entries, shared strings, the reader's memory). */
  IMPORT_TOO_LARGE: 413,
  IMPORT_TOO_MANY_ROWS: 422,
  IMPORT_TOO_SLOW: 422,
  /** Too many imports running at once, the caller's own or the server's. */
  IMPORT_BUSY: 429,
  EXPORT_TOO_MANY_ROWS: 422,
  // Indicators, periods and targets (src/server/modules/indicators).
  INDICATOR_NOT_FOUND: 404,
  INDICATOR_NO_DENOMINATOR: 422,
  PERIOD_INVALID: 422,
  PERIOD_UNIT_NOT_IN_FORCE: 422,
  PERIOD_NOT_ENDED: 422,
  PERIOD_ALREADY_CLOSED: 409,
  TARGET_INVALID: 422,
  TARGET_DATE_CONFLICT: 409,
  TARGET_NOT_FOUND: 404,
  TARGET_ALREADY_WITHDRAWN: 409,
} as const

export type ErrorCode = keyof typeof ERROR_CODES

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
    userMessage: string,
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

export const httpStatusOf = (code: ErrorCode): number => ERROR_CODES[code]
