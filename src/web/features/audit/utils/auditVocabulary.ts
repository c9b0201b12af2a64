// What each field of an audit row is called and how its value reads, per kind of record. The
// labels are the forms' own (the act form's EVENT_FIELDS, the matter, subject, target and
// calendar forms' label tables), so a reader meets one vocabulary on the form and in the trail.
import { formatViDate } from '@/domain/calendar/index.ts'
import { indicatorByCode } from '@/domain/indicators/catalogue.ts'
import type { TargetComparison } from '@/domain/indicators/definition.ts'
import { parsePeriodKey } from '@/domain/indicators/periods.ts'
import { EVENT_TYPES, isEventType } from '@/domain/register/event-types.ts'
import { MATTER_KIND_LABELS, type MatterKind } from '@/domain/register/matter-kinds.ts'
import type { AuditNames } from '@/shared/api/audit.ts'
import { OFFICIAL_CALENDAR_KIND_LABELS, type OfficialCalendarKind } from '@/shared/api/calendar.ts'
import { formatDate, formatDateTime, formatNumber } from '@/shared/format.ts'
import { ROLE_LABELS, STAFF_TITLE_LABELS, UNIT_LEVEL_LABELS } from '@/shared/vocabulary.ts'
import { TARGET_FIELD_LABELS } from '@/web/features/indicators/utils/targetForm.ts'
import { TARGET_COMPARISON_LABELS } from '@/web/features/indicators/utils/indicatorFormat.ts'
import { OFFICIAL_ENTRY_FIELD_LABELS } from '@/web/features/calendar/utils/officialEntryForm.ts'
import { eventValueLines } from '@/web/features/register/utils/eventValues.ts'
import { ACT_FIELD_LABELS, MATTER_FIELD_LABELS, SUBJECT_FIELD_LABELS } from '@/web/features/register/utils/labels.ts'
import { PERSON_FIELD_LABELS } from '@/web/features/people/utils/personForm.ts'
import { UNIT_FIELD_LABELS } from '@/web/features/units/utils/unitForm.ts'

export type UnitNames = ReadonlyMap<number, string>
export type AuditReaders = { unitNames: UnitNames; names: AuditNames }

/** How one field reads: its label, and its value in words (given the whole record for context). */
type FieldRule = {
  label: string
  value?: (value: unknown, record: Record<string, unknown>, readers: AuditReaders) => string
  /** A field holding several values of its own (an act's details), shown one line each. */
  lines?: (value: unknown, record: Record<string, unknown>, readers: AuditReaders) => { label: string; value: string }[]
}
type FieldRules = Readonly<Record<string, FieldRule>>

export const EMPTY = '—'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const unitName = (value: unknown, { unitNames }: AuditReaders) =>
  typeof value === 'number' ? (unitNames.get(value) ?? 'Đơn vị ngoài phạm vi được xem') : plain(value)
const personName = (value: unknown, _: unknown, { names }: AuditReaders) =>
  typeof value === 'number' ? (names.people[String(value)] ?? 'Cán bộ ngoài phạm vi được xem') : plain(value)
const subjectName = (names: AuditNames) => (id: number) => names.subjects[String(id)] ?? 'người không còn trong vụ việc'
const count = (noun: string) => (value: unknown) =>
  typeof value === 'number' ? `${formatNumber(value)} ${noun}` : plain(value)
const labelled =
  (labels: Readonly<Record<string, string>>) =>
  (value: unknown): string =>
    typeof value === 'string' ? (labels[value] ?? value) : plain(value)

/** A value with no rule of its own: dates as dd/mm/yyyy, yes/no, numbers the Vietnamese way. */
const plain = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return EMPTY
  if (typeof value === 'boolean') return value ? 'Có' : 'Không'
  if (typeof value === 'number') return formatNumber(value)
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value)
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}[T ]/.test(value)) return formatDateTime(value)
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.length === 0 ? 'Không có' : value.map(plain).join('; ')
  return 'Giá trị có cấu trúc'
}

const periodLabel = (value: unknown) =>
  typeof value === 'string' ? (parsePeriodKey(value)?.label ?? value) : plain(value)
const indicatorName = (value: unknown) =>
  typeof value === 'string' ? (indicatorByCode(value)?.name ?? 'Chỉ tiêu không còn trong danh mục') : plain(value)

const recomputeText = (value: unknown): string =>
  isRecord(value)
    ? `Đã xếp lịch tính lại ${formatNumber(Number(value.deadlines ?? 0))} thời hạn của ${formatNumber(Number(value.matters ?? 0))} vụ việc`
    : 'Không có thời hạn nào phải tính lại'

const COMMON: FieldRules = {
  reason: { label: 'Lý do' },
  legalSource: { label: 'Căn cứ' },
  note: { label: 'Ghi chú' },
  unitId: { label: 'Đơn vị', value: (v, _, r) => unitName(v, r) },
  personId: { label: 'Cán bộ', value: personName },
  updatedByName: { label: 'Người cập nhật' },
  withdrawnAt: { label: 'Rút lúc' },
  movedDeadlines: { label: 'Thời hạn đã dời ngay', value: count('thời hạn') },
  recompute: { label: 'Tính lại thời hạn', value: recomputeText },
  rows: { label: 'Số dòng', value: count('dòng') },
  username: { label: 'Tên đăng nhập' },
  ip: { label: 'Địa chỉ IP' },
}

const THROTTLE_REASONS: Record<string, string> = {
  username_address: 'Sai mật khẩu nhiều lần cho một tên đăng nhập từ một địa chỉ',
  address: 'Sai mật khẩu nhiều lần từ một địa chỉ',
  current_password: 'Nhập sai mật khẩu hiện tại nhiều lần',
}

const SIGN_IN: FieldRules = {
  failures: { label: 'Số lần nhập sai', value: count('lần') },
  reason: { label: 'Lý do tạm khóa', value: labelled(THROTTLE_REASONS) },
  delaySeconds: { label: 'Phải chờ', value: count('giây') },
}

const eventTypeLabel = (value: unknown) =>
  typeof value === 'string' && isEventType(value) ? EVENT_TYPES[value].label : plain(value)

const ACT: FieldRules = {
  type: { label: ACT_FIELD_LABELS.type, value: eventTypeLabel },
  occurredOn: { label: ACT_FIELD_LABELS.occurredOn },
  occurredAt: { label: ACT_FIELD_LABELS.occurredAt },
  subjectId: {
    label: ACT_FIELD_LABELS.subjectId,
    value: (v, _, r) => (typeof v === 'number' ? subjectName(r.names)(v) : plain(v)),
  },
  documentNumber: { label: ACT_FIELD_LABELS.documentNumber },
  issuingBody: { label: ACT_FIELD_LABELS.issuingBody },
  data: { label: 'Nội dung', lines: (v, record, r) => eventValueLines(record.type, v, subjectName(r.names)) },
  voided: { label: 'Hiệu lực', value: (v) => (v === true ? 'Đã hủy' : 'Còn hiệu lực') },
  voidReason: { label: 'Lý do hủy' },
}

const MATTER: FieldRules = {
  kind: { label: MATTER_FIELD_LABELS.kind, value: labelled(MATTER_KIND_LABELS satisfies Record<MatterKind, string>) },
  unitId: { label: MATTER_FIELD_LABELS.unitId, value: (v, _, r) => unitName(v, r) },
  number: { label: MATTER_FIELD_LABELS.number },
  title: { label: MATTER_FIELD_LABELS.title },
  prosecutorId: { label: MATTER_FIELD_LABELS.prosecutorId, value: personName },
  subjects: { label: 'Bị can, đương sự' },
  initialEvent: { label: 'Hành vi mở đầu', value: eventTypeLabel },
}

const SUBJECT: FieldRules = {
  fullName: { label: SUBJECT_FIELD_LABELS.fullName },
  birthYear: { label: SUBJECT_FIELD_LABELS.birthYear, value: (v) => (typeof v === 'number' ? String(v) : plain(v)) },
  gender: { label: SUBJECT_FIELD_LABELS.gender, value: labelled({ nam: 'Nam', nu: 'Nữ' }) },
}

const inForceText = (value: unknown) =>
  isRecord(value) && typeof value.effectiveFrom === 'string'
    ? `Chỉ tiêu áp dụng từ ${formatViDate(value.effectiveFrom)}${
        typeof value.effectiveTo === 'string' ? ` đến ${formatViDate(value.effectiveTo)}` : ''
      }`
    : 'Không có'

const TARGET: FieldRules = {
  indicator: { label: 'Chỉ tiêu', value: indicatorName },
  comparison: {
    label: TARGET_FIELD_LABELS.comparison,
    value: labelled(TARGET_COMPARISON_LABELS satisfies Record<TargetComparison, string>),
  },
  value: { label: TARGET_FIELD_LABELS.value, value: (v) => (typeof v === 'number' ? formatNumber(v) : plain(v)) },
  effectiveFrom: { label: TARGET_FIELD_LABELS.effectiveFrom },
  effectiveTo: { label: 'Áp dụng đến ngày' },
  legalSource: { label: TARGET_FIELD_LABELS.legalSource },
  note: { label: TARGET_FIELD_LABELS.note },
  reason: { label: 'Lý do rút' },
  inForceAgain: { label: 'Có hiệu lực trở lại', value: inForceText },
}

const RECORDS: FieldRules = {
  period: { label: 'Kỳ số liệu', value: periodLabel },
  part: { label: 'Danh sách', value: labelled({ numerator: 'Tử số', denominator: 'Mẫu số' }) },
  asOf: { label: 'Số liệu tính đến' },
}

const closedFiguresText = (value: unknown) =>
  isRecord(value)
    ? Object.entries(value)
        .map(([code, pair]) => {
          const [numerator, denominator] = Array.isArray(pair) ? pair : []
          const figures =
            denominator === null || denominator === undefined
              ? plain(numerator)
              : `${plain(numerator)}/${plain(denominator)}`
          return `${indicatorName(code)}: ${figures}`
        })
        .join('; ')
    : plain(value)

const CLOSURE: FieldRules = {
  period: { label: 'Kỳ số liệu', value: periodLabel },
  figures: { label: 'Số liệu đã chốt', value: closedFiguresText },
}

const CALENDAR_ENTRY: FieldRules = {
  date: { label: OFFICIAL_ENTRY_FIELD_LABELS.date },
  kind: {
    label: OFFICIAL_ENTRY_FIELD_LABELS.kind,
    value: labelled(OFFICIAL_CALENDAR_KIND_LABELS satisfies Record<OfficialCalendarKind, string>),
  },
  reason: { label: OFFICIAL_ENTRY_FIELD_LABELS.reason },
  legalSource: { label: OFFICIAL_ENTRY_FIELD_LABELS.legalSource },
}

const CALENDAR_YEAR: FieldRules = {
  year: { label: 'Năm' },
  decision: { label: 'Văn bản công bố lịch nghỉ' },
  decidedOn: { label: 'Ngày ban hành' },
}

const CALENDAR_MANAGER: FieldRules = {
  personId: { label: 'Cán bộ được giao sửa lịch chính thức', value: personName },
  grantedBy: { label: 'Người giao quyền', value: personName },
}

const byKey = (noun: string, keyLabel: (key: string) => string) => (value: unknown) =>
  isRecord(value)
    ? Object.entries(value)
        .map(([key, n]) => `${keyLabel(key)}: ${typeof n === 'number' ? `${formatNumber(n)} ${noun}` : plain(n)}`)
        .join('; ')
    : plain(value)

const EXPORT_FILTER: FieldRules = {
  kind: { label: MATTER_FIELD_LABELS.kind, value: labelled(MATTER_KIND_LABELS) },
  unitId: { label: MATTER_FIELD_LABELS.unitId, value: (v, _, r) => unitName(v, r) },
  q: { label: 'Từ khóa' },
  stage: { label: 'Giai đoạn' },
  prosecutorId: { label: MATTER_FIELD_LABELS.prosecutorId, value: personName },
  from: { label: 'Từ ngày' },
  to: { label: 'Đến ngày' },
  status: { label: 'Trạng thái' },
  scope: { label: 'Phạm vi' },
  sort: { label: 'Sắp xếp' },
  includeDescendants: { label: 'Gồm đơn vị trực thuộc' },
}

const REGISTER_FILES: FieldRules = {
  fileSha256: { label: 'Dấu vân tay của tệp (SHA-256)' },
  matters: { label: 'Số vụ việc', value: count('vụ việc') },
  subjects: { label: 'Số bị can, đương sự', value: count('người') },
  events: { label: 'Số hành vi tố tụng', value: count('hành vi') },
  deadlines: { label: 'Số thời hạn', value: count('thời hạn') },
  byUnit: { label: 'Theo đơn vị', value: byKey('vụ việc', (code) => `mã ${code}`) },
  byKind: { label: 'Theo loại', value: byKey('vụ việc', (kind) => MATTER_KIND_LABELS[kind as MatterKind] ?? kind) },
  filter: {
    label: 'Điều kiện lọc',
    value: (v, _, readers) =>
      isRecord(v)
        ? Object.entries(v)
            .filter(([, x]) => x !== undefined && x !== null && x !== '')
            .map(([key, x]) => {
              const rule = EXPORT_FILTER[key]
              return `${rule?.label ?? 'Điều kiện khác'}: ${rule?.value ? rule.value(x, v, readers) : plain(x)}`
            })
            .join('; ') || 'Không lọc'
        : plain(v),
  },
}

const DEMO: FieldRules = {
  ...REGISTER_FILES,
  units: { label: 'Số đơn vị', value: count('đơn vị') },
  people: { label: 'Số cán bộ', value: count('cán bộ') },
  logins: { label: 'Tài khoản dùng thử' },
  today: { label: 'Ngày tạo dữ liệu' },
}

/** The demo plans' load (src/server/seed/load-plan.ts). */
const DEMO_PLAN: FieldRules = {
  plans: { label: 'Số kế hoạch', value: count('kế hoạch') },
  targets: { label: 'Số chỉ tiêu', value: count('chỉ tiêu') },
  tasks: { label: 'Số nhiệm vụ', value: count('nhiệm vụ') },
  reports: { label: 'Số báo cáo tiến độ', value: count('báo cáo') },
  year: { label: 'Năm thống kê' },
}

const rolesText = (value: unknown, _: unknown, { unitNames }: AuditReaders) =>
  Array.isArray(value)
    ? value.length === 0
      ? 'Không có'
      : value
          .map((grant: unknown) => {
            if (!isRecord(grant)) return plain(grant)
            const role = ROLE_LABELS[grant.role as keyof typeof ROLE_LABELS] ?? plain(grant.role)
            const unit =
              typeof grant.unitName === 'string'
                ? grant.unitName
                : typeof grant.unitId === 'number'
                  ? (unitNames.get(grant.unitId) ?? 'đơn vị ngoài phạm vi được xem')
                  : ''
            return unit ? `${role} – ${unit}` : role
          })
          .join('; ')
    : plain(value)

const PERSON: FieldRules = {
  ...Object.fromEntries(Object.entries(PERSON_FIELD_LABELS).map(([field, label]) => [field, { label }])),
  unitId: { label: PERSON_FIELD_LABELS.unitId, value: (v, _, r) => unitName(v, r) },
  title: { label: PERSON_FIELD_LABELS.title, value: labelled(STAFF_TITLE_LABELS) },
  gender: { label: PERSON_FIELD_LABELS.gender, value: labelled({ nam: 'Nam', nu: 'Nữ' }) },
  active: {
    label: PERSON_FIELD_LABELS.active,
    value: (v) => (v === true ? 'Đang công tác' : v === false ? 'Đã nghỉ' : plain(v)),
  },
  birthYear: { label: PERSON_FIELD_LABELS.birthYear, value: (v) => (typeof v === 'number' ? String(v) : plain(v)) },
  password: { label: 'Mật khẩu', value: () => '••••••' },
  passwordHash: { label: 'Mật khẩu', value: () => '••••••' },
  roles: { label: 'Vai trò', value: rolesText },
  ...SIGN_IN,
}

const UNIT: FieldRules = {
  ...Object.fromEntries(Object.entries(UNIT_FIELD_LABELS).map(([field, label]) => [field, { label }])),
  level: { label: UNIT_FIELD_LABELS.level, value: labelled(UNIT_LEVEL_LABELS) },
  parentId: { label: UNIT_FIELD_LABELS.parentId, value: (v, _, r) => unitName(v, r) },
  successorId: { label: UNIT_FIELD_LABELS.successorId, value: (v, _, r) => unitName(v, r) },
}

const RULES_BY_ENTITY: Readonly<Record<string, FieldRules>> = {
  // An export of the register or of the deadlines is audited on its kind of record, with its filter.
  matter: { ...MATTER, filter: REGISTER_FILES.filter! },
  deadline: { filter: REGISTER_FILES.filter! },
  matter_event: ACT,
  matter_subject: SUBJECT,
  indicator_target: TARGET,
  indicator_records: RECORDS,
  period_closure: CLOSURE,
  official_calendar: CALENDAR_ENTRY,
  official_calendar_year: CALENDAR_YEAR,
  national_calendar_manager: CALENDAR_MANAGER,
  register_import: REGISTER_FILES,
  demo: DEMO,
  demo_activity: DEMO,
  demo_plan: DEMO_PLAN,
  person: PERSON,
  unit: UNIT,
  session: SIGN_IN,
}

/** Bookkeeping that changes on every save, or ids already shown as the row's record. */
const HIDDEN_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'updatedBy', 'version', 'sequence', 'matterId', 'jobId'])

export const isHiddenField = (field: string) => HIDDEN_FIELDS.has(field)

/** Fields in the order their form asks them; fields without a rule of the record's kind after them. */
export const inFormOrder = (entity: string, fields: string[]): string[] => {
  const order = Object.keys(RULES_BY_ENTITY[entity] ?? {})
  const rank = (field: string) => {
    const at = order.indexOf(field)
    return at === -1 ? order.length : at
  }
  return fields
    .map((field, at) => ({ field, at }))
    .sort((x, y) => rank(x.field) - rank(y.field) || x.at - y.at)
    .map((f) => f.field)
}

const ruleOf = (entity: string, field: string): FieldRule | undefined =>
  RULES_BY_ENTITY[entity]?.[field] ?? COMMON[field]

/** A field's label for a kind of record; a field nobody named yet is "Thông tin khác", never its code. */
export const fieldLabel = (entity: string, field: string): string => ruleOf(entity, field)?.label ?? 'Thông tin khác'

/** A stored value as a reader understands it. */
export const formatFieldValue = (
  entity: string,
  field: string,
  value: unknown,
  record: Record<string, unknown>,
  readers: AuditReaders,
): string => {
  if (value === null || value === undefined || value === '') return EMPTY
  const rule = ruleOf(entity, field)
  return rule?.value ? rule.value(value, record, readers) : plain(value)
}

/** The lines a field stands for: one for most, one per detail for an act's `data`. */
export const fieldLines = (
  entity: string,
  field: string,
  value: unknown,
  record: Record<string, unknown>,
  readers: AuditReaders,
): { key: string; label: string; value: string }[] => {
  const rule = ruleOf(entity, field)
  if (rule?.lines) return rule.lines(value, record, readers).map((line) => ({ key: `${field}.${line.label}`, ...line }))
  return [
    { key: field, label: fieldLabel(entity, field), value: formatFieldValue(entity, field, value, record, readers) },
  ]
}
