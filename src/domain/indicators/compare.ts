// Figures against targets and against the same period last year, in the words a Vietnamese
// review report uses (DOMAIN.md §3, §8.3 "figures compared with the previous year", "results
// against the National Assembly and sector targets").
//
// - A rate is numerator ÷ denominator in percent and may exceed 100 (§3.2: a ratio of 186%
//   was reported); it has no value while nothing was handled (denominator 0).
// - A target is data: a comparison and a value (§3.1: "each target value and its rule (>, ≥, =)
//   is configuration data"), or a comparison with last year's figure.
// - Gaps in rates are percentage points ("vượt 6% so với chỉ tiêu" in §3.2 means 6 points);
//   changes in counts are also given relative to last year.
// Numbers are written the Vietnamese way (1.234,5) through formatNumber.
import { formatNumber } from '../vocabulary/numbers.ts'
import type { Target, UnitOfCount } from './definition.ts'
import { UNIT_OF_COUNT_LABELS } from './labels.ts'

/** Same shape as Figure in src/shared/api/indicators.ts: value is the percent for rates, the count or amount otherwise. */
export type Figure = { numerator: number; denominator: number | null; value: number | null }

export type FigureContext = { isRate: boolean; unitOfCount: UnitOfCount }

export type TargetStatus = 'met' | 'at_risk' | 'missed' | 'no_target'

/** A rate within this many percentage points of its target is "at risk" rather than missed. */
export const RATE_AT_RISK_POINTS = 5
/** A count within this share of its target is "at risk" rather than missed. */
export const COUNT_AT_RISK_SHARE = 0.1

const MINUS = '−'
const EPSILON = 1e-9

/**
 * Percent for a rate (numerator × 100 ÷ denominator, multiplied first so that whole percents
 * stay exact), null when the denominator is 0; the numerator itself for a count or an amount.
 */
export const figureValue = (numerator: number, denominator: number | null): number | null => {
  if (denominator === null) return numerator
  if (denominator === 0) return null

  return (numerator * 100) / denominator
}

export const makeFigure = (numerator: number, denominator: number | null): Figure => ({
  numerator,
  denominator,
  value: figureValue(numerator, denominator),
})

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits

/** An amount of money in the unit a report would use: '350.000 đồng', '12,5 triệu đồng', '1,2 tỷ đồng'. */
export const formatVnd = (amount: number): string => {
  const abs = Math.abs(amount)
  if (abs < 1_000_000) return `${formatNumber(Math.round(abs))} đồng`
  const millions = round(abs / 1_000_000, 2)
  if (millions < 1000) return `${formatNumber(millions)} triệu đồng`

  return `${formatNumber(round(abs / 1_000_000_000, 2))} tỷ đồng`
}

/** A count or an amount with its unit: '12 vụ', '3 người', '1,2 tỷ đồng' (magnitude only). */
export const formatQuantity = (quantity: number, unitOfCount: UnitOfCount): string =>
  unitOfCount === 'vnd'
    ? formatVnd(quantity)
    : `${formatNumber(Math.abs(quantity))} ${UNIT_OF_COUNT_LABELS[unitOfCount]}`

/** Percent with one decimal: '92,5%'. */
export const formatPercent = (value: number): string => `${formatNumber(value, 1)}%`

const formatPoints = (points: number): string => `${formatNumber(Math.abs(points), 1)} điểm %`

/** A figure as shown in a table cell: '92,5%', '12 vụ', '1,2 tỷ đồng', or 'Chưa phát sinh' for a rate over nothing. */
export const figureText = (figure: Figure, { isRate, unitOfCount }: FigureContext): string => {
  if (figure.value === null) return 'Chưa phát sinh'

  return isRate ? formatPercent(figure.value) : formatQuantity(figure.value, unitOfCount)
}

// ── Targets ────────────────────────────────────────────────────────────────────────────

const targetNumber = (value: number, isRate: boolean): string => `${formatNumber(value)}${isRate ? '%' : ''}`

/** 'Trên 90%', 'Từ 98% trở lên', 'Bằng 100%', 'Bằng 0 (không để xảy ra)', 'Cao hơn cùng kỳ năm trước'. */
export const targetText = (target: Pick<Target, 'comparison' | 'value'>, isRate: boolean): string => {
  const { comparison, value } = target
  if (comparison === 'higher_than_last_year') return 'Cao hơn cùng kỳ năm trước'
  if (comparison === 'lower_than_last_year') return 'Thấp hơn cùng kỳ năm trước'
  if (value === null) return 'Chưa xác định giá trị chỉ tiêu'
  const number = targetNumber(value, isRate)
  switch (comparison) {
    case '>':
      return `Trên ${number}`
    case '>=':
      return `Từ ${number} trở lên`
    case '=':
      return value === 0 ? `Bằng ${number} (không để xảy ra)` : `Bằng ${number}`
    case '<=':
      return `Từ ${number} trở xuống`
    case '<':
      return `Dưới ${number}`
  }
}

export type TargetIndicator = FigureContext & { better: 'higher' | 'lower' }
export type TargetVerdict = { status: TargetStatus; text: string }

/** The size of a gap in the indicator's terms: percentage points for rates, the unit of count otherwise. */
const gapText = (gap: number, { isRate, unitOfCount }: FigureContext): string =>
  isRate ? formatPoints(gap) : formatQuantity(gap, unitOfCount)

const holds = (comparison: '>' | '>=' | '=' | '<=' | '<', value: number, target: number): boolean => {
  switch (comparison) {
    case '>':
      return value > target + EPSILON
    case '>=':
      return value >= target - EPSILON
    case '=':
      return Math.abs(value - target) <= EPSILON
    case '<=':
      return value <= target + EPSILON
    case '<':
      return value < target - EPSILON
  }
}

const isNear = (gap: number, target: number, isRate: boolean): boolean =>
  isRate ? Math.abs(gap) <= RATE_AT_RISK_POINTS + EPSILON : Math.abs(gap) <= COUNT_AT_RISK_SHARE * target + EPSILON

/** The words after 'Đạt chỉ tiêu' / 'Chưa đạt' / 'Không đạt': which side of the target, by how much. */
const gapDetail = (gap: number, context: FigureContext, met: boolean): string => {
  if (Math.abs(gap) <= EPSILON) return met ? '' : ' (mới bằng mức chỉ tiêu)'
  const size = gapText(gap, context)
  if (met) return gap > 0 ? ` (vượt ${size})` : ` (thấp hơn mức chỉ tiêu ${size})`

  return gap < 0 ? ` (thiếu ${size})` : ` (cao hơn mức chỉ tiêu ${size})`
}

/** '= 0' is a "không để xảy ra" target: any occurrence misses it, however small. */
const zeroTargetStatus = (value: number, context: FigureContext): TargetVerdict => {
  if (Math.abs(value) <= EPSILON) return { status: 'met', text: 'Đạt chỉ tiêu (không để xảy ra)' }
  const amount = context.isRate ? formatPercent(value) : formatQuantity(value, context.unitOfCount)

  return { status: 'missed', text: `Không đạt: ${amount}` }
}

const valueTargetStatus = (
  indicator: TargetIndicator,
  value: number,
  comparison: '>' | '>=' | '=' | '<=' | '<',
  target: number,
): TargetVerdict => {
  if (comparison === '=' && target === 0) return zeroTargetStatus(value, indicator)
  const gap = value - target
  // "Bằng 100%" for an indicator where higher is better is reached by anything at or above it.
  const beyondOnBetterSide = comparison === '=' && (indicator.better === 'higher' ? gap > 0 : gap < 0)
  if (holds(comparison, value, target) || beyondOnBetterSide)
    return { status: 'met', text: `Đạt chỉ tiêu${gapDetail(gap, indicator, true)}` }
  const status = isNear(gap, target, indicator.isRate) ? 'at_risk' : 'missed'

  return { status, text: `${status === 'at_risk' ? 'Chưa đạt' : 'Không đạt'}${gapDetail(gap, indicator, false)}` }
}

const lastYearTargetStatus = (
  context: FigureContext,
  value: number,
  lastYear: number | null,
  wantHigher: boolean,
): TargetVerdict => {
  if (lastYear === null) return { status: 'no_target', text: 'Cùng kỳ năm trước chưa phát sinh, chưa so sánh được' }
  const gap = value - lastYear
  if (Math.abs(gap) <= EPSILON) return { status: 'at_risk', text: 'Chưa đạt (bằng cùng kỳ năm trước)' }
  const side = gap > 0 ? 'cao hơn' : 'thấp hơn'
  const met = wantHigher === gap > 0

  return met
    ? { status: 'met', text: `Đạt chỉ tiêu (${side} cùng kỳ năm trước ${gapText(gap, context)})` }
    : { status: 'missed', text: `Không đạt (${side} cùng kỳ năm trước ${gapText(gap, context)})` }
}

/**
 * Met when the comparison holds; at risk when it does not but the figure is close (rates within
 * 5 percentage points, counts within 10% of the target; never for '= 0'; equal to last year for
 * the comparisons with last year); otherwise missed. No status when no target is set or nothing
 * was handled (a rate over 0).
 */
export const targetStatus = (
  indicator: TargetIndicator,
  current: Figure,
  lastYear: Figure,
  target: Pick<Target, 'comparison' | 'value'> | null,
): TargetVerdict => {
  if (target === null) return { status: 'no_target', text: 'Chưa giao chỉ tiêu' }
  if (current.value === null) return { status: 'no_target', text: 'Chưa phát sinh' }
  const { comparison, value } = target
  if (comparison === 'higher_than_last_year' || comparison === 'lower_than_last_year') {
    return lastYearTargetStatus(indicator, current.value, lastYear.value, comparison === 'higher_than_last_year')
  }
  if (value === null) return { status: 'no_target', text: 'Chưa xác định giá trị chỉ tiêu' }

  return valueTargetStatus(indicator, current.value, comparison, value)
}

// ── Change against the same period last year ─────────────────────────────────────────────

const SAME_TIME_LAST_YEAR = 'so với cùng kỳ năm trước'

/** '8,5', '20', or 'dưới 0,1' for a change too small to show. */
const relativeChange = (change: number, previous: number): string => {
  const percent = round((Math.abs(change) * 100) / Math.abs(previous), 1)

  return percent === 0 ? 'dưới 0,1' : formatNumber(percent)
}

const rateChangeText = (change: number): string => {
  const verb = change > 0 ? 'tăng' : 'giảm'
  if (Math.abs(change) < 0.05) return `${verb} dưới 0,1 điểm % ${SAME_TIME_LAST_YEAR}`

  return `${verb} ${formatPoints(change)} ${SAME_TIME_LAST_YEAR}`
}

/**
 * 'tăng 12 vụ (8,5%) so với cùng kỳ năm trước', 'giảm 2,3 điểm % so với cùng kỳ năm trước',
 * 'bằng cùng kỳ năm trước'. Rates change in percentage points, counts and amounts in their unit
 * and relative to last year.
 */
export const changeText = (current: Figure, previous: Figure, { isRate, unitOfCount }: FigureContext): string => {
  if (current.value === null || previous.value === null) return `chưa có số liệu để so sánh với cùng kỳ năm trước`
  const change = current.value - previous.value
  if (change === 0) return 'bằng cùng kỳ năm trước'
  if (isRate) return rateChangeText(change)
  const verb = change > 0 ? 'tăng' : 'giảm'
  const quantity = formatQuantity(change, unitOfCount)
  if (previous.value === 0) return `${verb} ${quantity} ${SAME_TIME_LAST_YEAR} (cùng kỳ không có)`

  return `${verb} ${quantity} (${relativeChange(change, previous.value)}%) ${SAME_TIME_LAST_YEAR}`
}

// ── Corrections after a period was reported ──────────────────────────────────────────────

const signedQuantity = (difference: number, unitOfCount: UnitOfCount, withUnit: boolean): string => {
  const sign = difference > 0 ? '+' : MINUS
  const magnitude =
    unitOfCount === 'vnd' || withUnit ? formatQuantity(difference, unitOfCount) : formatNumber(Math.abs(difference))

  return `${sign}${magnitude}`
}

/**
 * Records entered or voided after a period was reported change its figures (the register is
 * corrected, the report is not): 'Số liệu hiện nay khác số đã báo cáo: tử số +2, mẫu số −1'
 * for a rate, '… : +2 vụ' for a count. Null when the figures agree.
 */
export const correctionText = (reported: Figure, current: Figure, unitOfCount: UnitOfCount): string | null => {
  const numerator = current.numerator - reported.numerator
  const denominator = (current.denominator ?? 0) - (reported.denominator ?? 0)
  if (numerator === 0 && denominator === 0) return null
  const prefix = 'Số liệu hiện nay khác số đã báo cáo: '
  if (current.denominator === null && reported.denominator === null)
    return `${prefix}${signedQuantity(numerator, unitOfCount, true)}`
  const parts = [
    numerator !== 0 ? `tử số ${signedQuantity(numerator, unitOfCount, false)}` : null,
    denominator !== 0 ? `mẫu số ${signedQuantity(denominator, unitOfCount, false)}` : null,
  ].filter((part): part is string => part !== null)

  return `${prefix}${parts.join(', ')}`
}
