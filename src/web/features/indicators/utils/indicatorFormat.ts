// How indicator figures read on screen, in print and in the drill-down list: the same
// function everywhere, so a figure on the dashboard reads exactly as on the list behind it.
import type { TargetComparison } from '@/domain/indicators/definition.ts'
import type { UnitOfCount } from '@/shared/charts/indicatorFormat.ts'
import { formatDate } from '@/shared/format.ts'
// The figures' formatting and status colours live in src/shared/charts (the server's documents use them too).
export {
  formatIndicatorValue,
  formatPart,
  STATUS_TONES,
  type TargetStatus,
  type UnitOfCount,
} from '@/shared/charts/indicatorFormat.ts'

export const UNIT_OF_COUNT_LABELS: Record<UnitOfCount, string> = {
  matter: 'Vụ việc (tin, vụ)',
  person: 'Người (bị can, bị cáo, người bị tạm giữ, tạm giam)',
  vnd: 'Số tiền (đồng)',
}

/** The noun for rows of the drill-down list. */
export const RECORD_NOUN: Record<UnitOfCount, string> = { matter: 'hồ sơ', person: 'người', vnd: 'hồ sơ' }

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
export const groupIndicators = <T extends { groupLabel: string }>(
  items: readonly T[],
): { label: string; items: T[] }[] => {
  const groups: { label: string; items: T[] }[] = []
  for (const item of items) {
    const group = groups.find((g) => g.label === item.groupLabel)
    if (group) group.items.push(item)
    else groups.push({ label: item.groupLabel, items: [item] })
  }
  return groups
}

/**
 * Last year is partial when the register begins after the start of last year's period (a register
 * begun mid-year): the note said beside each comparison instead of a change against a few months
 * ('tăng 88 vụ (1.100%)' reads as a surge that is not one). null when last year is whole.
 */
export const partialLastYearNote = (lastYearFrom: string, registerFrom: string | null): string | null =>
  registerFrom !== null && registerFrom > lastYearFrom
    ? `chưa đủ kỳ (sổ thụ lý có số liệu từ ${formatDate(registerFrom)}), chưa so sánh được`
    : null
