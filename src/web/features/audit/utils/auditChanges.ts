import { formatDate, formatDateTime } from '@/shared/format.ts'
import { ROLE_LABELS, STAFF_TITLE_LABELS, UNIT_LEVEL_LABELS } from '@/shared/vocabulary.ts'

export type FieldChange = { field: string; label: string; before: string; after: string }

const FIELD_LABELS: Record<string, string> = {
  fullName: 'Họ và tên',
  title: 'Chức danh',
  unitId: 'Đơn vị',
  unitName: 'Tên đơn vị công tác',
  email: 'Email',
  phone: 'Điện thoại',
  birthYear: 'Năm sinh',
  gender: 'Giới tính',
  active: 'Trạng thái',
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  passwordHash: 'Mật khẩu',
  roles: 'Vai trò',
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
}

// Bookkeeping columns that change on every save and say nothing to the reader.
const HIDDEN_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'version'])

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const EMPTY = '—'

export type UnitNames = ReadonlyMap<number, string>

/** A stored value as a reader understands it: labels for codes, names for unit ids, dd/mm/yyyy for dates. */
export const formatAuditValue = (field: string, value: unknown, unitNames: UnitNames): string => {
  if (value === null || value === undefined || value === '') return EMPTY
  if (field === 'password' || field === 'passwordHash') return '••••••'
  if (field === 'title' && typeof value === 'string')
    return STAFF_TITLE_LABELS[value as keyof typeof STAFF_TITLE_LABELS] ?? value
  if (field === 'level' && typeof value === 'string')
    return UNIT_LEVEL_LABELS[value as keyof typeof UNIT_LEVEL_LABELS] ?? value
  if (field === 'gender') return value === 'nam' ? 'Nam' : value === 'nu' ? 'Nữ' : String(value)
  if (field === 'active' && typeof value === 'boolean') return value ? 'Đang công tác' : 'Đã nghỉ'
  if ((field === 'unitId' || field === 'parentId' || field === 'successorId') && typeof value === 'number') {
    return unitNames.get(value) ?? `Đơn vị #${value}`
  }
  if (field === 'roles' && Array.isArray(value)) {
    if (value.length === 0) return 'Không có'
    return value
      .map((grant: unknown) => {
        if (!isRecord(grant)) return String(grant)
        const role = ROLE_LABELS[grant.role as keyof typeof ROLE_LABELS] ?? String(grant.role)
        const unit =
          typeof grant.unitName === 'string'
            ? grant.unitName
            : typeof grant.unitId === 'number'
              ? (unitNames.get(grant.unitId) ?? `#${grant.unitId}`)
              : ''
        return unit ? `${role} – ${unit}` : role
      })
      .join('; ')
  }
  if (typeof value === 'boolean') return value ? 'Có' : 'Không'
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value)
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value)
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  return JSON.stringify(value)
}

export const fieldLabel = (field: string): string => FIELD_LABELS[field] ?? field

/** The fields that differ between before and after (a creation has only after, a deletion only before). */
export const auditChanges = (before: unknown, after: unknown, unitNames: UnitNames): FieldChange[] => {
  const b = isRecord(before) ? before : {}
  const a = isRecord(after) ? after : {}
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !HIDDEN_FIELDS.has(f))
  return fields
    .filter((field) => JSON.stringify(b[field]) !== JSON.stringify(a[field]))
    .map((field) => ({
      field,
      label: fieldLabel(field),
      before: field in b ? formatAuditValue(field, b[field], unitNames) : EMPTY,
      after: field in a ? formatAuditValue(field, a[field], unitNames) : EMPTY,
    }))
}
