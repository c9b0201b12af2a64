import type { CreateUnit, Unit } from '@/shared/api/units.ts'
import type { UnitLevel } from '@/shared/vocabulary.ts'

export type UnitFormValues = {
  code: string
  name: string
  shortName: string
  level: UnitLevel | null
  parentId: string | null
  successorId: string | null
  validFrom: string | null
  validTo: string | null
  sortOrder: string | number
}

export const emptyUnitForm = (parentId: number | null): UnitFormValues => ({
  code: '',
  name: '',
  shortName: '',
  level: null,
  parentId: parentId === null ? null : String(parentId),
  successorId: null,
  validFrom: null,
  validTo: null,
  sortOrder: '',
})

export const unitToForm = (unit: Unit): UnitFormValues => ({
  code: unit.code,
  name: unit.name,
  shortName: unit.shortName ?? '',
  level: unit.level,
  parentId: unit.parentId === null ? null : String(unit.parentId),
  successorId: unit.successorId === null ? null : String(unit.successorId),
  validFrom: unit.validFrom,
  validTo: unit.validTo,
  sortOrder: unit.sortOrder,
})

const idOrNull = (value: string | null): number | null => (value === null ? null : Number(value))

/** The payload as the API takes it; the zod schema then checks it. */
export const unitFormToPayload = (values: UnitFormValues): Record<keyof CreateUnit, unknown> => ({
  code: values.code.trim(),
  name: values.name.trim(),
  shortName: values.shortName.trim() === '' ? null : values.shortName.trim(),
  level: values.level,
  parentId: idOrNull(values.parentId),
  successorId: idOrNull(values.successorId),
  validFrom: values.validFrom ?? '',
  validTo: values.validTo,
  sortOrder: values.sortOrder === '' ? undefined : Number(values.sortOrder),
})

export const unitRequiredErrors = (values: UnitFormValues): Record<string, string> => {
  const errors: Record<string, string> = {}
  if (!values.level) errors.level = 'Chọn cấp đơn vị'
  if (!values.validFrom) errors.validFrom = 'Nhập ngày bắt đầu hoạt động'
  if (values.validFrom && values.validTo && values.validTo < values.validFrom)
    errors.validTo = 'Ngày kết thúc phải sau ngày bắt đầu'
  return errors
}

/** The unit form's and page's labels; the audit trail names a unit's fields with them. */
export const UNIT_FIELD_LABELS = {
  code: 'Mã đơn vị',
  name: 'Tên đơn vị',
  shortName: 'Tên viết tắt',
  level: 'Cấp đơn vị',
  parentId: 'Trực thuộc',
  successorId: 'Đơn vị kế thừa',
  validFrom: 'Hoạt động từ ngày',
  validTo: 'Đến ngày',
  sortOrder: 'Thứ tự hiển thị',
  reason: 'Lý do',
} as const
