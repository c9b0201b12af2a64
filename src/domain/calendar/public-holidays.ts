// The default public holidays of one Gregorian year, derived from HOLIDAY_RULES.
import { addDays, fromParts, type IsoDate } from './civil-date.ts'
import { HOLIDAY_RULES, type HolidayOptions, type HolidayRule } from './holidays.ts'
import { lunarToSolar } from './lunar.ts'

export type PublicHoliday = {
  date: IsoDate
  code: string
  name: string
  legalSource: string
  unconfirmed?: string
}

const dateOf = (rule: HolidayRule, year: number, options: HolidayOptions): IsoDate => {
  const anchor = rule.anchor
  switch (anchor.kind) {
    case 'solar':
      return fromParts({ year, month: anchor.month, day: anchor.day })
    case 'lunar':
      // Tết and Giỗ Tổ always fall in January–April, so lunar year = Gregorian year.
      return addDays(lunarToSolar({ year, month: anchor.month, day: anchor.day, leap: false }), anchor.offsetDays)
    case 'national_day_adjacent':
      return fromParts({ year, month: 9, day: options.nationalDayAdjacent === 'after' ? 3 : 1 })
  }
}

const inForce = (rule: HolidayRule, date: IsoDate): boolean =>
  rule.effectiveFrom <= date && (rule.effectiveTo === null || date <= rule.effectiveTo)

/** Holidays of `year` under the law in force on each day, sorted by date. */
export const publicHolidaysOfYear = (year: number, options: HolidayOptions = {}): PublicHoliday[] =>
  HOLIDAY_RULES.map((rule) => ({ rule, date: dateOf(rule, year, options) }))
    .filter(({ rule, date }) => inForce(rule, date))
    .map(({ rule, date }) => ({
      date,
      code: rule.code,
      name: rule.name,
      legalSource: rule.legalSource,
      ...(rule.unconfirmed ? { unconfirmed: rule.unconfirmed } : {}),
    }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
