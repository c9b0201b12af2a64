// Warning bands for a due date, as the "my deadlines" list shows them. One table of bands: the
// status of one deadline (deadlineStatus) and the due dates a band's list selects
// (dueDateRangeOf, used by the register's queries) both read it.
import { addDays, daysBetween, type IsoDate } from '@/domain/calendar/index.ts'

export type DeadlineStatus = 'overdue' | 'due_today' | 'due_3' | 'due_7' | 'later'

/** The warning bands before the due date passes: each holds the days left up to its bound (inclusive), after the one before. */
export const WARNING_BANDS = [
  { status: 'due_today', maxDaysLeft: 0 },
  { status: 'due_3', maxDaysLeft: 3 },
  { status: 'due_7', maxDaysLeft: 7 },
] as const satisfies readonly { status: DeadlineStatus; maxDaysLeft: number }[]

/** `today` is the calendar date in Vietnam (UTC+7), supplied by the caller: the core reads no clock. */
export const deadlineStatus = (due: IsoDate, today: IsoDate): DeadlineStatus => {
  const left = daysBetween(today, due)
  if (left < 0) return 'overdue'
  return WARNING_BANDS.find((band) => left <= band.maxDaysLeft)?.status ?? 'later'
}

/** A band of due dates: before a day (exclusive), or from a day to a day (both inclusive). */
export type DueDateRange = { before: IsoDate } | { from: IsoDate; to: IsoDate }

/**
 * The due dates of a band on `today`: 'overdue' before today; a warning band from the day after
 * the previous band's bound to its own; 'week' (the lists' "within 7 days") every warning band,
 * today to the last bound.
 */
export const dueDateRangeOf = (band: Exclude<DeadlineStatus, 'later'> | 'week', today: IsoDate): DueDateRange => {
  if (band === 'overdue') return { before: today }
  if (band === 'week') return { from: today, to: addDays(today, WARNING_BANDS.at(-1)!.maxDaysLeft) }
  const i = WARNING_BANDS.findIndex((b) => b.status === band)
  const first = i === 0 ? 0 : WARNING_BANDS[i - 1]!.maxDaysLeft + 1
  return { from: addDays(today, first), to: addDays(today, WARNING_BANDS[i]!.maxDaysLeft) }
}
