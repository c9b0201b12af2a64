import { describe, expect, it } from 'vitest'
import type { CalendarDay, CalendarYear, DayReason } from '@/shared/api/calendar.ts'
import {
  buildYearGrid,
  dayKindOf,
  dayLabel,
  holidayRows,
  indexCalendar,
  movedRange,
  officialRows,
} from '../calendarDays.ts'

const reason = (kind: DayReason['kind'], text: string, extra: Partial<DayReason> = {}): DayReason => ({
  kind,
  text,
  legalSource: null,
  unconfirmed: null,
  entryId: null,
  ...extra,
})

const day = (date: string, weekday: number, isDayOff: boolean, reasons: DayReason[]): CalendarDay => ({
  date,
  weekday,
  isDayOff,
  isWeekend: weekday === 0 || weekday === 6,
  reasons,
})

const newYear = day('2026-01-01', 4, true, [reason('holiday', 'Tết Dương lịch', { legalSource: 'BLLĐ 2019' })])
const saturday = day('2026-01-03', 6, true, [reason('weekend', 'Thứ Bảy')])
const swapped = day('2026-01-02', 5, true, [reason('official_day_off', 'Nghỉ hoán đổi', { entryId: 7 })])
const makeUp = day('2026-01-10', 6, false, [
  reason('weekend', 'Thứ Bảy'),
  reason('official_working_day', 'Làm bù cho thứ Sáu 02/01/2026', { entryId: 8 }),
])
const tetOnSunday = day('2026-02-22', 0, true, [
  reason('weekend', 'Chủ nhật'),
  reason('holiday', 'Tết Âm lịch (mùng 6)'),
])

const data: CalendarYear = {
  year: 2026,
  confirmation: null,
  computedSubstitutes: [],
  daysOff: [newYear, swapped, saturday, tetOnSunday],
  workingDayOverrides: [makeUp],
  summary: { daysOff: 4, weekdaysOff: 2, workingDays: 361 },
}

describe('dayKindOf', () => {
  it('ranks a holiday over an official day off over a weekend', () => {
    expect(dayKindOf(undefined)).toBe('working')
    expect(dayKindOf(newYear)).toBe('holiday')
    expect(dayKindOf(swapped)).toBe('official_day_off')
    expect(dayKindOf(saturday)).toBe('weekend')
    expect(dayKindOf(tetOnSunday)).toBe('holiday')
    expect(dayKindOf(makeUp)).toBe('official_working_day')
  })
})

describe('computed nghỉ bù (BLLĐ 2019 Điều 111 khoản 3)', () => {
  const text =
    'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch) trùng Chủ nhật 26/04/2026 (tính theo Điều 111 khoản 3 BLLĐ 2019 — chưa xác nhận)'
  const substitute = day('2026-04-27', 1, true, [reason('substitute_day_off', text)])
  const entered = day('2026-04-27', 1, true, [
    reason('substitute_day_off', text),
    reason('official_day_off', 'Nghỉ bù theo thông báo', { entryId: 9 }),
  ])

  it('reads as a computed, unconfirmed substitute day unless an official entry covers it', () => {
    expect(dayKindOf(substitute)).toBe('substitute_day_off')
    expect(dayKindOf(entered)).toBe('official_day_off')
    expect(dayLabel(substitute.date, 'substitute_day_off', substitute.reasons)).toBe(
      `Thứ Hai 27/04/2026 — Nghỉ bù (tính theo Điều 111 khoản 3 BLLĐ 2019 — chưa xác nhận): ${text}`,
    )
  })
})

describe('dayLabel', () => {
  it('names the day and its reasons without repeating the weekday', () => {
    expect(dayLabel(tetOnSunday.date, 'holiday', tetOnSunday.reasons)).toBe(
      'Chủ nhật 22/02/2026 — Nghỉ lễ, tết: Tết Âm lịch (mùng 6)',
    )
    expect(dayLabel(saturday.date, 'weekend', saturday.reasons)).toBe('Thứ Bảy 03/01/2026 — Nghỉ cuối tuần')
    expect(dayLabel('2026-01-05', 'working', [])).toBe('Thứ Hai 05/01/2026 — Ngày làm việc')
  })
})

describe('buildYearGrid', () => {
  const months = buildYearGrid(2026, indexCalendar(data))

  it('lays out twelve months Monday first, in whole weeks', () => {
    expect(months).toHaveLength(12)
    const january = months[0]!
    // 01/01/2026 is a Thursday: three empty cells before it.
    expect(january.weeks[0]!.slice(0, 3)).toEqual([null, null, null])
    expect(january.weeks[0]![3]?.date).toBe('2026-01-01')
    expect(january.weeks.every((week) => week.length === 7)).toBe(true)
    expect(january.weeks.flat().filter(Boolean)).toHaveLength(31)
    expect(months[1]!.weeks.flat().filter(Boolean)).toHaveLength(28)
  })

  it('colours each day by its kind', () => {
    const byDate = new Map(months.flatMap((m) => m.weeks.flat()).flatMap((d) => (d ? [[d.date, d.kind] as const] : [])))
    expect(byDate.get('2026-01-01')).toBe('holiday')
    expect(byDate.get('2026-01-02')).toBe('official_day_off')
    expect(byDate.get('2026-01-03')).toBe('weekend')
    expect(byDate.get('2026-01-05')).toBe('working')
    expect(byDate.get('2026-01-10')).toBe('official_working_day')
  })
})

describe('lists', () => {
  it('lists holidays and official entries in date order', () => {
    expect(holidayRows(data).map((r) => [r.date, r.text, r.isWeekend])).toEqual([
      ['2026-01-01', 'Tết Dương lịch', false],
      ['2026-02-22', 'Tết Âm lịch (mùng 6)', true],
    ])
    expect(officialRows(data).map((r) => [r.date, r.kind, r.entryId])).toEqual([
      ['2026-01-02', 'day_off', 7],
      ['2026-01-10', 'working_day', 8],
    ])
  })

  it('reads a moved deadline as dd/mm/yyyy, and says when it starts or stops', () => {
    expect(movedRange({ from: '2026-05-02', to: '2026-05-04' })).toEqual({ from: '02/05/2026', to: '04/05/2026' })
    expect(movedRange({ from: null, to: null })).toEqual({ from: 'chưa có', to: 'không còn tính' })
  })
})
