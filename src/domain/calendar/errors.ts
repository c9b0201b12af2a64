/** Stable codes; the HTTP edge maps them to statuses, the UI shows `message` (Vietnamese). */
export type CalendarErrorCode =
  | 'CALENDAR_INVALID_DATE'
  | 'CALENDAR_CONFLICTING_ENTRIES'
  | 'CALENDAR_REASON_REQUIRED'
  | 'CALENDAR_NO_WORKING_DAY'

export class CalendarError extends Error {
  override readonly name = 'CalendarError'
  constructor(
    readonly code: CalendarErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message)
  }
}
