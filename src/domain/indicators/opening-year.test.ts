import { describe, expect, it } from 'vitest'
import { newYearText, openingStatisticsYear } from './opening-year.ts'

describe('the statistics year a dashboard opens on', () => {
  it('is the year just ended on the fourth day of a new one', () => {
    // Năm thống kê 2027 runs from 01/12/2026: 01, 02, 03, 04/12 → day 4.
    const opening = openingStatisticsYear('2026-12-04')
    expect(opening).toEqual({ year: 2026, current: 2027, daysIntoCurrent: 4, currentIsNew: true })
    expect(newYearText(opening)).toBe('Năm thống kê 2027 mới bắt đầu 4 ngày (từ 01/12/2026)')
  })

  it('is the year just ended on 01/12 and on 31/12, the new one from 01/01', () => {
    expect(openingStatisticsYear('2026-12-01')).toMatchObject({ year: 2026, daysIntoCurrent: 1 })
    expect(openingStatisticsYear('2026-12-31')).toMatchObject({ year: 2026, daysIntoCurrent: 31, currentIsNew: true })
    expect(openingStatisticsYear('2027-01-01')).toEqual({
      year: 2027,
      current: 2027,
      daysIntoCurrent: 32,
      currentIsNew: false,
    })
  })

  it('is the current year through to its last day, 30/11 (a leap February counted on the way)', () => {
    // 01/12/2023 → 30/11/2024: 31 + 31 + 29 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 = 366 days.
    expect(openingStatisticsYear('2024-11-30')).toEqual({
      year: 2024,
      current: 2024,
      daysIntoCurrent: 366,
      currentIsNew: false,
    })
  })
})
