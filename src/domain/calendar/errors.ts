import { DomainError } from '../errors.ts'
/** Stable codes; the HTTP edge maps them to statuses, the UI shows `message` (Vietnamese). */
export type CalendarErrorCode =
  | 'CALENDAR_INVALID_DATE'
  | 'CALENDAR_CONFLICTING_ENTRIES'
  | 'CALENDAR_REASON_REQUIRED'
  | 'CALENDAR_NO_WORKING_DAY'

export class CalendarError extends DomainError<CalendarErrorCode> {
  override readonly name = 'CalendarError'
  constructor(code: CalendarErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(code, message, details)
  }
}
