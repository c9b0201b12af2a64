// Vietnamese names of the indicator groups and of the units things are counted in, as the
// indicator reports head their sections (DOMAIN.md §3.1 table, §8.3 annex of indicators).
import type { IndicatorDefinition, IndicatorGroup, UnitOfCount } from './definition.ts'

export const INDICATOR_GROUP_LABELS: Record<IndicatorGroup, string> = {
  crime_reports: 'Tố giác, tin báo về tội phạm',
  prosecution: 'Truy tố',
  trial: 'Xét xử',
  appeals: 'Kháng nghị',
  civil_administrative: 'Dân sự, hành chính',
  recommendations: 'Kiến nghị',
  enforcement: 'Thu hồi tài sản',
  custody: 'Tạm giữ, tạm giam',
}

/** The word after a number: '12 vụ', '3 người', '1.000 đồng'. */
export const UNIT_OF_COUNT_LABELS: Record<UnitOfCount, string> = {
  matter: 'vụ',
  person: 'người',
  vnd: 'đồng',
}

/** A rate is numerator ÷ denominator in percent; without a denominator the indicator is a count or an amount (DOMAIN.md §3.2). */
export const isRate = (definition: Pick<IndicatorDefinition, 'denominator'>): boolean => definition.denominator !== null
