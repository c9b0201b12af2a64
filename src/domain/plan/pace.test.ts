import { describe, expect, it } from 'vitest'
import type { TargetIndicator } from '@/domain/indicators/index.ts'
import { targetPace, type CumulativeCounts, type PaceInput } from './pace.ts'

const matters: TargetIndicator = { isRate: false, better: 'higher', unitOfCount: 'matter' }
const fewerMatters: TargetIndicator = { isRate: false, better: 'lower', unitOfCount: 'matter' }
const rate: TargetIndicator = { isRate: true, better: 'higher', unitOfCount: 'matter' }

/** A count's curve: cumulative numerators, no denominator. */
const counts = (values: readonly number[]): CumulativeCounts[] =>
  values.map((numerator) => ({ numerator, denominator: null }))
// Last year: 10 a month, cumulative 10, 20, … 120 at the end of November.
const TEN_A_MONTH = counts([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120])

const input = (over: Partial<PaceInput>): PaceInput => ({
  indicator: matters,
  target: { comparison: '>=', value: 200 },
  year: 2026,
  today: '2026-04-15',
  toDate: { numerator: 60, denominator: null },
  lastYear: TEN_A_MONTH,
  ...over,
})

describe('a count against last year’s curve (statistics year 2026, today 15/04/2026)', () => {
  // April is statistics month 4 (December 0 … March 3): accrued = c[3] + (c[4] − c[3]) × 15/30
  // = 40 + 10 × 0,5 = 45 of 120 → share 0,375. Target ≥ 200 → expected 200 × 0,375 = 75.
  it('60 to date: forecast 60 ÷ 0,375 = 160, 40 short of 200 (more than 10% = 20) → off track', () => {
    const pace = targetPace(input({}))
    expect(pace).toMatchObject({ basis: 'last_year', actual: 60, expected: 75, difference: -15, ahead: false })
    expect(pace.share).toBeCloseTo(0.375, 12)
    expect(pace.forecast).toEqual({ numerator: 160, denominator: null, value: 160 })
    expect(pace.health).toBe('off_track')
    expect(pace.text).toBe('Dự báo đến 30/11/2026: 160 vụ — Không đạt (thiếu 40 vụ)')
    expect(pace.paceText).toBe('Đến nay 60 vụ; theo diễn biến năm trước cần 75 vụ')
  })

  it('72 to date: forecast 192, 8 short (within 20) → at risk', () => {
    const pace = targetPace(input({ toDate: { numerator: 72, denominator: null } }))
    expect(pace.forecast?.value).toBe(192)
    expect(pace.health).toBe('at_risk')
    expect(pace.text).toBe('Dự báo đến 30/11/2026: 192 vụ — Chưa đạt (thiếu 8 vụ)')
  })

  it('80 to date: forecast 80 ÷ 0,375 = 213,3 → 213, ahead of 75 → on track', () => {
    const pace = targetPace(input({ toDate: { numerator: 80, denominator: null } }))
    expect(pace.forecast?.value).toBe(213)
    expect(pace).toMatchObject({ health: 'on_track', ahead: true, difference: 5 })
    expect(pace.text).toBe('Dự báo đến 30/11/2026: 213 vụ — Đạt chỉ tiêu (vượt 13 vụ)')
  })

  it('"higher than last year": expected is last year’s own figure on the day (45), the forecast meets 120', () => {
    // 50 ÷ 0,375 = 133,3 → 133 > 120 (last year’s total), 13 above.
    const pace = targetPace(
      input({
        target: { comparison: 'higher_than_last_year', value: null },
        toDate: { numerator: 50, denominator: null },
      }),
    )
    expect(pace).toMatchObject({ expected: 45, health: 'on_track' })
    expect(pace.text).toBe('Dự báo đến 30/11/2026: 133 vụ — Đạt chỉ tiêu (cao hơn cùng kỳ năm trước 13 vụ)')
  })

  it('29/02/2028 is the end of February: share c[2] ÷ c[11] = 30 ÷ 120 = 0,25', () => {
    // 40 ÷ 0,25 = 160.
    const pace = targetPace(input({ year: 2028, today: '2028-02-29', toDate: { numerator: 40, denominator: null } }))
    expect(pace.share).toBeCloseTo(0.25, 12)
    expect(pace.forecast?.value).toBe(160)
  })
})

describe('no last-year data: the linear share of the year elapsed', () => {
  it('15/04/2026: 31 + 31 + 28 + 31 + 15 = 136 days of 365; 73 → 73 × 365 ÷ 136 = 195,9 → 196, 4 short → at risk', () => {
    const pace = targetPace(input({ lastYear: null, toDate: { numerator: 73, denominator: null } }))
    expect(pace.basis).toBe('linear')
    expect(pace.share).toBeCloseTo(136 / 365, 12)
    // expected 200 × 136 ÷ 365 = 74,52 → written 75.
    expect(pace.expected).toBeCloseTo(74.52, 2)
    expect(pace.forecast?.value).toBe(196)
    expect(pace.health).toBe('at_risk')
    expect(pace.paceText).toBe('Đến nay 73 vụ; theo thời gian đã qua của năm cần 75 vụ')
  })

  it('last year’s total 0, or nothing accrued by the day, falls back too', () => {
    expect(targetPace(input({ lastYear: counts(Array(12).fill(0)) })).basis).toBe('linear')
    // 10/12/2025: December's curve point is 0 → accrued 0 → linear, 10 days of 365.
    const early = targetPace(
      input({ today: '2025-12-10', lastYear: counts([0, 0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50]) }),
    )
    expect(early.basis).toBe('linear')
    expect(early.share).toBeCloseTo(10 / 365, 12)
  })

  it('statistics year 2028 has 366 days: 29/02/2028 is day 31 + 31 + 29 = 91', () => {
    expect(targetPace(input({ year: 2028, today: '2028-02-29', lastYear: null })).share).toBeCloseTo(91 / 366, 12)
  })
})

describe('a rate: numerator and denominator projected each by its own share', () => {
  // Last year, 15/04: numerator 60 + 15 × 0,5 = 67,5 of 180 → sₙ = 0,375; denominator
  // 130 + 10 × 0,5 = 135 of 200 → s_d = 0,675. Last year’s rate rose from 67,5 ÷ 135 = 50% on
  // the day to 180 ÷ 200 = 90% at the end: the forecast is the rate to date × 0,675 ÷ 0,375 = × 1,8.
  // Target ≥ 90% → expected by today 90 × 0,375 ÷ 0,675 = 50%.
  const lastYear: CumulativeCounts[] = [
    [15, 100],
    [30, 110],
    [45, 120],
    [60, 130],
    [75, 140],
    [90, 150],
    [105, 160],
    [120, 170],
    [135, 180],
    [150, 190],
    [165, 195],
    [180, 200],
  ].map(([numerator, denominator]) => ({ numerator: numerator!, denominator: denominator! }))
  const rateInput = (numerator: number, denominator: number, over: Partial<PaceInput> = {}) =>
    input({
      indicator: rate,
      target: { comparison: '>=', value: 90 },
      lastYear,
      toDate: { numerator, denominator },
      ...over,
    })

  it('70/140 = 50% to date: exactly the pace; forecast 50 × 1,8 = 90% → on track', () => {
    const pace = targetPace(rateInput(70, 140))
    expect(pace.share).toBeCloseTo(0.375, 12)
    expect(pace.denominatorShare).toBeCloseTo(0.675, 12)
    expect(pace.expected).toBeCloseTo(50, 9)
    expect(pace.actual).toBe(50)
    // 70 ÷ 0,375 = 186,67 resolved of 140 ÷ 0,675 = 207,41 handled.
    expect(pace.forecast?.numerator).toBeCloseTo(186.667, 3)
    expect(pace.forecast?.denominator).toBeCloseTo(207.407, 3)
    expect(pace.forecast?.value).toBeCloseTo(90, 9)
    expect(pace.health).toBe('on_track')
    expect(pace.text).toBe('Dự báo đến 30/11/2026: 90,0% — Đạt chỉ tiêu')
  })

  it('68/140 = 48,57%: forecast 87,43%, 2,57 points short (within 5) → at risk', () => {
    const pace = targetPace(rateInput(68, 140))
    expect(pace.forecast?.value).toBeCloseTo(87.4286, 3)
    expect(pace.difference).toBeCloseTo(-1.4286, 3)
    expect(pace.health).toBe('at_risk')
    expect(pace.text).toBe('Dự báo đến 30/11/2026: 87,4% — Chưa đạt (thiếu 2,6 điểm %)')
    expect(pace.paceText).toBe('Đến nay 48,6%; theo diễn biến năm trước cần 50,0%')
  })

  it('63/140 = 45%: forecast 81%, 9 points short → off track', () => {
    const pace = targetPace(rateInput(63, 140))
    expect(pace.forecast?.value).toBeCloseTo(81, 9)
    expect(pace.health).toBe('off_track')
  })

  it('without last year the rate is kept: 68/140 stays 48,6% → off track', () => {
    const pace = targetPace(rateInput(68, 140, { lastYear: null }))
    expect(pace.basis).toBe('linear')
    expect(pace.forecast?.value).toBeCloseTo(48.5714, 3)
    expect(pace.expected).toBeCloseTo(90, 9)
    expect(pace.health).toBe('off_track')
  })

  it('a denominator of 0 to date: no value, no forecast, no data', () => {
    const pace = targetPace(rateInput(0, 0))
    expect(pace).toMatchObject({ actual: null, forecast: null, expected: null, health: 'no_data' })
    expect(pace.text).toBe('Chưa phát sinh, chưa dự báo được')
  })

  it('last year’s denominator all 0: both shares linear, so the rate is kept', () => {
    const noDenominator = lastYear.map((c) => ({ ...c, denominator: 0 }))
    const pace = targetPace(rateInput(68, 140, { lastYear: noDenominator }))
    expect(pace.basis).toBe('linear')
    expect(pace.share).toBe(pace.denominatorShare)
    expect(pace.forecast?.value).toBeCloseTo(48.5714, 3)
  })
})

describe('lower is better', () => {
  // Last year 1 a month: share on 15/04 = (4 + 1 × 0,5) ÷ 12 = 0,375. Target ≤ 10 → expected 3,75.
  const ONE_A_MONTH = counts([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
  const fewer = (numerator: number, target: PaceInput['target'] = { comparison: '<=', value: 10 }) =>
    targetPace(
      input({ indicator: fewerMatters, target, lastYear: ONE_A_MONTH, toDate: { numerator, denominator: null } }),
    )

  it('3 to date: forecast 8 ≤ 10, below the pace of 3,75 → on track, ahead', () => {
    const pace = fewer(3)
    expect(pace).toMatchObject({ health: 'on_track', ahead: true, expected: 3.75 })
    expect(pace.forecast?.value).toBe(8)
    expect(pace.text).toBe('Dự báo đến 30/11/2026: 8 vụ — Đạt chỉ tiêu (thấp hơn mức chỉ tiêu 2 vụ)')
  })

  it('4 to date: forecast 10,67 → 11, 1 above 10 (within 10% = 1) → at risk, behind', () => {
    const pace = fewer(4)
    expect(pace).toMatchObject({ health: 'at_risk', ahead: false })
    expect(pace.text).toBe('Dự báo đến 30/11/2026: 11 vụ — Chưa đạt (cao hơn mức chỉ tiêu 1 vụ)')
  })

  it('6 to date: forecast 16 → off track', () => {
    expect(fewer(6).health).toBe('off_track')
  })

  it('a rate where lower is better, no last year (rate kept): 3/50 = 6% against ≤ 5% is 1 point above → at risk; 4/50 = 8%, 3 points → at risk; 6/50 = 12% → off track', () => {
    const returned: TargetIndicator = { isRate: true, better: 'lower', unitOfCount: 'matter' }
    const at = (numerator: number) =>
      targetPace(
        input({
          indicator: returned,
          target: { comparison: '<=', value: 5 },
          lastYear: null,
          toDate: { numerator, denominator: 50 },
        }),
      )
    expect(at(3).forecast?.value).toBeCloseTo(6, 9)
    expect(at(3)).toMatchObject({ health: 'at_risk', ahead: false })
    expect(at(3).text).toBe('Dự báo đến 30/11/2026: 6,0% — Chưa đạt (cao hơn mức chỉ tiêu 1,0 điểm %)')
    expect(at(4).health).toBe('at_risk')
    expect(at(6).health).toBe('off_track')
    // 2/50 = 4% ≤ 5% → on track, and ahead: the expected ceiling by today is 5 × s ÷ s = 5%.
    expect(at(2)).toMatchObject({ health: 'on_track', ahead: true })
    expect(at(2).expected).toBeCloseTo(5, 9)
  })

  it('"= 0" (không để xảy ra): 0 so far is on track; 1 so far (forecast 1 ÷ 0,375 = 2,67 → 3) is off track', () => {
    expect(fewer(0, { comparison: '=', value: 0 }).health).toBe('on_track')
    const one = fewer(1, { comparison: '=', value: 0 })
    expect(one.health).toBe('off_track')
    expect(one.text).toBe('Dự báo đến 30/11/2026: 3 vụ — Không đạt: 3 vụ')
  })
})

describe('edges of the year and of the input', () => {
  it('before 01/12 of the year before: no data', () => {
    const pace = targetPace(input({ today: '2025-11-30' }))
    expect(pace).toMatchObject({ health: 'no_data', basis: null, text: 'Năm thống kê 2026 chưa bắt đầu' })
  })

  it('after 30/11 the share is 1 and the forecast is the year’s figure', () => {
    const pace = targetPace(input({ today: '2026-12-05', toDate: { numerator: 205, denominator: null } }))
    expect(pace.share).toBe(1)
    expect(pace.forecast?.value).toBe(205)
    expect(pace.health).toBe('on_track')
  })

  it('no target: a forecast but no health', () => {
    const pace = targetPace(input({ target: null }))
    expect(pace).toMatchObject({ health: 'no_data', expected: null })
    expect(pace.text).toBe('Dự báo đến 30/11/2026: 160 vụ — Chưa giao chỉ tiêu')
  })

  it('a curve without its twelve months is refused', () => {
    expect(() => targetPace(input({ lastYear: TEN_A_MONTH.slice(1) }))).toThrow(
      expect.objectContaining({ code: 'PLAN_INVALID_CURVE' }),
    )
  })
})
