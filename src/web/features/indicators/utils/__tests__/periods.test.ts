import { describe, expect, it } from 'vitest'
import {
  customKey,
  isPeriodKey,
  monthKeyOf,
  monthsOfStatisticsYear,
  parsePeriodKey,
  periodInStatisticsYear,
  periodLabel,
  standardPeriodKeys,
  statisticsYearKey,
  statisticsYearOf,
  statisticsYearOfPeriod,
} from '../periods.ts'

describe('statistics periods', () => {
  it('puts a day in December into the next statistics year', () => {
    expect(statisticsYearOf('2026-11-30')).toBe(2026)
    expect(statisticsYearOf('2026-12-01')).toBe(2027)
    expect(statisticsYearOf('2026-01-01')).toBe(2026)
    expect(statisticsYearKey(statisticsYearOf('2025-12-15'))).toBe('NTK2026')
  })

  it('reads the first and last day of every kind of key', () => {
    expect(parsePeriodKey('NTK2026')).toMatchObject({ kind: 'statistics_year', from: '2025-12-01', to: '2026-11-30' })
    expect(parsePeriodKey('6T2026')).toMatchObject({ kind: 'six_months', from: '2025-12-01', to: '2026-05-31' })
    expect(parsePeriodKey('Q2024-1')).toMatchObject({ kind: 'quarter', from: '2024-01-01', to: '2024-03-31' })
    expect(parsePeriodKey('T2024-02')).toMatchObject({ kind: 'month', from: '2024-02-01', to: '2024-02-29' })
    expect(parsePeriodKey('N2026')).toMatchObject({ kind: 'calendar_year', from: '2026-01-01', to: '2026-12-31' })
    expect(parsePeriodKey('K2026-01-15_2026-02-20')).toMatchObject({
      kind: 'custom',
      from: '2026-01-15',
      to: '2026-02-20',
    })
  })

  it('refuses keys that are not periods', () => {
    for (const key of [
      '',
      'NTK26',
      'Q2026-5',
      'T2026-13',
      'K2026-02-30_2026-03-01',
      'K2026-03-01_2026-01-01',
      'ntk2026',
    ]) {
      expect(isPeriodKey(key)).toBe(false)
    }
  })

  it('builds a custom key with the earlier day first, and month keys from days', () => {
    expect(customKey('2026-02-20', '2026-01-15')).toBe('K2026-01-15_2026-02-20')
    expect(monthKeyOf('2026-03-09')).toBe('T2026-03')
  })

  it('lists the twelve months December to November and the picker’s periods', () => {
    expect(monthsOfStatisticsYear(2026)).toEqual([
      'T2025-12',
      'T2026-01',
      'T2026-02',
      'T2026-03',
      'T2026-04',
      'T2026-05',
      'T2026-06',
      'T2026-07',
      'T2026-08',
      'T2026-09',
      'T2026-10',
      'T2026-11',
    ])
    const keys = standardPeriodKeys(2026)
    expect(keys.slice(0, 6)).toEqual(['NTK2026', '6T2026', 'Q2026-1', 'Q2026-2', 'Q2026-3', 'Q2026-4'])
    expect(keys.at(-1)).toBe('N2026')
    expect(keys).toHaveLength(19)
  })

  it('places every standard period under the statistics year that offers it', () => {
    for (const key of standardPeriodKeys(2026)) expect(statisticsYearOfPeriod(key)).toBe(2026)
    expect(statisticsYearOfPeriod('K2025-12-10_2026-01-10')).toBe(2026)
  })

  it('keeps the kind of period when the year changes', () => {
    expect(periodInStatisticsYear('NTK2026', 2025)).toBe('NTK2025')
    expect(periodInStatisticsYear('Q2026-2', 2024)).toBe('Q2024-2')
    expect(periodInStatisticsYear('T2025-12', 2025)).toBe('T2024-12')
    expect(periodInStatisticsYear('T2026-03', 2025)).toBe('T2025-03')
    expect(periodInStatisticsYear('K2026-01-15_2026-02-20', 2025)).toBe('NTK2025')
  })

  it('labels periods in Vietnamese as the server does', () => {
    expect(periodLabel('NTK2026')).toBe('Năm thống kê 2026 (01/12/2025 – 30/11/2026)')
    expect(periodLabel('Q2026-3')).toBe('Quý III/2026 (01/07/2026 – 30/09/2026)')
    expect(periodLabel('T2026-03')).toBe('Tháng 3/2026')
    expect(periodLabel('K2026-01-15_2026-02-20')).toBe('Từ 15/01/2026 đến 20/02/2026')
  })
})
