// How indicator figures read on screen, in print and in the drill-down list: the same
// function everywhere, so a figure on the dashboard reads exactly as on the list behind it.
import { formatNumber } from '@/shared/format.ts'
import type { IndicatorInfo, TARGET_STATUSES } from '@/shared/api/indicators.ts'
import type { TargetComparison } from '@/domain/indicators/definition.ts'

export type TargetStatus = (typeof TARGET_STATUSES)[number]
export type UnitOfCount = IndicatorInfo['unitOfCount']

/** What the value of an indicator is: a rate in percent, a count, or an amount in đồng. */
export type ValueShape = Pick<IndicatorInfo, 'isRate' | 'unitOfCount'>

/** A numerator or a denominator: a count of matters or persons, or an amount in đồng. */
export const formatPart = (value: number, unitOfCount: UnitOfCount): string =>
  unitOfCount === 'vnd' ? `${formatNumber(Math.round(value))} đồng` : formatNumber(value)

/** '92,3%' for a rate, '1.234' for a count, '12.500.000 đồng' for an amount; '—' when there is nothing to divide by. */
export const formatIndicatorValue = (value: number | null, shape: ValueShape): string => {
  if (value === null) return '—'
  if (shape.isRate) return `${formatNumber(value, 1)}%`
  return formatPart(value, shape.unitOfCount)
}

export const UNIT_OF_COUNT_LABELS: Record<UnitOfCount, string> = {
  matter: 'Vụ việc (tin, vụ)',
  person: 'Người (bị can, bị cáo, người bị tạm giữ, tạm giam)',
  vnd: 'Số tiền (đồng)',
}

/** The noun for rows of the drill-down list. */
export const RECORD_NOUN: Record<UnitOfCount, string> = { matter: 'hồ sơ', person: 'người', vnd: 'hồ sơ' }

export type StatusTone = { color: string; label: string }

export const STATUS_TONES: Record<TargetStatus, StatusTone> = {
  met: { color: 'green', label: 'Đạt' },
  at_risk: { color: 'orange', label: 'Có nguy cơ không đạt' },
  missed: { color: 'red', label: 'Không đạt' },
  no_target: { color: 'gray', label: 'Không có chỉ tiêu' },
}

/** Chart colours for the statuses (Mantine's green.7, orange.6, red.7, gray.5). */
export const STATUS_CHART_COLORS: Record<TargetStatus, string> = {
  met: '#37b24d',
  at_risk: '#fd7e14',
  missed: '#f03e3e',
  no_target: '#adb5bd',
}

export const TARGET_COMPARISON_LABELS: Record<TargetComparison, string> = {
  '>': 'Trên (>)',
  '>=': 'Từ … trở lên (≥)',
  '=': 'Bằng (=)',
  '<=': 'Không quá (≤)',
  '<': 'Dưới (<)',
  higher_than_last_year: 'Cao hơn cùng kỳ năm trước',
  lower_than_last_year: 'Thấp hơn cùng kỳ năm trước',
}

/** Comparisons with last year carry no value. */
export const comparisonNeedsValue = (comparison: TargetComparison | null): boolean =>
  comparison !== 'higher_than_last_year' && comparison !== 'lower_than_last_year'

/** Indicators in the order given, grouped under their group label (first appearance order). */
export const groupIndicators = <T extends { groupLabel: string }>(items: readonly T[]): { label: string; items: T[] }[] => {
  const groups: { label: string; items: T[] }[] = []
  for (const item of items) {
    const group = groups.find((g) => g.label === item.groupLabel)
    if (group) group.items.push(item)
    else groups.push({ label: item.groupLabel, items: [item] })
  }
  return groups
}
