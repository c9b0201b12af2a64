import { addDays } from '@/domain/calendar/civil-date.ts'

/** The server's counts of a deadline list: overdue, and 'week' = 0–7 days left, today included. */
export type DeadlineCounts = Record<string, number>

/** Overdue and due within 7 days (0–7 days left inclusive), from the server's counts. */
export const weekBands = (counts: DeadlineCounts): { overdue: number; week: number } => ({
  overdue: counts.overdue ?? 0,
  week: counts.week ?? 0,
})

/**
 * The detention clocks the home lists: orders that ran out (overdue) and those ending within 7
 * days, today included; the list is sorted by due date, so these come first.
 */
export const dueWithinWeek = <T extends { dueDate: string | null; status: string }>(
  items: readonly T[],
  today: string,
): T[] => items.filter((d) => d.status === 'open' && d.dueDate !== null && d.dueDate <= addDays(today, 7))
