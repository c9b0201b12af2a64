import { describe, expect, it } from 'vitest'
import { nextOccurrence, occurrencesInStatisticsYear, statisticsQuarters } from './recurrence.ts'

const dues = (rule: Parameters<typeof occurrencesInStatisticsYear>[0], year: number) =>
  occurrencesInStatisticsYear(rule, year).map((o) => o.due)

describe('monthly: the twelve statistics months, 12/(y−1) … 11/y (DOMAIN.md §6.1)', () => {
  it('day 31 is clamped to each month’s end; statistics year 2028 has 29/02 (2028 is leap)', () => {
    // Dec 2027 … Nov 2028: 31, 31, 29 (leap), 31, 30, 31, 30, 31, 31, 30, 31, 30.
    expect(dues({ recurrence: 'monthly', dayOfMonth: 31 }, 2028)).toEqual([
      '2027-12-31',
      '2028-01-31',
      '2028-02-29',
      '2028-03-31',
      '2028-04-30',
      '2028-05-31',
      '2028-06-30',
      '2028-07-31',
      '2028-08-31',
      '2028-09-30',
      '2028-10-31',
      '2028-11-30',
    ])
  })

  it('in 2026 February ends on the 28th; day 30 clamps only February; 2100 is not leap', () => {
    const d2026 = dues({ recurrence: 'monthly', dayOfMonth: 30 }, 2026)
    expect(d2026[0]).toBe('2025-12-30')
    expect(d2026[2]).toBe('2026-02-28')
    expect(d2026[3]).toBe('2026-03-30')
    expect(dues({ recurrence: 'monthly', dayOfMonth: 29 }, 2100)[2]).toBe('2100-02-28')
    expect(dues({ recurrence: 'monthly', dayOfMonth: 29 }, 2028)[2]).toBe('2028-02-29')
  })

  it('a day that fits every month is kept; no day means the month’s last day', () => {
    expect(dues({ recurrence: 'monthly', dayOfMonth: 25 }, 2026).slice(0, 3)).toEqual([
      '2025-12-25',
      '2026-01-25',
      '2026-02-25',
    ])
    expect(dues({ recurrence: 'monthly', dayOfMonth: null }, 2028).slice(1, 4)).toEqual([
      '2028-01-31',
      '2028-02-29',
      '2028-03-31',
    ])
  })

  it('each occurrence names its month and its number', () => {
    const [first, , third] = occurrencesInStatisticsYear({ recurrence: 'monthly', dayOfMonth: 20 }, 2026)
    expect(first).toMatchObject({ index: 1, label: 'Tháng 12/2025', due: '2025-12-20' })
    expect(first?.period).toMatchObject({ from: '2025-12-01', to: '2025-12-31' })
    expect(third).toMatchObject({ index: 3, label: 'Tháng 2/2026', due: '2026-02-20' })
  })
})

describe('quarterly: the quarters of the statistics year', () => {
  it('2028: 01/12/2027–29/02/2028, 01/03–31/05, 01/06–31/08, 01/09–30/11', () => {
    expect(statisticsQuarters(2028).map((q) => [q.from, q.to])).toEqual([
      ['2027-12-01', '2028-02-29'],
      ['2028-03-01', '2028-05-31'],
      ['2028-06-01', '2028-08-31'],
      ['2028-09-01', '2028-11-30'],
    ])
    expect(statisticsQuarters(2026)[0]?.label).toBe('Quý I năm thống kê 2026 (01/12/2025 – 28/02/2026)')
  })

  it('the first two quarters make up the six-month review (01/12–31/05)', () => {
    const [q1, q2] = statisticsQuarters(2026)
    expect([q1?.from, q2?.to]).toEqual(['2025-12-01', '2026-05-31'])
  })

  it('due on the quarter’s last day, or on a day of its last month clamped (31 → 29/02/2028, 31/05, 31/08, 30/11)', () => {
    expect(dues({ recurrence: 'quarterly', dayOfMonth: null }, 2026)).toEqual([
      '2026-02-28',
      '2026-05-31',
      '2026-08-31',
      '2026-11-30',
    ])
    expect(dues({ recurrence: 'quarterly', dayOfMonth: 31 }, 2028)).toEqual([
      '2028-02-29',
      '2028-05-31',
      '2028-08-31',
      '2028-11-30',
    ])
    expect(dues({ recurrence: 'quarterly', dayOfMonth: 20 }, 2026)).toEqual([
      '2026-02-20',
      '2026-05-20',
      '2026-08-20',
      '2026-11-20',
    ])
    expect(
      occurrencesInStatisticsYear({ recurrence: 'quarterly', dayOfMonth: null }, 2026).map((o) => o.label),
    ).toEqual(['Quý I', 'Quý II', 'Quý III', 'Quý IV'])
  })
})

describe('half-yearly: the six-month review and the year (DOMAIN.md §6.1, §8.3)', () => {
  it('sơ kết covers 01/12–31/05, tổng kết the whole year 01/12–30/11', () => {
    const [first, second] = occurrencesInStatisticsYear({ recurrence: 'half_yearly', dayOfMonth: null }, 2026)
    expect(first).toMatchObject({ index: 1, label: 'Sơ kết 6 tháng', due: '2026-05-31' })
    expect(first?.period).toMatchObject({ key: '6T2026', from: '2025-12-01', to: '2026-05-31' })
    expect(second).toMatchObject({ index: 2, label: 'Tổng kết năm', due: '2026-11-30' })
    expect(second?.period).toMatchObject({ key: 'NTK2026', from: '2025-12-01', to: '2026-11-30' })
  })

  it('a day of the last month: 15 → 15/05 and 15/11', () => {
    expect(dues({ recurrence: 'half_yearly', dayOfMonth: 15 }, 2028)).toEqual(['2028-05-15', '2028-11-15'])
  })
})

describe('one-off tasks and bad days', () => {
  it('a one-off task has one occurrence on its deadline, even after 30/11', () => {
    expect(occurrencesInStatisticsYear({ recurrence: 'once', deadline: '2026-12-15' }, 2026)).toEqual([
      { index: 1, period: null, due: '2026-12-15', label: 'Một lần' },
    ])
  })

  it('a day of the month outside 1–31 is refused', () => {
    for (const day of [0, 32, 1.5])
      expect(() => occurrencesInStatisticsYear({ recurrence: 'monthly', dayOfMonth: day }, 2026)).toThrow(
        expect.objectContaining({ code: 'PLAN_INVALID_RECURRENCE' }),
      )
  })

  it('the next occurrence is the first due on or after today', () => {
    const quarters = occurrencesInStatisticsYear({ recurrence: 'quarterly', dayOfMonth: null }, 2026)
    expect(nextOccurrence(quarters, '2026-02-28')?.label).toBe('Quý I')
    expect(nextOccurrence(quarters, '2026-03-01')?.label).toBe('Quý II')
    expect(nextOccurrence(quarters, '2026-12-01')).toBeNull()
  })
})
