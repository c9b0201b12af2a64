// Which statistics year the dashboard and the home open on (issue 12, item 2). The statistics
// year starts on 01/12 (DOMAIN.md §6.1); a few days in, it holds a few days of acts, and a page
// that opens on it ranks fifteen units on 0–6 % and shows red everywhere. During its first
// month the pages open on the year just ended — the one the year-end review is written about —
// and say how many days the new year has run, with a way to look at it.
import { daysBetween, formatViDate, type IsoDate } from '@/domain/calendar/index.ts'
import { statisticsYear, statisticsYearOf } from './periods.ts'

/** Days from 01/12 during which the year just ended is the one opened: all of December. */
export const NEW_STATISTICS_YEAR_DAYS = 31

export type OpeningYear = {
  /** The statistics year to open. */
  year: number
  /** The statistics year today belongs to. */
  current: number
  /** Days the current statistics year has run, today included (01/12 is day 1). */
  daysIntoCurrent: number
  /** True while the current year is too new to open on (its first NEW_STATISTICS_YEAR_DAYS days). */
  currentIsNew: boolean
}

export const openingStatisticsYear = (today: IsoDate): OpeningYear => {
  const current = statisticsYearOf(today)
  const daysIntoCurrent = daysBetween(statisticsYear(current).from, today) + 1
  const currentIsNew = daysIntoCurrent <= NEW_STATISTICS_YEAR_DAYS

  return { year: currentIsNew ? current - 1 : current, current, daysIntoCurrent, currentIsNew }
}

/** "Năm thống kê 2027 mới bắt đầu 4 ngày (từ 01/12/2026)". */
export const newYearText = (opening: OpeningYear): string =>
  `Năm thống kê ${opening.current} mới bắt đầu ${opening.daysIntoCurrent} ngày (từ ${formatViDate(statisticsYear(opening.current).from)})`
