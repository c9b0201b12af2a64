import { DomainError } from '../errors.ts'
/** Stable codes; the HTTP edge maps them to statuses, the UI shows `message` (Vietnamese). */
export type DeadlineErrorCode =
  | 'DEADLINE_UNKNOWN_RULE'
  | 'DEADLINE_RULE_NOT_IN_FORCE'
  | 'DEADLINE_CATEGORY_REQUIRED'
  | 'DEADLINE_INVALID_INPUT'
  | 'DEADLINE_EXTENSION_LIMIT'
  | 'DEADLINE_EXTENSION_TOO_LONG'
  | 'DEADLINE_EXTENSION_TOTAL_EXCEEDED'
  | 'DEADLINE_SUSPENSION_NOT_ALLOWED'
  | 'DEADLINE_INVALID_SUSPENSION'
  | 'DEADLINE_NOT_ENCODED'

export class DeadlineError extends DomainError<DeadlineErrorCode> {
  override readonly name = 'DeadlineError'
  constructor(code: DeadlineErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(code, message, details)
  }
}
