// Reporting periods of the indicators (DOMAIN.md §6.1). The procuracy's statistics year runs
// from 1 December of the previous year to 30 November, and the six-month review from 1 December
// to 31 May: neither is a calendar period, so "2026" means different days depending on the kind
// of period. Some forms still use calendar periods (months, quarters, years; §6.1 "Calendar-period
// forms"), and reviews sometimes ask for an arbitrary range. Every period is named by a short
// key that travels in URLs and closure rows (src/shared/api/indicators.ts, PeriodKey):
//
//   NTK2026                 statistics year   01/12/2025 – 30/11/2026
//   6T2026                  six-month review  01/12/2025 – 31/05/2026
//   Q2026-1                 calendar quarter  01/01/2026 – 31/03/2026
//   T2026-03                calendar month    01/03/2026 – 31/03/2026
//   N2026                   calendar year     01/01/2026 – 31/12/2026
//   K2026-01-15_2026-02-20  any range         15/01/2026 – 20/02/2026
//
// Figures are counted "as of" a day (§3.2 figures change as late records arrive): an event
// counts when it was recorded before the as-of day ended in Vietnam (UTC+7, no daylight time).
import {
  addDays,
  addYearsClamped,
  daysInMonth,
  formatViDate,
  fromParts,
  isIsoDate,
  toParts,
  type IsoDate,
} from '@/domain/calendar/index.ts'

export type PeriodKind = 'statistics_year' | 'six_months' | 'quarter' | 'month' | 'calendar_year' | 'custom'

export type Period = { key: string; kind: PeriodKind; from: IsoDate; to: IsoDate; label: string }

/** Years a period may name: four digits, and far enough from year 1 that "the year before" exists. */
export const PERIOD_YEAR_MIN = 1900
export const PERIOD_YEAR_MAX = 9999

/** A custom range longer than this is refused: no review needs it, and it would be a costly query. */
export const CUSTOM_PERIOD_MAX_YEARS = 5

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const

const pad2 = (n: number): string => String(n).padStart(2, '0')
const range = (from: IsoDate, to: IsoDate): string => `${formatViDate(from)} – ${formatViDate(to)}`

const checkYear = (year: number): void => {
  if (!Number.isInteger(year) || year < PERIOD_YEAR_MIN || year > PERIOD_YEAR_MAX)
    throw new RangeError(`Năm không hợp lệ: ${year}`)
}

const lastDayOfMonth = (year: number, month: number): IsoDate =>
  fromParts({ year, month, day: daysInMonth(year, month) })

/** Năm thống kê y: 01/12/(y−1) – 30/11/y (DOMAIN.md §6.1). */
export const statisticsYear = (year: number): Period => {
  checkYear(year)
  const from = `${year - 1}-12-01`
  const to = `${year}-11-30`

  return { key: `NTK${year}`, kind: 'statistics_year', from, to, label: `Năm thống kê ${year} (${range(from, to)})` }
}

/** Sơ kết sáu tháng of statistics year y: 01/12/(y−1) – 31/05/y (DOMAIN.md §6.1, §8.3). */
export const sixMonths = (year: number): Period => {
  checkYear(year)
  const from = `${year - 1}-12-01`
  const to = `${year}-05-31`

  return {
    key: `6T${year}`,
    kind: 'six_months',
    from,
    to,
    label: `Sáu tháng đầu năm thống kê ${year} (${range(from, to)})`,
  }
}

/** Calendar quarter q (1–4) of year y. */
export const quarter = (year: number, q: number): Period => {
  checkYear(year)
  if (!Number.isInteger(q) || q < 1 || q > 4) throw new RangeError(`Quý không hợp lệ: ${q}`)
  const from = fromParts({ year, month: 3 * q - 2, day: 1 })
  const to = lastDayOfMonth(year, 3 * q)

  return {
    key: `Q${year}-${q}`,
    kind: 'quarter',
    from,
    to,
    label: `Quý ${ROMAN_QUARTERS[q - 1]}/${year} (${range(from, to)})`,
  }
}

/** Calendar month m (1–12) of year y. */
export const month = (year: number, m: number): Period => {
  checkYear(year)
  if (!Number.isInteger(m) || m < 1 || m > 12) throw new RangeError(`Tháng không hợp lệ: ${m}`)

  return {
    key: `T${year}-${pad2(m)}`,
    kind: 'month',
    from: fromParts({ year, month: m, day: 1 }),
    to: lastDayOfMonth(year, m),
    label: `Tháng ${m}/${year}`,
  }
}

/** Calendar year y (for the forms kept by calendar period, DOMAIN.md §6.1). */
export const calendarYear = (year: number): Period => {
  checkYear(year)
  const from = `${year}-01-01`
  const to = `${year}-12-31`

  return { key: `N${year}`, kind: 'calendar_year', from, to, label: `Năm ${year} (${range(from, to)})` }
}

/** Why a custom range is refused, or null when it is acceptable. */
const customRangeProblem = (from: string, to: string): string | null => {
  if (!isIsoDate(from) || !isIsoDate(to)) return 'Ngày không hợp lệ'
  const years = [toParts(from).year, toParts(to).year]
  if (years.some((y) => y < PERIOD_YEAR_MIN || y > PERIOD_YEAR_MAX)) return 'Năm nằm ngoài phạm vi cho phép'
  if (from > to) return 'Ngày bắt đầu sau ngày kết thúc'
  if (to >= addYearsClamped(from, CUSTOM_PERIOD_MAX_YEARS))
    return `Khoảng thời gian dài quá ${CUSTOM_PERIOD_MAX_YEARS} năm`

  return null
}

/** Any range of days, both ends included. Throws RangeError when the range is refused (see parsePeriodKey). */
export const customPeriod = (from: IsoDate, to: IsoDate): Period => {
  const problem = customRangeProblem(from, to)
  if (problem) throw new RangeError(`${problem}: ${from} – ${to}`)

  return { key: `K${from}_${to}`, kind: 'custom', from, to, label: `Từ ${formatViDate(from)} đến ${formatViDate(to)}` }
}

const KEY_PATTERNS: readonly { pattern: RegExp; build: (m: RegExpExecArray) => Period }[] = [
  { pattern: /^NTK(\d{4})$/, build: (m) => statisticsYear(Number(m[1])) },
  { pattern: /^6T(\d{4})$/, build: (m) => sixMonths(Number(m[1])) },
  { pattern: /^Q(\d{4})-([1-4])$/, build: (m) => quarter(Number(m[1]), Number(m[2])) },
  { pattern: /^T(\d{4})-(0[1-9]|1[0-2])$/, build: (m) => month(Number(m[1]), Number(m[2])) },
  { pattern: /^N(\d{4})$/, build: (m) => calendarYear(Number(m[1])) },
  { pattern: /^K(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})$/, build: (m) => customPeriod(m[1]!, m[2]!) },
]

/** The period a key names, or null for anything malformed, impossible (2026-02-30), reversed or too long. */
export const parsePeriodKey = (key: string): Period | null => {
  for (const { pattern, build } of KEY_PATTERNS) {
    const match = pattern.exec(key)
    if (!match) continue
    try {
      return build(match)
    } catch (error) {
      if (error instanceof RangeError) return null
      throw error
    }
  }

  return null
}

/**
 * The same period one year earlier, for "so với cùng kỳ năm trước": both ends move back a
 * year (29/02 becomes 28/02), the kind is kept, so the statistics year 2026 compares with 2025.
 */
export const sameTimeLastYear = (period: Period): Period => {
  const { year, month: m } = toParts(period.to)
  switch (period.kind) {
    case 'statistics_year':
      return statisticsYear(year - 1)
    case 'six_months':
      return sixMonths(year - 1)
    case 'quarter':
      return quarter(year - 1, Math.ceil(m / 3))
    case 'month':
      return month(year - 1, m)
    case 'calendar_year':
      return calendarYear(year - 1)
    case 'custom':
      return customPeriod(addYearsClamped(period.from, -1), addYearsClamped(period.to, -1))
  }
}

/** The statistics year a day belongs to: December already counts for the next year (DOMAIN.md §6.1). */
export const statisticsYearOf = (day: IsoDate): number => {
  const { year, month: m } = toParts(day)

  return m === 12 ? year + 1 : year
}

/** The twelve statistics months of year y, in reporting order: December y−1, January y … November y. */
export const monthsOfStatisticsYear = (year: number): Period[] => [
  month(year - 1, 12),
  ...Array.from({ length: 11 }, (_, i) => month(year, i + 1)),
]

/**
 * How a trend over the statistics year counts each point (issue 12, item 3). 'cumulative': from
 * the year's first day (01/12) to the end of the month, so the last point is the year's own
 * figure and the curve agrees with the headline. 'monthly': the month alone — for a rate, only
 * the records due within that month, which runs lower than the year's rate.
 */
export type TrendView = 'cumulative' | 'monthly'
export const TREND_VIEWS = ['cumulative', 'monthly'] as const satisfies readonly TrendView[]

/** One point of a trend: the month it is drawn at, the range counted, and the same range a year earlier. */
export type TrendPoint = { month: Period; monthLastYear: Period; counted: Period; countedLastYear: Period }

/**
 * The twelve points of year y's trend. The year before is counted over its own months, not by
 * shifting this year's dates: to the end of February 2024 is the 29th, a year after the 28th.
 */
export const trendPointsOf = (year: number, view: TrendView): TrendPoint[] => {
  const months = monthsOfStatisticsYear(year)
  const lastYearMonths = monthsOfStatisticsYear(year - 1)
  return months.map((m, i) => {
    const previous = lastYearMonths[i]!
    if (view === 'monthly') return { month: m, monthLastYear: previous, counted: m, countedLastYear: previous }
    return {
      month: m,
      monthLastYear: previous,
      counted: customPeriod(months[0]!.from, m.to),
      countedLastYear: customPeriod(lastYearMonths[0]!.from, previous.to),
    }
  })
}

/**
 * The periods a picker offers for year y: the statistics year, its six-month review, the four
 * calendar quarters, the twelve months of the statistics year (December y−1 … November y) and
 * the calendar year.
 */
export const standardPeriods = (year: number): Period[] => [
  statisticsYear(year),
  sixMonths(year),
  ...[1, 2, 3, 4].map((q) => quarter(year, q)),
  ...monthsOfStatisticsYear(year),
  calendarYear(year),
]

/** Vietnam keeps UTC+7 all year (no daylight saving time). */
const VIETNAM_OFFSET = '+07:00'

/**
 * The instant the as-of day ends in Vietnam, as an ISO string ('2026-11-30' →
 * '2026-12-01T00:00:00+07:00'). Events recorded strictly before it count; a voiding counts
 * only if it happened strictly before it too.
 */
export const asOfMoment = (asOf: IsoDate): string => `${addDays(asOf, 1)}T00:00:00${VIETNAM_OFFSET}`

/** The last day whose facts a figure can reflect: the period's end, or the as-of day if earlier. */
export const effectiveEnd = (period: Pick<Period, 'to'>, asOf: IsoDate): IsoDate =>
  asOf < period.to ? asOf : period.to
