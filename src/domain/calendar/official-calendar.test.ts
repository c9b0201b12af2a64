import { describe, expect, it } from 'vitest'
import { CalendarError } from './errors.ts'
import { HOLIDAY_RULES } from './holidays.ts'
import {
  buildCalendar,
  checkOfficialCalendar,
  createWorkingCalendar,
  daysOffForYear,
  type OfficialCalendarEntry,
} from './official-calendar.ts'
import { publicHolidaysOfYear } from './public-holidays.ts'

const texts = (reasons: readonly { text: string }[]) => reasons.map((r) => r.text)

// An administrator's official calendar: the actual Tết break, a swapped day and make-up Saturdays.
// It is the whole announced 2025 calendar, so the administrator has confirmed 2025: the computed
// nghỉ bù for mùng 4 Tết on Saturday 01/02/2025 (Monday 03/02) is dropped — 03/02 was worked.
const CONFIRMED = { confirmedYears: [2025] }
const OFFICIAL: OfficialCalendarEntry[] = [
  { date: '2025-01-27', kind: 'day_off', reason: 'Nghỉ Tết Ất Tỵ (hoán đổi ngày làm việc)' },
  { date: '2025-02-08', kind: 'working_day', reason: 'Làm bù cho thứ Hai 27/01/2025' },
  { date: '2025-05-02', kind: 'day_off', reason: 'Nghỉ hoán đổi dịp 30/4 – 1/5' },
  { date: '2025-04-26', kind: 'working_day', reason: 'Làm bù cho thứ Sáu 02/05/2025' },
]

describe('statutory holidays (BLLĐ 2019 Điều 112)', () => {
  it('lists the eleven default holidays of 2025 with Vietnamese names', () => {
    const holidays = publicHolidaysOfYear(2025)
    expect(holidays.map((h) => h.date)).toEqual([
      '2025-01-01',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-09-01',
      '2025-09-02',
    ])
    expect(holidays.find((h) => h.date === '2025-04-07')?.name).toBe('Giỗ Tổ Hùng Vương (10/3 âm lịch)')
    expect(holidays.find((h) => h.date === '2025-09-01')?.unconfirmed).toMatch(/mặc định 1\/9/)
  })

  it('makes the Quốc khánh adjacent day configurable (3/9 instead of 1/9)', () => {
    const dates = publicHolidaysOfYear(2024, { nationalDayAdjacent: 'after' }).map((h) => h.date)
    expect(dates).toContain('2024-09-03')
    expect(dates).not.toContain('2024-09-01')
  })

  it('applies the law in force on each day: BLLĐ 2012 had one day for Quốc khánh (2020)', () => {
    const dates = publicHolidaysOfYear(2020).map((h) => h.date)
    expect(dates).toContain('2020-09-02')
    expect(dates).not.toContain('2020-09-01')
    expect(publicHolidaysOfYear(2021).map((h) => h.date)).toContain('2021-09-01')
  })

  it('puts the default Tết break on the last day of the old year and the first four of the new (Tết 2026: 17/02)', () => {
    expect(
      publicHolidaysOfYear(2026)
        .filter((h) => h.code.startsWith('tet_am_lich'))
        .map((h) => h.date),
    ).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'])
  })

  it('cites a legal source on every row and flags the unconfirmed Tết default', () => {
    for (const rule of HOLIDAY_RULES) expect(rule.legalSource).toMatch(/Bộ luật Lao động/)
    expect(HOLIDAY_RULES.filter((r) => r.code.startsWith('tet_am_lich')).every((r) => r.unconfirmed)).toBe(true)
  })
})

describe('official calendar overrides', () => {
  it('turns a weekday into a day off and a Saturday into a working day', () => {
    const calendar = createWorkingCalendar(OFFICIAL, CONFIRMED)
    expect(calendar.isDayOff('2025-01-27')).toBe(true)
    expect(texts(calendar.reasonsFor('2025-01-27'))).toEqual(['Nghỉ Tết Ất Tỵ (hoán đổi ngày làm việc)'])
    expect(calendar.isDayOff('2025-02-08')).toBe(false)
    expect(texts(calendar.reasonsFor('2025-02-08'))).toEqual(['Thứ Bảy', 'Làm bù cho thứ Hai 27/01/2025'])
  })

  it('finds the next working day across Tết and the official calendar', () => {
    expect(createWorkingCalendar().nextWorkingDay('2025-01-25')).toBe('2025-01-27')
    expect(createWorkingCalendar(OFFICIAL, CONFIRMED).nextWorkingDay('2025-01-25')).toBe('2025-02-03')
    expect(createWorkingCalendar(OFFICIAL, CONFIRMED).nextWorkingDay('2025-04-29')).toBe('2025-05-05')
    expect(createWorkingCalendar().nextWorkingDay('2025-12-31')).toBe('2026-01-02')
  })

  it('lists the days off of a year, weekends flagged (GET /api/calendar/{year})', () => {
    const days = daysOffForYear(2025, OFFICIAL, CONFIRMED)
    const holidaysOnly = days.filter((d) => !d.isWeekend)
    expect(holidaysOnly.map((d) => d.date)).toEqual([
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
      '2025-09-01',
      '2025-09-02',
    ])
    // 104 weekend days in 2025, less the two make-up Saturdays.
    expect(days.filter((d) => d.isWeekend)).toHaveLength(102)
    expect(days.find((d) => d.date === '2025-02-01')?.reasons.map((r) => r.kind)).toEqual(['weekend', 'holiday'])
  })

  it('builds every day of the year', () => {
    expect(buildCalendar(2024)).toHaveLength(366)
    expect(buildCalendar(2025, OFFICIAL, CONFIRMED).filter((d) => d.isDayOff)).toHaveLength(
      daysOffForYear(2025, OFFICIAL, CONFIRMED).length,
    )
  })

  it('reports invalid entries with stable codes and refuses to build on them', () => {
    const bad: OfficialCalendarEntry[] = [
      { date: '2025-02-30', kind: 'day_off', reason: 'x' },
      { date: '2025-03-03', kind: 'day_off', reason: ' ' },
      { date: '2025-03-04', kind: 'day_off', reason: 'Nghỉ' },
      { date: '2025-03-04', kind: 'working_day', reason: 'Làm bù' },
    ]
    expect(checkOfficialCalendar(bad).map((i) => i.code)).toEqual([
      'CALENDAR_INVALID_DATE',
      'CALENDAR_REASON_REQUIRED',
      'CALENDAR_CONFLICTING_ENTRIES',
    ])
    expect(() => createWorkingCalendar(bad)).toThrow(CalendarError)
    expect(checkOfficialCalendar(OFFICIAL)).toEqual([])
  })

  it('stops instead of looping when the data leaves no working day', () => {
    const everyDay = buildCalendar(2030).map((d) => ({ date: d.date, kind: 'day_off' as const, reason: 'Dữ liệu lỗi' }))
    const calendar = createWorkingCalendar([
      ...everyDay,
      ...buildCalendar(2031).map((d) => ({ date: d.date, kind: 'day_off' as const, reason: 'Dữ liệu lỗi' })),
    ])
    expect(() => calendar.nextWorkingDay('2030-01-01')).toThrow(
      expect.objectContaining({ code: 'CALENDAR_NO_WORKING_DAY' }),
    )
  })
})
