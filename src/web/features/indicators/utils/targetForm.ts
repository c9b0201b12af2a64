import type { IndicatorInfo, TargetInput } from '@/shared/api/indicators.ts'
import type { TargetComparison } from '@/domain/indicators/definition.ts'
import { comparisonNeedsValue } from './indicatorFormat.ts'

export type TargetFormValues = {
  comparison: TargetComparison | null
  /** As typed; NumberInput gives '' when empty. */
  value: number | string
  unconfirmed: boolean
  legalSource: string
  note: string
  effectiveFrom: string | null
}

/** A new target starts from the current one (its rule and source), to be changed from a new date. */
export const targetFormFrom = (indicator: Pick<IndicatorInfo, 'target'>): TargetFormValues => ({
  comparison: indicator.target?.comparison ?? null,
  value: indicator.target?.value ?? '',
  unconfirmed: indicator.target?.unconfirmed ?? false,
  legalSource: indicator.target?.legalSource ?? '',
  note: indicator.target?.note ?? '',
  effectiveFrom: null,
})

/** The payload as the API takes it; the zod schema then checks it. */
export const targetFormToPayload = (values: TargetFormValues): Record<keyof TargetInput, unknown> => {
  const needsValue = comparisonNeedsValue(values.comparison)
  const value =
    typeof values.value === 'number'
      ? values.value
      : values.value.trim() === ''
        ? null
        : Number(values.value.replace(',', '.'))
  return {
    comparison: values.comparison,
    value: needsValue ? value : null,
    unconfirmed: values.unconfirmed,
    legalSource: values.legalSource.trim(),
    note: values.note.trim() === '' ? null : values.note.trim(),
    effectiveFrom: values.effectiveFrom ?? '',
  }
}

/** Messages for empty required fields, clearer than the schema's format errors. */
export const targetRequiredErrors = (values: TargetFormValues): Record<string, string> => {
  const errors: Record<string, string> = {}
  if (!values.comparison) errors.comparison = 'Chọn cách so sánh với chỉ tiêu'
  if (
    comparisonNeedsValue(values.comparison) &&
    (values.value === '' || (typeof values.value === 'string' && values.value.trim() === ''))
  )
    errors.value = 'Nhập giá trị chỉ tiêu'
  if (!values.effectiveFrom) errors.effectiveFrom = 'Nhập ngày bắt đầu áp dụng'
  return errors
}

/** The target form's labels; the audit trail names a target's fields with them. */
export const TARGET_FIELD_LABELS = {
  comparison: 'So sánh',
  value: 'Giá trị',
  effectiveFrom: 'Áp dụng từ ngày',
  legalSource: 'Văn bản giao chỉ tiêu',
  note: 'Ghi chú',
} as const
