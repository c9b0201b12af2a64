import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  asOfMoment,
  calendarYear,
  customPeriod,
  effectiveEnd,
  month,
  monthsOfStatisticsYear,
  parsePeriodKey,
  quarter,
  sameTimeLastYear,
  sixMonths,
  standardPeriods,
  statisticsYear,
  statisticsYearOf,
  trendPointsOf,
} from './periods.ts'

describe('statistics year and six-month review (DOMAIN.md §6.1: 01/12 – 30/11, 01/12 – 31/5)', () => {
  it('the statistics year 2026 runs from 01/12/2025 to 30/11/2026', () => {
    expect(statisticsYear(2026)).toEqual({
      key: 'NTK2026',
      kind: 'statistics_year',
      from: '2025-12-01',
      to: '2026-11-30',
      label: 'Năm thống kê 2026 (01/12/2025 – 30/11/2026)',
    })
  })

  it('the six-month review of 2026 runs from 01/12/2025 to 31/05/2026', () => {
    expect(sixMonths(2026)).toEqual({
      key: '6T2026',
      kind: 'six_months',
      from: '2025-12-01',
      to: '2026-05-31',
      label: 'Sáu tháng đầu năm thống kê 2026 (01/12/2025 – 31/05/2026)',
    })
  })

  it('a day in December belongs to the next statistics year; 30 November to its own year', () => {
    expect(statisticsYearOf('2025-12-01')).toBe(2026)
    expect(statisticsYearOf('2025-12-31')).toBe(2026)
    expect(statisticsYearOf('2026-01-01')).toBe(2026)
    expect(statisticsYearOf('2026-11-30')).toBe(2026)
    expect(statisticsYearOf('2026-12-01')).toBe(2027)
  })

  it('every day lies in the statistics year statisticsYearOf names', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }),
        (date) => {
          const day = date.toISOString().slice(0, 10)
          const period = statisticsYear(statisticsYearOf(day))
          expect(period.from <= day && day <= period.to).toBe(true)
        },
      ),
    )
  })

  it('the months of the statistics year 2026 are December 2025 to November 2026, in order', () => {
    const months = monthsOfStatisticsYear(2026)
    expect(months.map((m) => m.key)).toEqual([
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
    expect(months[0]?.from).toBe('2025-12-01')
    expect(months[11]?.to).toBe('2026-11-30')
  })
})

describe('calendar periods and custom ranges', () => {
  it('quarters are calendar quarters with Roman numerals', () => {
    expect(quarter(2026, 1)).toEqual({
      key: 'Q2026-1',
      kind: 'quarter',
      from: '2026-01-01',
      to: '2026-03-31',
      label: 'Quý I/2026 (01/01/2026 – 31/03/2026)',
    })
    expect(quarter(2026, 4).label).toBe('Quý IV/2026 (01/10/2026 – 31/12/2026)')
    expect(quarter(2026, 2).to).toBe('2026-06-30')
  })

  it('months end on their last day, February 29 in a leap year', () => {
    expect(month(2026, 3)).toEqual({
      key: 'T2026-03',
      kind: 'month',
      from: '2026-03-01',
      to: '2026-03-31',
      label: 'Tháng 3/2026',
    })
    expect(month(2024, 2).to).toBe('2024-02-29')
    expect(month(2026, 2).to).toBe('2026-02-28')
  })

  it('calendar year and custom range', () => {
    expect(calendarYear(2026)).toEqual({
      key: 'N2026',
      kind: 'calendar_year',
      from: '2026-01-01',
      to: '2026-12-31',
      label: 'Năm 2026 (01/01/2026 – 31/12/2026)',
    })
    expect(customPeriod('2026-01-15', '2026-02-20')).toEqual({
      key: 'K2026-01-15_2026-02-20',
      kind: 'custom',
      from: '2026-01-15',
      to: '2026-02-20',
      label: 'Từ 15/01/2026 đến 20/02/2026',
    })
  })

  it('constructors refuse impossible arguments', () => {
    expect(() => quarter(2026, 5)).toThrow(RangeError)
    expect(() => month(2026, 13)).toThrow(RangeError)
    expect(() => statisticsYear(2026.5)).toThrow(RangeError)
    expect(() => customPeriod('2026-03-01', '2026-02-28')).toThrow(RangeError)
  })

  it('the picker offers the statistics year, six months, 4 quarters, 12 statistics months and the calendar year', () => {
    const keys = standardPeriods(2026).map((p) => p.key)
    expect(keys).toHaveLength(19)
    expect(keys.slice(0, 6)).toEqual(['NTK2026', '6T2026', 'Q2026-1', 'Q2026-2', 'Q2026-3', 'Q2026-4'])
    expect(keys[6]).toBe('T2025-12')
    expect(keys[17]).toBe('T2026-11')
    expect(keys[18]).toBe('N2026')
  })
})

describe('period keys', () => {
  it('every key names the period it came from', () => {
    for (const period of [...standardPeriods(2026), customPeriod('2026-01-15', '2026-02-20')])
      expect(parsePeriodKey(period.key)).toEqual(period)
  })

  it('reads each kind of key', () => {
    expect(parsePeriodKey('NTK2026')?.from).toBe('2025-12-01')
    expect(parsePeriodKey('6T2026')?.to).toBe('2026-05-31')
    expect(parsePeriodKey('Q2026-3')?.from).toBe('2026-07-01')
    expect(parsePeriodKey('T2026-12')?.to).toBe('2026-12-31')
    expect(parsePeriodKey('N2025')?.to).toBe('2025-12-31')
    expect(parsePeriodKey('K2024-02-29_2024-03-01')?.label).toBe('Từ 29/02/2024 đến 01/03/2024')
  })

  it.each([
    ['', 'empty'],
    ['NTK26', 'two-digit year'],
    ['ntk2026', 'lower case'],
    [' NTK2026', 'leading space'],
    ['Q2026-5', 'quarter 5'],
    ['Q2026-0', 'quarter 0'],
    ['T2026-13', 'month 13'],
    ['T2026-3', 'month without leading zero'],
    ['K2026-02-30_2026-03-10', '30 February'],
    ['K2025-02-29_2025-03-10', '29 February of a common year'],
    ['K2026-03-10_2026-03-09', 'from after to'],
    ['K2020-01-01_2025-01-01', 'longer than five years'],
    ['K2026-01-15', 'one end only'],
    ['NTK1899', 'year before 1900'],
    ['X2026', 'unknown kind'],
  ])('refuses %j (%s)', (key) => {
    expect(parsePeriodKey(key)).toBeNull()
  })

  it('a custom range may span exactly five years', () => {
    expect(parsePeriodKey('K2020-01-01_2024-12-31')).not.toBeNull()
    expect(parsePeriodKey('K2026-03-10_2026-03-10')).not.toBeNull()
  })
})

describe('same time last year', () => {
  it('keeps the kind and moves the year back', () => {
    expect(sameTimeLastYear(statisticsYear(2026))).toEqual(statisticsYear(2025))
    expect(sameTimeLastYear(sixMonths(2026)).key).toBe('6T2025')
    expect(sameTimeLastYear(quarter(2026, 3)).key).toBe('Q2025-3')
    expect(sameTimeLastYear(month(2025, 12)).key).toBe('T2024-12')
    expect(sameTimeLastYear(calendarYear(2026)).key).toBe('N2025')
  })

  it('a month of February ends on its own last day a year earlier', () => {
    expect(sameTimeLastYear(month(2025, 2))).toMatchObject({ from: '2024-02-01', to: '2024-02-29' })
    expect(sameTimeLastYear(month(2024, 2))).toMatchObject({ from: '2023-02-01', to: '2023-02-28' })
  })

  it('29/02 of a custom range becomes 28/02', () => {
    expect(sameTimeLastYear(customPeriod('2024-02-29', '2024-03-15'))).toMatchObject({
      key: 'K2023-02-28_2023-03-15',
      kind: 'custom',
    })
    expect(sameTimeLastYear(customPeriod('2024-01-10', '2024-02-29'))).toMatchObject({
      from: '2023-01-10',
      to: '2023-02-28',
    })
  })
})

describe('as of a day (Vietnam, UTC+7)', () => {
  it('the as-of moment is the end of the day in Vietnam', () => {
    expect(asOfMoment('2026-11-30')).toBe('2026-12-01T00:00:00+07:00')
    expect(asOfMoment('2024-02-28')).toBe('2024-02-29T00:00:00+07:00')
    expect(asOfMoment('2025-12-31')).toBe('2026-01-01T00:00:00+07:00')
  })

  it('an event recorded at 23:59 Vietnam time on the as-of day is before it; one at 00:00 the next day is not', () => {
    const cutoff = Date.parse(asOfMoment('2026-11-30'))
    expect(Date.parse('2026-11-30T23:59:00+07:00') < cutoff).toBe(true)
    expect(Date.parse('2026-11-30T16:59:59Z') < cutoff).toBe(true)
    expect(Date.parse('2026-11-30T17:00:00Z') < cutoff).toBe(false)
  })

  it('the effective end is the period end, or the as-of day when earlier', () => {
    expect(effectiveEnd(statisticsYear(2026), '2026-06-15')).toBe('2026-06-15')
    expect(effectiveEnd(statisticsYear(2026), '2027-01-10')).toBe('2026-11-30')
    expect(effectiveEnd(statisticsYear(2026), '2026-11-30')).toBe('2026-11-30')
  })
})

describe('trend points (issue 12, item 3)', () => {
  it('counts each cumulative point from 01/12 to the end of its month, the last one being the whole year', () => {
    const points = trendPointsOf(2026, 'cumulative')
    expect(points).toHaveLength(12)
    expect(points.map((p) => p.month.key)).toEqual([
      'T2025-12',
      ...Array.from({ length: 11 }, (_, i) => `T2026-${String(i + 1).padStart(2, '0')}`),
    ])
    expect(points[0]!.counted).toMatchObject({ from: '2025-12-01', to: '2025-12-31' })
    expect(points[3]!.counted).toMatchObject({ from: '2025-12-01', to: '2026-03-31', key: 'K2025-12-01_2026-03-31' })
    expect(points[11]!.counted).toMatchObject({ from: statisticsYear(2026).from, to: statisticsYear(2026).to })
  })

  it('counts last year over its own months: to 29/02 in a leap year, to 28/02 the year after', () => {
    const leap = trendPointsOf(2024, 'cumulative')[2]!
    expect(leap.counted).toMatchObject({ from: '2023-12-01', to: '2024-02-29' })
    expect(leap.countedLastYear).toMatchObject({ from: '2022-12-01', to: '2023-02-28' })
    const after = trendPointsOf(2025, 'cumulative')[2]!
    expect(after.counted.to).toBe('2025-02-28')
    expect(after.countedLastYear).toMatchObject({ from: '2023-12-01', to: '2024-02-29' })
  })

  it('counts each monthly point over the month alone', () => {
    const february = trendPointsOf(2024, 'monthly')[2]!
    expect(february.counted).toMatchObject({ key: 'T2024-02', from: '2024-02-01', to: '2024-02-29' })
    expect(february.countedLastYear).toMatchObject({ key: 'T2023-02', from: '2023-02-01', to: '2023-02-28' })
  })
})
