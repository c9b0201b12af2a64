// Public surface of the calendar core: dates, the lunar calendar, holidays and the working calendar.
export * from './civil-date.ts'
export {
  solarToLunar,
  lunarToSolar,
  tetDate,
  hungKingsDay,
  leapMonthOf,
  lunarMonthLength,
  VIETNAM_UTC_OFFSET_HOURS,
} from './lunar.ts'
export type { LunarDate } from './lunar.ts'
export { HOLIDAY_RULES, WEEKLY_REST } from './holidays.ts'
export type { HolidayRule, HolidayAnchor, HolidayOptions, NationalDayAdjacent } from './holidays.ts'
export { publicHolidaysOfYear } from './public-holidays.ts'
export type { PublicHoliday } from './public-holidays.ts'
export { buildCalendar, daysOffForYear, createWorkingCalendar, checkOfficialCalendar } from './official-calendar.ts'
export { substituteDaysOfYear, SUBSTITUTE_DAY_RULES, SUBSTITUTE_UNCONFIRMED } from './substitute-days.ts'
export type { SubstituteDayOff, SubstituteDayRule } from './substitute-days.ts'
export type {
  CalendarOptions,
  OfficialCalendarEntry,
  CalendarDay,
  DayReason,
  DayReasonKind,
  WorkingCalendar,
  CalendarIssue,
} from './official-calendar.ts'
export { CalendarError } from './errors.ts'
export type { CalendarErrorCode } from './errors.ts'
