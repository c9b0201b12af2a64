// The Vietnamese lunar calendar (âm lịch), computed astronomically for UTC+7.
//
// Rules (the same as the Chinese calendar, but reckoned at Hà Nội's meridian time):
// - a month begins on the local day of a new moon;
// - month 11 is the month that holds the winter solstice;
// - when 13 new moons fall between two consecutive month-11 starts, the first month
//   after month 11 without a principal solar term (trung khí: the Sun crossing a
//   multiple of 30°) is leap and repeats the previous month's number.
// Reckoning at UTC+7 instead of UTC+8 is why Vietnamese Tết sometimes differs from
// the Chinese New Year (1985: 21/01 in Viet Nam, 20/02 in China; 2007: 17/02 vs 18/02).
// Before 1968 the published Vietnamese calendar followed UTC+8; this module computes
// every year at UTC+7, as the official calendar has done since 1968.
import { fromDayNumber, toDayNumber, fromParts, type IsoDate } from './civil-date.ts'
import { newMoonJd, sunLongitudeDeg, SYNODIC_MONTH } from './lunar-astronomy.ts'

export type LunarDate = {
  /** The lunar year (năm âm lịch) that begins on Tết of the Gregorian year with the same number. */
  year: number
  month: number
  day: number
  /** True for the leap month (tháng nhuận), which repeats the previous month's number. */
  leap: boolean
}

export const VIETNAM_UTC_OFFSET_HOURS = 7

const TZ = VIETNAM_UTC_OFFSET_HOURS / 24
const JD_OF_NEW_MOON_ZERO = 2415021.076998695

/** Local day number (JDN) on which new moon `k` falls. */
const newMoonDay = (k: number): number => Math.floor(newMoonJd(k) + 0.5 + TZ)

/** Which 30° sector (0…11) the Sun is in at the local midnight that starts day `dayNumber`. */
const sunSector = (dayNumber: number): number => Math.floor(sunLongitudeDeg(dayNumber - 0.5 - TZ) / 30)

/** Start day of the month holding the winter solstice of Gregorian year `year`. */
const month11Start = (year: number): number => {
  const k = Math.floor((toDayNumber(fromParts({ year, month: 12, day: 31 })) - 2415021) / SYNODIC_MONTH)
  const candidate = newMoonDay(k)
  // Sector 9 (270°) reached before that new moon: the solstice lies in the month before.
  return sunSector(candidate) >= 9 ? newMoonDay(k - 1) : candidate
}

type LunarMonthSpan = { year: number; month: number; leap: boolean; start: number; end: number }

const cache = new Map<number, LunarMonthSpan[]>()

/**
 * The 12 or 13 months from month 11 of `year − 1` up to, not including, month 11 of
 * `year` (one "tuế"): months 11 and 12 of lunar year `year − 1`, then months 1–10 of
 * lunar year `year`.
 */
const monthsBetweenSolstices = (year: number): LunarMonthSpan[] => {
  const cached = cache.get(year)
  if (cached) return cached
  const first = month11Start(year - 1)
  const last = month11Start(year)
  const k0 = Math.floor((first - JD_OF_NEW_MOON_ZERO) / SYNODIC_MONTH + 0.5)
  const count = Math.round((last - first) / SYNODIC_MONTH)
  const starts = Array.from({ length: count + 1 }, (_, i) =>
    i === 0 ? first : i === count ? last : newMoonDay(k0 + i),
  )
  const hasPrincipalTerm = (i: number) => sunSector(starts[i] ?? 0) !== sunSector(starts[i + 1] ?? 0)
  let leapIndex = -1
  if (count === 13) for (let i = 1; i < count && leapIndex < 0; i++) if (!hasPrincipalTerm(i)) leapIndex = i
  const months: LunarMonthSpan[] = []
  let number = 10
  for (let i = 0; i < count; i++) {
    const leap = i === leapIndex
    if (!leap) number = (number % 12) + 1
    months.push({
      year: number >= 11 ? year - 1 : year,
      month: number,
      leap,
      start: starts[i] ?? 0,
      end: starts[i + 1] ?? 0,
    })
  }
  cache.set(year, months)
  return months
}

export const solarToLunar = (date: IsoDate): LunarDate => {
  const day = toDayNumber(date)
  const year = Number(date.slice(0, 4))
  const months = day >= month11Start(year) ? monthsBetweenSolstices(year + 1) : monthsBetweenSolstices(year)
  const span = months.find((m) => m.start <= day && day < m.end)
  if (!span) throw new RangeError(`Không xác định được ngày âm lịch của ${date}`)
  return { year: span.year, month: span.month, day: day - span.start + 1, leap: span.leap }
}

/** Throws RangeError when the lunar date does not exist (no such leap month, or day 30 of a 29-day month). */
export const lunarToSolar = ({ year, month, day, leap }: LunarDate): IsoDate => {
  const months = monthsBetweenSolstices(month >= 11 ? year + 1 : year)
  const span = months.find((m) => m.year === year && m.month === month && m.leap === leap)
  if (!span || !Number.isInteger(day) || day < 1 || day > span.end - span.start) {
    throw new RangeError(`Ngày âm lịch không tồn tại: ${day}/${month}${leap ? ' nhuận' : ''}/${year}`)
  }
  return fromDayNumber(span.start + day - 1)
}

/** The leap month of lunar year `year`, or undefined in a 12-month year. */
export const leapMonthOf = (year: number): number | undefined =>
  [...monthsBetweenSolstices(year), ...monthsBetweenSolstices(year + 1)].find((m) => m.year === year && m.leap)?.month

/** Number of days (29 or 30) of a lunar month. */
export const lunarMonthLength = (year: number, month: number, leap = false): number => {
  const span = monthsBetweenSolstices(month >= 11 ? year + 1 : year).find(
    (m) => m.year === year && m.month === month && m.leap === leap,
  )
  if (!span) throw new RangeError(`Tháng âm lịch không tồn tại: ${month}${leap ? ' nhuận' : ''}/${year}`)
  return span.end - span.start
}

/** Tết Nguyên đán: day 1 of month 1 of the lunar year beginning in Gregorian year `year`. */
export const tetDate = (year: number): IsoDate => lunarToSolar({ year, month: 1, day: 1, leap: false })

/** Giỗ Tổ Hùng Vương: day 10 of month 3 (never the leap month 3). */
export const hungKingsDay = (year: number): IsoDate => lunarToSolar({ year, month: 3, day: 10, leap: false })
