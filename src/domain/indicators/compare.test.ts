import { describe, expect, it } from 'vitest'
import {
  changeText,
  correctionText,
  figureText,
  figureValue,
  formatVnd,
  makeFigure,
  targetStatus,
  targetText,
  type TargetIndicator,
} from './compare.ts'
import type { Target } from './definition.ts'

const rate: TargetIndicator = { isRate: true, better: 'higher', unitOfCount: 'matter' }
const lowerRate: TargetIndicator = { isRate: true, better: 'lower', unitOfCount: 'matter' }
const matters: TargetIndicator = { isRate: false, better: 'higher', unitOfCount: 'matter' }
const fewerMatters: TargetIndicator = { isRate: false, better: 'lower', unitOfCount: 'matter' }
const fewerPersons: TargetIndicator = { isRate: false, better: 'lower', unitOfCount: 'person' }
const money: TargetIndicator = { isRate: true, better: 'higher', unitOfCount: 'vnd' }

const target = (comparison: Target['comparison'], value: number | null): Pick<Target, 'comparison' | 'value'> => ({
  comparison,
  value,
})
const count = (n: number) => makeFigure(n, null)
const NONE = makeFigure(0, 0)

describe('figure value (DOMAIN.md §3.2)', () => {
  it('a rate is numerator × 100 ÷ denominator and may exceed 100', () => {
    expect(figureValue(9, 10)).toBe(90)
    expect(figureValue(186, 100)).toBe(186)
    expect(figureValue(29, 100)).toBe(29)
    expect(figureValue(1, 3)).toBeCloseTo(33.333, 3)
  })

  it('a rate over nothing has no value; a count is itself', () => {
    expect(figureValue(3, 0)).toBeNull()
    expect(figureValue(0, 0)).toBeNull()
    expect(figureValue(5, null)).toBe(5)
  })

  it('figure text for a table cell', () => {
    expect(figureText(makeFigure(37, 40), rate)).toBe('92,5%')
    expect(figureText(count(1234), matters)).toBe('1.234 vụ')
    expect(figureText(NONE, rate)).toBe('Chưa phát sinh')
  })

  it('amounts are phrased in đồng, triệu đồng or tỷ đồng', () => {
    expect(formatVnd(350_000)).toBe('350.000 đồng')
    expect(formatVnd(12_500_000)).toBe('12,5 triệu đồng')
    expect(formatVnd(1_200_000_000)).toBe('1,2 tỷ đồng')
    expect(formatVnd(1_234_000_000)).toBe('1,23 tỷ đồng')
    expect(formatVnd(999_999_999)).toBe('1 tỷ đồng')
    expect(formatVnd(-300_000_000)).toBe('300 triệu đồng')
  })
})

describe('target texts', () => {
  it.each([
    [target('>', 90), true, 'Trên 90%'],
    [target('>=', 98), true, 'Từ 98% trở lên'],
    [target('=', 100), true, 'Bằng 100%'],
    [target('=', 0), false, 'Bằng 0 (không để xảy ra)'],
    [target('=', 0), true, 'Bằng 0% (không để xảy ra)'],
    [target('<=', 5), true, 'Từ 5% trở xuống'],
    [target('<', 2.5), true, 'Dưới 2,5%'],
    [target('>', 10), false, 'Trên 10'],
    [target('higher_than_last_year', null), false, 'Cao hơn cùng kỳ năm trước'],
    [target('lower_than_last_year', null), true, 'Thấp hơn cùng kỳ năm trước'],
  ])('%j (rate: %s) → %s', (t, isRate, text) => {
    expect(targetText(t, isRate)).toBe(text)
  })
})

describe('status against a target', () => {
  const lastYear = count(0)

  it('no target, or nothing handled', () => {
    expect(targetStatus(rate, makeFigure(9, 10), lastYear, null)).toEqual({
      status: 'no_target',
      text: 'Chưa giao chỉ tiêu',
    })
    expect(targetStatus(rate, NONE, lastYear, target('>', 90))).toEqual({ status: 'no_target', text: 'Chưa phát sinh' })
  })

  it('a rate above its target is met, with the margin in points', () => {
    expect(targetStatus(rate, makeFigure(37, 40), lastYear, target('>', 90))).toEqual({
      status: 'met',
      text: 'Đạt chỉ tiêu (vượt 2,5 điểm %)',
    })
  })

  it('a rate within 5 points below its target is at risk; further below, missed', () => {
    expect(targetStatus(rate, makeFigure(869, 1000), lastYear, target('>', 90))).toEqual({
      status: 'at_risk',
      text: 'Chưa đạt (thiếu 3,1 điểm %)',
    })
    expect(targetStatus(rate, makeFigure(85, 100), lastYear, target('>', 90))).toEqual({
      status: 'at_risk',
      text: 'Chưa đạt (thiếu 5,0 điểm %)',
    })
    expect(targetStatus(rate, makeFigure(849, 1000), lastYear, target('>', 90))).toEqual({
      status: 'missed',
      text: 'Không đạt (thiếu 5,1 điểm %)',
    })
    expect(targetStatus(rate, makeFigure(8, 10), lastYear, target('>', 90))).toEqual({
      status: 'missed',
      text: 'Không đạt (thiếu 10,0 điểm %)',
    })
  })

  it('"trên 90%" is not reached by exactly 90%; "từ 98% trở lên" is reached by 98%', () => {
    expect(targetStatus(rate, makeFigure(9, 10), lastYear, target('>', 90))).toEqual({
      status: 'at_risk',
      text: 'Chưa đạt (mới bằng mức chỉ tiêu)',
    })
    expect(targetStatus(rate, makeFigure(49, 50), lastYear, target('>=', 98))).toEqual({
      status: 'met',
      text: 'Đạt chỉ tiêu',
    })
    expect(targetStatus(rate, makeFigure(48, 50), lastYear, target('>=', 98))).toEqual({
      status: 'at_risk',
      text: 'Chưa đạt (thiếu 2,0 điểm %)',
    })
  })

  it('"bằng 100%": met at 100%, at risk at 96%', () => {
    expect(targetStatus(rate, makeFigure(12, 12), lastYear, target('=', 100))).toEqual({
      status: 'met',
      text: 'Đạt chỉ tiêu',
    })
    expect(targetStatus(rate, makeFigure(24, 25), lastYear, target('=', 100))).toEqual({
      status: 'at_risk',
      text: 'Chưa đạt (thiếu 4,0 điểm %)',
    })
  })

  it('"bằng 0": any occurrence misses it, however small (never at risk)', () => {
    expect(targetStatus(fewerPersons, count(2), lastYear, target('=', 0))).toEqual({
      status: 'missed',
      text: 'Không đạt: 2 người',
    })
    expect(targetStatus(fewerPersons, count(0), lastYear, target('=', 0))).toEqual({
      status: 'met',
      text: 'Đạt chỉ tiêu (không để xảy ra)',
    })
    expect(targetStatus(lowerRate, makeFigure(1, 40), lastYear, target('=', 0))).toEqual({
      status: 'missed',
      text: 'Không đạt: 2,5%',
    })
  })

  it('a ceiling: below is met, within 10% above is at risk, further above missed', () => {
    expect(targetStatus(fewerMatters, count(8), lastYear, target('<=', 10))).toEqual({
      status: 'met',
      text: 'Đạt chỉ tiêu (thấp hơn mức chỉ tiêu 2 vụ)',
    })
    expect(targetStatus(fewerMatters, count(10), lastYear, target('<=', 10))).toEqual({
      status: 'met',
      text: 'Đạt chỉ tiêu',
    })
    expect(targetStatus(fewerMatters, count(11), lastYear, target('<=', 10))).toEqual({
      status: 'at_risk',
      text: 'Chưa đạt (cao hơn mức chỉ tiêu 1 vụ)',
    })
    expect(targetStatus(fewerMatters, count(12), lastYear, target('<=', 10))).toEqual({
      status: 'missed',
      text: 'Không đạt (cao hơn mức chỉ tiêu 2 vụ)',
    })
    expect(targetStatus(fewerMatters, count(10), lastYear, target('<', 10))).toEqual({
      status: 'at_risk',
      text: 'Chưa đạt (mới bằng mức chỉ tiêu)',
    })
  })

  it('a count target: within 10% below is at risk', () => {
    expect(targetStatus(matters, count(91), lastYear, target('>=', 100))).toEqual({
      status: 'at_risk',
      text: 'Chưa đạt (thiếu 9 vụ)',
    })
    expect(targetStatus(matters, count(89), lastYear, target('>=', 100))).toEqual({
      status: 'missed',
      text: 'Không đạt (thiếu 11 vụ)',
    })
  })

  it('"bằng" for an indicator where higher is better is also reached above the value', () => {
    expect(targetStatus(matters, count(7), lastYear, target('=', 5))).toEqual({
      status: 'met',
      text: 'Đạt chỉ tiêu (vượt 2 vụ)',
    })
    expect(targetStatus(matters, count(4), lastYear, target('=', 5))).toEqual({
      status: 'missed',
      text: 'Không đạt (thiếu 1 vụ)',
    })
    expect(targetStatus(fewerMatters, count(7), lastYear, target('=', 5))).toEqual({
      status: 'missed',
      text: 'Không đạt (cao hơn mức chỉ tiêu 2 vụ)',
    })
  })

  it('higher or lower than last year; equal to last year is at risk', () => {
    const higher = target('higher_than_last_year', null)
    expect(targetStatus(matters, count(12), count(10), higher)).toEqual({
      status: 'met',
      text: 'Đạt chỉ tiêu (cao hơn cùng kỳ năm trước 2 vụ)',
    })
    expect(targetStatus(matters, count(10), count(10), higher)).toEqual({
      status: 'at_risk',
      text: 'Chưa đạt (bằng cùng kỳ năm trước)',
    })
    expect(targetStatus(matters, count(8), count(10), higher)).toEqual({
      status: 'missed',
      text: 'Không đạt (thấp hơn cùng kỳ năm trước 2 vụ)',
    })
    const lower = target('lower_than_last_year', null)
    expect(targetStatus(fewerMatters, count(3), count(5), lower)).toEqual({
      status: 'met',
      text: 'Đạt chỉ tiêu (thấp hơn cùng kỳ năm trước 2 vụ)',
    })
    expect(targetStatus(fewerMatters, count(6), count(5), lower)).toEqual({
      status: 'missed',
      text: 'Không đạt (cao hơn cùng kỳ năm trước 1 vụ)',
    })
    expect(targetStatus(rate, makeFigure(30, 40), makeFigure(29, 40), higher)).toEqual({
      status: 'met',
      text: 'Đạt chỉ tiêu (cao hơn cùng kỳ năm trước 2,5 điểm %)',
    })
  })

  it('a rate with nothing last year cannot be compared with it', () => {
    expect(targetStatus(rate, makeFigure(3, 4), NONE, target('higher_than_last_year', null)).status).toBe('no_target')
  })

  it('asset recovery (an amount rate) below "trên 60%"', () => {
    // 650 million recovered of 1,750 million = 37.14%, 22.86 points short.
    expect(targetStatus(money, makeFigure(650_000_000, 1_750_000_000), lastYear, target('>', 60))).toEqual({
      status: 'missed',
      text: 'Không đạt (thiếu 22,9 điểm %)',
    })
  })
})

describe('change against the same period last year', () => {
  it('counts: the difference and its share of last year', () => {
    expect(changeText(count(153), count(141), matters)).toBe('tăng 12 vụ (8,5%) so với cùng kỳ năm trước')
    expect(changeText(count(12), count(15), fewerPersons)).toBe('giảm 3 người (20%) so với cùng kỳ năm trước')
    expect(changeText(count(2468), count(1234), matters)).toBe('tăng 1.234 vụ (100%) so với cùng kỳ năm trước')
    expect(changeText(count(7), count(7), matters)).toBe('bằng cùng kỳ năm trước')
    expect(changeText(count(0), count(0), matters)).toBe('bằng cùng kỳ năm trước')
  })

  it('counts: nothing last year', () => {
    expect(changeText(count(5), count(0), matters)).toBe('tăng 5 vụ so với cùng kỳ năm trước (cùng kỳ không có)')
  })

  it('amounts in tỷ / triệu đồng', () => {
    const vnd = { isRate: false, unitOfCount: 'vnd' } as const
    expect(changeText(count(3_200_000_000), count(2_000_000_000), vnd)).toBe(
      'tăng 1,2 tỷ đồng (60%) so với cùng kỳ năm trước',
    )
    expect(changeText(count(1_500_000_000), count(2_000_000_000), vnd)).toBe(
      'giảm 500 triệu đồng (25%) so với cùng kỳ năm trước',
    )
  })

  it('rates: in percentage points', () => {
    expect(changeText(makeFigure(923, 1000), makeFigure(9, 10), rate)).toBe('tăng 2,3 điểm % so với cùng kỳ năm trước')
    expect(changeText(makeFigure(8, 10), makeFigure(9, 10), rate)).toBe('giảm 10,0 điểm % so với cùng kỳ năm trước')
    expect(changeText(makeFigure(9, 10), makeFigure(18, 20), rate)).toBe('bằng cùng kỳ năm trước')
    expect(changeText(makeFigure(9001, 10000), makeFigure(9, 10), rate)).toBe(
      'tăng dưới 0,1 điểm % so với cùng kỳ năm trước',
    )
  })

  it('no comparison when either rate has no value', () => {
    expect(changeText(makeFigure(9, 10), NONE, rate)).toBe('chưa có số liệu để so sánh với cùng kỳ năm trước')
    expect(changeText(NONE, makeFigure(9, 10), rate)).toBe('chưa có số liệu để so sánh với cùng kỳ năm trước')
  })
})

describe('corrections after reporting', () => {
  it('null when the figures agree', () => {
    expect(correctionText(makeFigure(10, 12), makeFigure(10, 12), 'matter')).toBeNull()
    expect(correctionText(count(4), count(4), 'person')).toBeNull()
  })

  it('a rate: numerator and denominator differences with the minus sign', () => {
    expect(correctionText(makeFigure(10, 12), makeFigure(12, 11), 'matter')).toBe(
      'Số liệu hiện nay khác số đã báo cáo: tử số +2, mẫu số −1',
    )
    expect(correctionText(makeFigure(10, 12), makeFigure(7, 12), 'matter')).toBe(
      'Số liệu hiện nay khác số đã báo cáo: tử số −3',
    )
    expect(correctionText(makeFigure(10, 12), makeFigure(10, 13), 'person')).toBe(
      'Số liệu hiện nay khác số đã báo cáo: mẫu số +1',
    )
  })

  it('a count or an amount, with its unit', () => {
    expect(correctionText(count(5), count(7), 'person')).toBe('Số liệu hiện nay khác số đã báo cáo: +2 người')
    expect(correctionText(makeFigure(500_000_000, 1_000_000_000), makeFigure(650_000_000, 1_000_000_000), 'vnd')).toBe(
      'Số liệu hiện nay khác số đã báo cáo: tử số +150 triệu đồng',
    )
  })
})
