// What an audit row is about, in words: "Hành vi tố tụng" of "vụ án số 12/2026", "Cán bộ Nguyễn
// Văn A", "Chỉ tiêu: Tỷ lệ giải quyết tin báo…", never an internal id such as "#12953".
import { formatViDate } from '@/domain/calendar/index.ts'
import { indicatorByCode } from '@/domain/indicators/catalogue.ts'
import type { MatterKind } from '@/domain/register/matter-kinds.ts'
import type { AuditEntry } from '@/shared/api/audit.ts'
import { AUDIT_ENTITY_LABELS, AUDIT_PERSON_ENTITIES } from '@/shared/vocabulary.ts'
import type { AuditReaders } from './auditVocabulary.ts'

export type AuditSubject = {
  /** The kind of record: "Hành vi tố tụng". */
  kind: string
  /** Which one, when it can be named to this reader: "Nguyễn Văn A", "ngày 02/09/2026". */
  name: string | null
  /** The matter it belongs to, to open. */
  matter: NonNullable<AuditEntry['matter']> | null
  /** The person it is about, to open. */
  personId: string | null
}

const MATTER_ENTITIES = new Set(['matter', 'matter_event', 'matter_subject', 'deadline'])

const field = (entry: AuditEntry, key: string): unknown => {
  for (const side of [entry.after, entry.before])
    if (typeof side === 'object' && side !== null && key in side) return (side as Record<string, unknown>)[key]
  return undefined
}

const MATTER_NOUNS: Record<MatterKind, string> = {
  crime_report: 'Nguồn tin',
  criminal_case: 'Vụ án',
  civil: 'Vụ việc dân sự',
  administrative: 'Vụ án hành chính',
}

/** "Vụ án số 12/2026" */
export const matterName = (matter: NonNullable<AuditEntry['matter']>): string =>
  `${MATTER_NOUNS[matter.kind]} số ${matter.number}`

export const auditSubject = (entry: AuditEntry, readers: AuditReaders): AuditSubject => {
  const kind = AUDIT_ENTITY_LABELS[entry.entity] ?? 'Dữ liệu khác'
  const numericId = entry.entityId !== null && /^\d+$/.test(entry.entityId) ? Number(entry.entityId) : null
  const subject: AuditSubject = { kind, name: null, matter: entry.matter, personId: null }

  if (MATTER_ENTITIES.has(entry.entity)) {
    if (entry.entity === 'matter_subject') {
      const fullName = field(entry, 'fullName')
      subject.name = entry.matter && typeof fullName === 'string' ? fullName : null
    }
    // A matter the reader may not read is not named: only that one of the unit's matters changed.
    if (!entry.matter && entry.entityId !== null) subject.name = 'vụ việc ngoài phạm vi được xem'
    return subject
  }
  if (AUDIT_PERSON_ENTITIES.has(entry.entity) && numericId !== null) {
    subject.name = readers.names.people[String(numericId)] ?? null
    subject.personId = String(numericId)
    return subject
  }
  switch (entry.entity) {
    case 'unit':
      subject.name = numericId === null ? null : (readers.unitNames.get(numericId) ?? null)
      return subject
    case 'indicator_target':
    case 'indicator_records': {
      const code = entry.entity === 'indicator_records' ? entry.entityId : field(entry, 'indicator')
      subject.name = typeof code === 'string' ? (indicatorByCode(code)?.name ?? null) : null
      return subject
    }
    case 'official_calendar': {
      const date = field(entry, 'date')
      subject.name = typeof date === 'string' ? `ngày ${formatViDate(date)}` : null
      return subject
    }
    case 'official_calendar_year':
      subject.name = entry.entityId ? `năm ${entry.entityId}` : null
      return subject
    default:
      return subject
  }
}
