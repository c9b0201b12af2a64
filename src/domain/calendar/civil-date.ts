// Plain calendar dates ('YYYY-MM-DD') and the integer arithmetic behind them.
// A statutory deadline is a calendar date in Vietnam, not an instant: JS Date would
// drag in the machine's time zone (UTC) against Vietnam's (UTC+7), so every
// computation here goes through integer Julian Day Numbers of the proleptic
// Gregorian calendar instead.

/** An ISO calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string

export type DateParts = { year: number; month: number; day: number }

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

export const daysInMonth = (year: number, month: number): number =>
  month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? Number.NaN)

const parse = (value: string): DateParts | undefined => {
  const m = ISO_DATE.exec(value)
  if (!m) return undefined
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
  if (parts.month < 1 || parts.month > 12) return undefined
  if (parts.day < 1 || parts.day > daysInMonth(parts.year, parts.month)) return undefined
  return parts
}

export const isIsoDate = (value: unknown): value is IsoDate => typeof value === 'string' && parse(value) !== undefined

/** Splits a valid ISO date; throws RangeError on anything else (callers validate input first). */
export const toParts = (date: IsoDate): DateParts => {
  const parts = parse(date)
  if (!parts) throw new RangeError(`Ngày không hợp lệ: ${date}`)
  return parts
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

export const fromParts = ({ year, month, day }: DateParts): IsoDate => `${pad(year, 4)}-${pad(month)}-${pad(day)}`

/** Julian Day Number of a Gregorian date (Fliegel–Van Flandern, integers only). */
export const toDayNumber = (date: IsoDate): number => {
  const { year, month, day } = toParts(date)
  const a = Math.floor((14 - month) / 12)
  const y = year + 4800 - a
  const m = month + 12 * a - 3
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  )
}

export const fromDayNumber = (jdn: number): IsoDate => {
  const a = jdn + 32044
  const b = Math.floor((4 * a + 3) / 146097)
  const c = a - Math.floor((146097 * b) / 4)
  const d = Math.floor((4 * c + 3) / 1461)
  const e = c - Math.floor((1461 * d) / 4)
  const m = Math.floor((5 * e + 2) / 153)
  return fromParts({
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  })
}

export const addDays = (date: IsoDate, days: number): IsoDate => fromDayNumber(toDayNumber(date) + days)

/** `to − from` in days. */
export const daysBetween = (from: IsoDate, to: IsoDate): number => toDayNumber(to) - toDayNumber(from)

/**
 * The same-numbered day `months` later; when that month is shorter, its last day
 * (31/01 + 1 month → 28/02, or 29/02 in a leap year).
 */
export const addMonthsClamped = (date: IsoDate, months: number): IsoDate => {
  const { year, month, day } = toParts(date)
  const index = year * 12 + (month - 1) + months
  const y = Math.floor(index / 12)
  const m = index - y * 12 + 1
  return fromParts({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) })
}

/** The same date `years` later; 29/02 becomes 28/02 in a common year. */
export const addYearsClamped = (date: IsoDate, years: number): IsoDate => addMonthsClamped(date, years * 12)

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (date: IsoDate): number => (toDayNumber(date) + 1) % 7

export const compareDates = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0)

export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b)

/** Every date of a Gregorian year, in order. */
export const datesOfYear = (year: number): IsoDate[] => {
  const first = toDayNumber(fromParts({ year, month: 1, day: 1 }))
  const count = isLeapYear(year) ? 366 : 365
  return Array.from({ length: count }, (_, i) => fromDayNumber(first + i))
}

/** 2025-04-30 → 30/04/2025, the way dates read in Vietnamese documents. */
export const formatViDate = (date: IsoDate): string => {
  const { year, month, day } = toParts(date)
  return `${pad(day)}/${pad(month)}/${pad(year, 4)}`
}

const WEEKDAY_NAMES_VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const

export const weekdayNameVi = (date: IsoDate): string => WEEKDAY_NAMES_VI[weekday(date)] ?? ''
