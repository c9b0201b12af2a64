// Period keys as the indicators API takes them (src/shared/api/indicators.ts, PeriodKey):
// 'NTK2026' statistics year 01/12/2025–30/11/2026, '6T2026' six-month review 01/12/2025–31/05/2026,
// 'Q2026-1' calendar quarter, 'T2026-03' month, 'N2026' calendar year, 'K2026-01-15_2026-02-20' any range.
// The reporting year runs from 1 December to 30 November (DOMAIN.md §6.1).
import { formatDate } from '@/shared/format.ts'
import type { PeriodInfo } from '@/shared/api/indicators.ts'

export type PeriodKind = PeriodInfo['kind']

const pad = (n: number): string => String(n).padStart(2, '0')

/** The statistics year a day belongs to: a day in December belongs to the next year's. */
export const statisticsYearOf = (isoDate: string): number => {
  const year = Number(isoDate.slice(0, 4))
  const month = Number(isoDate.slice(5, 7))
  return month === 12 ? year + 1 : year
}

export const statisticsYearKey = (year: number): string => `NTK${year}`
export const sixMonthsKey = (year: number): string => `6T${year}`
export const quarterKey = (year: number, quarter: 1 | 2 | 3 | 4): string => `Q${year}-${quarter}`
export const monthKey = (year: number, month: number): string => `T${year}-${pad(month)}`
export const calendarYearKey = (year: number): string => `N${year}`

/** 'K2026-01-15_2026-02-20' for any range of days; the earlier day first. */
export const customKey = (from: string, to: string): string => (from <= to ? `K${from}_${to}` : `K${to}_${from}`)

/** The month a day falls in, as a period key. */
export const monthKeyOf = (isoDate: string): string =>
  monthKey(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)))

const lastDayOfMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()

export type ParsedPeriod = { key: string; kind: PeriodKind; from: string; to: string }

/** A key's kind and first and last day; null for a key that is not a period. */
export const parsePeriodKey = (key: string): ParsedPeriod | null => {
  let m = /^NTK(\d{4})$/.exec(key)
  if (m) {
    const y = Number(m[1])
    return { key, kind: 'statistics_year', from: `${y - 1}-12-01`, to: `${y}-11-30` }
  }
  m = /^6T(\d{4})$/.exec(key)
  if (m) {
    const y = Number(m[1])
    return { key, kind: 'six_months', from: `${y - 1}-12-01`, to: `${y}-05-31` }
  }
  m = /^Q(\d{4})-([1-4])$/.exec(key)
  if (m) {
    const y = Number(m[1])
    const q = Number(m[2])
    const first = (q - 1) * 3 + 1
    const last = first + 2
    return {
      key,
      kind: 'quarter',
      from: `${y}-${pad(first)}-01`,
      to: `${y}-${pad(last)}-${pad(lastDayOfMonth(y, last))}`,
    }
  }
  m = /^T(\d{4})-(0[1-9]|1[0-2])$/.exec(key)
  if (m) {
    const y = Number(m[1])
    const mo = Number(m[2])
    return { key, kind: 'month', from: `${y}-${pad(mo)}-01`, to: `${y}-${pad(mo)}-${pad(lastDayOfMonth(y, mo))}` }
  }
  m = /^N(\d{4})$/.exec(key)
  if (m) return { key, kind: 'calendar_year', from: `${m[1]}-01-01`, to: `${m[1]}-12-31` }
  m = /^K(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})$/.exec(key)
  if (m && m[1] && m[2] && isRealDate(m[1]) && isRealDate(m[2]) && m[1] <= m[2])
    return { key, kind: 'custom', from: m[1], to: m[2] }
  return null
}

const isRealDate = (iso: string): boolean => {
  const [y, mo, d] = iso.split('-').map(Number)
  const date = new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1))
  return date.getUTCFullYear() === y && date.getUTCMonth() === (mo ?? 0) - 1 && date.getUTCDate() === d
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

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const

/**
 * A Vietnamese label for a key, worded as the server words them (src/domain/indicators/periods.ts):
 * 'Năm thống kê 2026 (01/12/2025 – 30/11/2026)'. Shown until the server's own label arrives.
 */
export const periodLabel = (key: string): string => {
  const p = parsePeriodKey(key)
  if (!p) return key
  const range = `${formatDate(p.from)} – ${formatDate(p.to)}`
  switch (p.kind) {
    case 'statistics_year':
      return `Năm thống kê ${key.slice(3)} (${range})`
    case 'six_months':
      return `Sáu tháng đầu năm thống kê ${key.slice(2)} (${range})`
    case 'quarter':
      return `Quý ${ROMAN_QUARTERS[Number(key.slice(6)) - 1] ?? key.slice(6)}/${key.slice(1, 5)} (${range})`
    case 'month':
      return `Tháng ${Number(key.slice(6))}/${key.slice(1, 5)}`
    case 'calendar_year':
      return `Năm ${key.slice(1)} (${range})`
    case 'custom':
      return `Từ ${formatDate(p.from)} đến ${formatDate(p.to)}`
  }
}

/** 'T12/2025' for the trend's axis. */
export const shortMonthLabel = (key: string): string => {
  const m = /^T(\d{4})-(\d{2})$/.exec(key)
  return m ? `T${Number(m[2])}/${m[1]}` : key
}

/** The twelve months of a statistics year, December first, as period keys. */
export const monthsOfStatisticsYear = (year: number): string[] => [
  monthKey(year - 1, 12),
  ...Array.from({ length: 11 }, (_, i) => monthKey(year, i + 1)),
]

/**
 * The periods the picker offers for statistics year y, as the server's PeriodList orders them:
 * the year, its six-month review, the four quarters, its twelve months, the calendar year.
 */
export const standardPeriodKeys = (year: number): string[] => [
  statisticsYearKey(year),
  sixMonthsKey(year),
  ...([1, 2, 3, 4] as const).map((q) => quarterKey(year, q)),
  ...monthsOfStatisticsYear(year),
  calendarYearKey(year),
]

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
