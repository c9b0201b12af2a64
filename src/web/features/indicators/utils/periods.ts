// Period keys as the indicators API takes them (src/shared/api/indicators.ts, PeriodKey):
// 'NTK2026' statistics year 01/12/2025–30/11/2026, '6T2026' six-month review 01/12/2025–31/05/2026,
// 'Q2026-1' calendar quarter, 'T2026-03' month, 'N2026' calendar year, 'K2026-01-15_2026-02-20' any range.
// The reporting year runs from 1 December to 30 November (DOMAIN.md §6.1). The rules are the
// domain's (src/domain/indicators/periods.ts); this file only builds keys and asks the domain.
import {
  monthsOfStatisticsYear as domainMonthsOf,
  parsePeriodKey as parseDomainPeriodKey,
  statisticsYearOf as domainStatisticsYearOf,
  standardPeriods,
} from '@/domain/indicators/periods.ts'
import type { PeriodInfo } from '@/shared/api/indicators.ts'

export type PeriodKind = PeriodInfo['kind']

const pad = (n: number): string => String(n).padStart(2, '0')

/** The statistics year a day belongs to: a day in December belongs to the next year's (the domain's rule). */
export const statisticsYearOf = (isoDate: string): number => domainStatisticsYearOf(isoDate)

export const statisticsYearKey = (year: number): string => `NTK${year}`
export const sixMonthsKey = (year: number): string => `6T${year}`
export const monthKey = (year: number, month: number): string => `T${year}-${pad(month)}`
export const calendarYearKey = (year: number): string => `N${year}`

/** 'K2026-01-15_2026-02-20' for any range of days; the earlier day first. */
export const customKey = (from: string, to: string): string => (from <= to ? `K${from}_${to}` : `K${to}_${from}`)

/** The month a day falls in, as a period key. */
export const monthKeyOf = (isoDate: string): string =>
  monthKey(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)))

export type ParsedPeriod = { key: string; kind: PeriodKind; from: string; to: string }

/** A key's kind and first and last day; null for a key that is not a period (the domain's reading). */
export const parsePeriodKey = (key: string): ParsedPeriod | null => {
  const period = parseDomainPeriodKey(key)
  return period ? { key: period.key, kind: period.kind, from: period.from, to: period.to } : null
}

export const isPeriodKey = (key: string): boolean => parsePeriodKey(key) !== null

/**
 * The statistics year whose picker offers a period (standardPeriodKeys), and whose months the
 * trend chart shows: the year named in the key for years, reviews, quarters and calendar years
 * (the server lists the four quarters and the calendar year of y under statistics year y), the
 * statistics year of the month, and that of the last day of a custom range.
 */
export const statisticsYearOfPeriod = (key: string): number | null => {
  const p = parsePeriodKey(key)
  if (!p) return null
  switch (p.kind) {
    case 'statistics_year':
    case 'six_months':
    case 'quarter':
    case 'calendar_year':
      return Number(/\d{4}/.exec(key)?.[0])
    case 'month':
      return statisticsYearOf(p.from)
    case 'custom':
      return statisticsYearOf(p.to)
  }
}

/**
 * A Vietnamese label for a key, the server's own wording (src/domain/indicators/periods.ts):
 * 'Năm thống kê 2026 (01/12/2025 – 30/11/2026)'. Shown until the server's own label arrives.
 */
export const periodLabel = (key: string): string => parseDomainPeriodKey(key)?.label ?? key

/** 'T12/2025' for the trend's axis. */
export const shortMonthLabel = (key: string): string => {
  const m = /^T(\d{4})-(\d{2})$/.exec(key)
  return m ? `T${Number(m[2])}/${m[1]}` : key
}

/** The twelve months of a statistics year, December first, as period keys. */
export const monthsOfStatisticsYear = (year: number): string[] => domainMonthsOf(year).map((m) => m.key)

/**
 * The periods the picker offers for statistics year y, as the server's PeriodList orders them:
 * the year, its six-month review, the four quarters, its twelve months, the calendar year.
 */
export const standardPeriodKeys = (year: number): string[] => standardPeriods(year).map((p) => p.key)

/** Statistics years offered by the year picker, newest first: today's back to `first`. */
export const selectableYears = (today: string, first = 2020): number[] => {
  const last = statisticsYearOf(today)
  const years: number[] = []
  for (let y = last; y >= first; y--) years.push(y)
  return years
}

/**
 * The same kind of period in another statistics year, for the year picker: 'Q2026-2' → 'Q2025-2',
 * 'T2025-12' (December of statistics year 2026) → 'T2024-12'; a custom range becomes the statistics year.
 */
export const periodInStatisticsYear = (key: string, year: number): string => {
  const p = parsePeriodKey(key)
  if (!p) return statisticsYearKey(year)
  const shift = year - (statisticsYearOfPeriod(key) ?? year)
  switch (p.kind) {
    case 'statistics_year':
      return statisticsYearKey(year)
    case 'six_months':
      return sixMonthsKey(year)
    case 'quarter':
      return `Q${Number(key.slice(1, 5)) + shift}-${key.slice(6)}`
    case 'month':
      return monthKey(Number(key.slice(1, 5)) + shift, Number(key.slice(6)))
    case 'calendar_year':
      return calendarYearKey(year)
    case 'custom':
      return statisticsYearKey(year)
  }
}
