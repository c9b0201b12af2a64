import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  addDays,
  addMonthsClamped,
  addYearsClamped,
  daysBetween,
  formatViDate,
  fromDayNumber,
  isIsoDate,
  toDayNumber,
  weekday,
} from './civil-date.ts'

describe('civil dates', () => {
  it('validates ISO dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2025-02-29')).toBe(false)
    expect(isIsoDate('2025-13-01')).toBe(false)
    expect(isIsoDate('1/3/2025')).toBe(false)
  })

  it('adds months on the same-numbered day, or the last day of a shorter month', () => {
    expect(addMonthsClamped('2025-01-31', 1)).toBe('2025-02-28')
    expect(addMonthsClamped('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonthsClamped('2025-11-30', 3)).toBe('2026-02-28')
    expect(addMonthsClamped('2025-03-31', -1)).toBe('2025-02-28')
    expect(addYearsClamped('2024-02-29', 1)).toBe('2025-02-28')
  })

  it('knows weekdays and formats Vietnamese dates', () => {
    expect(weekday('2025-03-23')).toBe(0) // Chủ nhật
    expect(weekday('2025-02-08')).toBe(6) // Thứ Bảy
    expect(formatViDate('2025-04-30')).toBe('30/04/2025')
    expect(daysBetween('2025-02-05', '2025-03-15')).toBe(38)
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01')
  })

  it('round-trips day numbers (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1800-01-01'), max: toDayNumber('2300-12-31') }), (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n)
        expect(isIsoDate(fromDayNumber(n))).toBe(true)
      }),
    )
  })
})
