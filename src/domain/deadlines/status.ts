// Warning bands for a due date, as the "my deadlines" list shows them.
import { daysBetween, type IsoDate } from '@/domain/calendar/index.ts'

export type DeadlineStatus = 'overdue' | 'due_today' | 'due_3' | 'due_7' | 'later'

/** `today` is the calendar date in Vietnam (UTC+7), supplied by the caller: the core reads no clock. */
export const deadlineStatus = (due: IsoDate, today: IsoDate): DeadlineStatus => {
  const left = daysBetween(today, due)
  if (left < 0) return 'overdue'
  if (left === 0) return 'due_today'
  if (left <= 3) return 'due_3'
  if (left <= 7) return 'due_7'
  return 'later'
}
