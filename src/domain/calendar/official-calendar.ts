// The working calendar: weekends, statutory holidays and substitute days off (nghỉ bù,
// BLLĐ 2019 Điều 111 khoản 3, substitute-days.ts) computed by default, then overridden by the
// official calendar the administrator keeps for each year (the announced Tết break, swapped days
// and the make-up working Saturdays that pay for them). Once the administrator confirms a year's
// announcement, that year's computed substitute days are dropped: its entries are authoritative.
import { addDays, datesOfYear, isIsoDate, weekday, weekdayNameVi, type IsoDate } from './civil-date.ts'
import { CalendarError } from './errors.ts'
import { WEEKLY_REST, type HolidayOptions } from './holidays.ts'
import { publicHolidaysOfYear } from './public-holidays.ts'
import { substituteDaysOfYear } from './substitute-days.ts'

/** One row of the administrator's official calendar. */
export type OfficialCalendarEntry = {
  date: IsoDate
  kind: 'day_off' | 'working_day'
  /** Vietnamese, e.g. 'Nghỉ bù Ngày Chiến thắng (Thông báo số …/TB-BNV)'. */
  reason: string
}

/** substitute_day_off: computed (Điều 111 khoản 3 BLLĐ 2019), only in years the administrator has not confirmed. */
export type DayReasonKind = 'weekend' | 'holiday' | 'substitute_day_off' | 'official_day_off' | 'official_working_day'

export type CalendarOptions = HolidayOptions & {
  /** Years whose announcement the administrator confirmed: no computed substitute days there. */
  confirmedYears?: Iterable<number>
}

export type DayReason = { kind: DayReasonKind; text: string; legalSource?: string }

export type CalendarDay = {
  date: IsoDate
  isDayOff: boolean
  isWeekend: boolean
  /** Why the day is off — or, for an official working day, why it is worked despite being a weekend or holiday. */
  reasons: DayReason[]
}

/** What the deadline engine needs from a calendar. */
export interface WorkingCalendar {
  isDayOff(date: IsoDate): boolean
  reasonsFor(date: IsoDate): readonly DayReason[]
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate
}

export type CalendarIssue = {
  code: 'CALENDAR_INVALID_DATE' | 'CALENDAR_CONFLICTING_ENTRIES' | 'CALENDAR_REASON_REQUIRED'
  date: string
  message: string
}

/** Problems in a set of official entries, for the admin screen (empty when valid). */
export const checkOfficialCalendar = (entries: readonly OfficialCalendarEntry[]): CalendarIssue[] => {
  const issues: CalendarIssue[] = []
  const kinds = new Map<string, string>()
  for (const { date, kind, reason } of entries) {
    if (!isIsoDate(date)) {
      issues.push({ code: 'CALENDAR_INVALID_DATE', date: String(date), message: `Ngày không hợp lệ: ${String(date)}` })
      continue
    }
    if (!reason?.trim())
      issues.push({ code: 'CALENDAR_REASON_REQUIRED', date, message: `Chưa nhập lý do cho ngày ${date}` })
    const seen = kinds.get(date)
    if (seen && seen !== kind) {
      issues.push({
        code: 'CALENDAR_CONFLICTING_ENTRIES',
        date,
        message: `Ngày ${date} vừa là ngày nghỉ vừa là ngày làm việc`,
      })
    }
    kinds.set(date, kind)
  }
  return issues
}

const assertValid = (entries: readonly OfficialCalendarEntry[]): void => {
  const [first, ...rest] = checkOfficialCalendar(entries)
  if (first) throw new CalendarError(first.code, first.message, { issues: [first, ...rest] })
}

const dayOf = (
  date: IsoDate,
  holidays: ReadonlyMap<IsoDate, DayReason[]>,
  official: readonly OfficialCalendarEntry[],
): CalendarDay => {
  const isWeekend = WEEKLY_REST.weekdays.includes(weekday(date))
  const computed: DayReason[] = [
    ...(isWeekend
      ? [{ kind: 'weekend' as const, text: weekdayNameVi(date), legalSource: WEEKLY_REST.legalSource }]
      : []),
    ...(holidays.get(date) ?? []),
  ]
  const officialReasons: DayReason[] = official.map((e) => ({
    kind: e.kind === 'day_off' ? 'official_day_off' : 'official_working_day',
    text: e.reason,
  }))
  // The official calendar wins over the computed default.
  const overriding = official[0]?.kind
  const isDayOff = overriding ? overriding === 'day_off' : computed.length > 0
  return { date, isDayOff, isWeekend, reasons: [...computed, ...officialReasons] }
}

/** Every day of `year`: whether it is off and why. Throws CalendarError on invalid entries. */
export const buildCalendar = (
  year: number,
  overrides: readonly OfficialCalendarEntry[] = [],
  options: CalendarOptions = {},
): CalendarDay[] => {
  assertValid(overrides)
  const holidays = new Map<IsoDate, DayReason[]>()
  const add = (date: IsoDate, reason: DayReason) => holidays.set(date, [...(holidays.get(date) ?? []), reason])
  const statutory = publicHolidaysOfYear(year, options)
  for (const h of statutory) add(h.date, { kind: 'holiday', text: h.name, legalSource: h.legalSource })
  const confirmed = new Set(options.confirmedYears ?? [])
  if (!confirmed.has(year))
    for (const s of substituteDaysOfYear(year, options, statutory))
      add(s.date, { kind: 'substitute_day_off', text: s.text, legalSource: s.legalSource })
  const prefix = `${String(year).padStart(4, '0')}-`
  const official = overrides.filter((e) => e.date.startsWith(prefix))
  return datesOfYear(year).map((date) =>
    dayOf(
      date,
      holidays,
      official.filter((e) => e.date === date),
    ),
  )
}

/** The days off of `year` with their reasons (weekends included, flagged by `isWeekend`): GET /api/calendar/{year}. */
export const daysOffForYear = (
  year: number,
  overrides: readonly OfficialCalendarEntry[] = [],
  options: CalendarOptions = {},
): CalendarDay[] => buildCalendar(year, overrides, options).filter((d) => d.isDayOff)

/** A calendar over any range of years, built lazily one year at a time. */
export const createWorkingCalendar = (
  overrides: readonly OfficialCalendarEntry[] = [],
  options: CalendarOptions = {},
): WorkingCalendar => {
  assertValid(overrides)
  // Read the confirmed years once: an iterable may be single-use.
  const yearOptions: CalendarOptions = { ...options, confirmedYears: [...(options.confirmedYears ?? [])] }
  const years = new Map<number, Map<IsoDate, CalendarDay>>()
  const day = (date: IsoDate): CalendarDay => {
    if (!isIsoDate(date)) throw new CalendarError('CALENDAR_INVALID_DATE', `Ngày không hợp lệ: ${String(date)}`)
    const year = Number(date.slice(0, 4))
    let byDate = years.get(year)
    if (!byDate) {
      byDate = new Map(buildCalendar(year, overrides, yearOptions).map((d) => [d.date, d]))
      years.set(year, byDate)
    }
    return byDate.get(date) as CalendarDay
  }
  return {
    isDayOff: (date) => day(date).isDayOff,
    reasonsFor: (date) => day(date).reasons,
    nextWorkingDay: (date) => {
      // A year of days off can only come from broken data; stop rather than loop.
      for (let next = addDays(date, 1), i = 0; i < 366; next = addDays(next, 1), i++)
        if (!day(next).isDayOff) return next
      throw new CalendarError('CALENDAR_NO_WORKING_DAY', `Không tìm thấy ngày làm việc nào sau ngày ${date}`)
    },
  }
}
