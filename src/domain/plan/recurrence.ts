// The occurrences of a recurring key task within a statistics year (issue 13 items 2 and 4:
// "hằng tháng, hằng quý, 6 tháng"; "recurring tasks produce their occurrences"). The statistics
// year y runs 01/12/(y−1) – 30/11/y (DOMAIN.md §6.1 [confirmed]); its periods come from the
// indicators' periods.ts so the plan and the figures name the same days.
//
//   monthly      the twelve statistics months, December y−1 … November y (monthsOfStatisticsYear)
//   quarterly    the four quarters of the statistics year: 01/12–end of February, March–May,
//                June–August, September–November. DOMAIN.md §6.1 confirms quarterly forms but not
//                their days; periods.ts's quarter() is the calendar quarter, used by the forms kept
//                by calendar period. A plan's task follows the statistics year, and these quarters
//                are the ones that tile it: the first two make up the six-month review
//                (01/12–31/05, confirmed), whereas a calendar quarter (April–June) would straddle
//                it [inference, unconfirmed: the sector's quarterly days were not read]
//   half_yearly  the six-month review (sơ kết, 01/12–31/05) and the year (tổng kết, 01/12–30/11),
//                DOMAIN.md §6.1, §8.3: the second occurrence covers the whole year, not June–November
//
// Each occurrence is due on `dayOfMonth` of the last month of its period, clamped to that month's
// length (31 → 30/04, 28/02, or 29/02 in a leap year), or on the period's last day when no day is
// given.
import { daysInMonth, formatViDate, fromParts, toParts, type IsoDate } from '@/domain/calendar/index.ts'
import {
  customPeriod,
  monthsOfStatisticsYear,
  sixMonths,
  statisticsYear,
  type Period,
} from '@/domain/indicators/index.ts'
import { PlanError } from './errors.ts'
import type { TaskRecurrence } from './vocabulary.ts'

export type RecurrenceRule =
  | { recurrence: 'once'; deadline: IsoDate }
  | { recurrence: Exclude<TaskRecurrence, 'once'>; dayOfMonth: number | null }

/** One occurrence: its number (1-based), the period it covers (null for a one-off task), its due day. */
export type Occurrence = { index: number; period: Period | null; due: IsoDate; label: string }

const ROMAN = ['I', 'II', 'III', 'IV'] as const

/**
 * The four quarters of statistics year y (see the head of the file): quarter q spans the
 * statistics months 3q−2 … 3q, i.e. December–February, March–May, June–August, September–November.
 */
export const statisticsQuarters = (year: number): Period[] => {
  const months = monthsOfStatisticsYear(year)

  return ROMAN.map((roman, i) => {
    const period = customPeriod(months[3 * i]!.from, months[3 * i + 2]!.to)
    return {
      ...period,
      label: `Quý ${roman} năm thống kê ${year} (${formatViDate(period.from)} – ${formatViDate(period.to)})`,
    }
  })
}

const checkDay = (day: number | null): void => {
  if (day === null) return
  if (!Number.isInteger(day) || day < 1 || day > 31)
    throw new PlanError('PLAN_INVALID_RECURRENCE', 'Ngày đến hạn trong tháng phải từ 1 đến 31', { dayOfMonth: day })
}

/** `dayOfMonth` of the period's last month, clamped to its length; the period's last day when null. */
const dueIn = (period: Period, dayOfMonth: number | null): IsoDate => {
  if (dayOfMonth === null) return period.to
  const { year, month } = toParts(period.to)

  return fromParts({ year, month, day: Math.min(dayOfMonth, daysInMonth(year, month)) })
}

const periodsOf = (recurrence: Exclude<TaskRecurrence, 'once'>, year: number): { period: Period; label: string }[] => {
  switch (recurrence) {
    case 'monthly':
      return monthsOfStatisticsYear(year).map((period) => ({ period, label: period.label }))
    case 'quarterly':
      return statisticsQuarters(year).map((period, i) => ({ period, label: `Quý ${ROMAN[i]}` }))
    case 'half_yearly':
      return [
        { period: sixMonths(year), label: 'Sơ kết 6 tháng' },
        { period: statisticsYear(year), label: 'Tổng kết năm' },
      ]
  }
}

/**
 * The occurrences of a task in statistics year `year`, in order. A one-off task has one, on its
 * deadline (even outside the year: a task may run past 30/11).
 */
export const occurrencesInStatisticsYear = (rule: RecurrenceRule, year: number): Occurrence[] => {
  if (rule.recurrence === 'once') return [{ index: 1, period: null, due: rule.deadline, label: 'Một lần' }]
  checkDay(rule.dayOfMonth)

  return periodsOf(rule.recurrence, year).map(({ period, label }, i) => ({
    index: i + 1,
    period,
    due: dueIn(period, rule.dayOfMonth),
    label,
  }))
}

/** The first occurrence not yet past its due day on `today` (due ≥ today), or null when all are past. */
export const nextOccurrence = (occurrences: readonly Occurrence[], today: IsoDate): Occurrence | null =>
  occurrences.find((o) => o.due >= today) ?? null
