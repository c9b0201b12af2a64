// Audit rows are written with the change, in the same transaction, so a change without
// its audit row cannot exist. Pass plain values, never request objects or tokens.
import type { AuditAction } from '@/shared/vocabulary.ts'
import type { Executor } from '../db/client.ts'
import { auditLog } from '../db/schema.ts'

export type AuditRecord = {
  action: AuditAction
  entity: string
  entityId: string | number | null
  /** The unit owning the record acted on; decides who may read the audit row. */
  unitId: number | null
  /** The matter the row is about, when it is one or belongs to one: the matter's own history. */
  matterId?: number | null
  before?: unknown
  after?: unknown
}

export type AuditOrigin = { actorId: number | null; ip: string | null; requestId: string | null }

export const writeAudit = async (tx: Executor, origin: AuditOrigin, record: AuditRecord): Promise<void> => {
  await tx.insert(auditLog).values({
    actorId: origin.actorId,
    ip: origin.ip,
    requestId: origin.requestId,
    action: record.action,
    entity: record.entity,
    entityId: record.entityId === null ? null : String(record.entityId),
    unitId: record.unitId,
    matterId: record.matterId ?? null,
    before: record.before ?? null,
    after: record.after ?? null,
  })
}

/** Fields whose values never go into the audit log. */
const SECRET_FIELDS = new Set(['passwordHash', 'password', 'csrfToken'])

export const redactSecrets = <T extends Record<string, unknown>>(row: T): Record<string, unknown> => {
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(row))
    copy[key] = SECRET_FIELDS.has(key) ? (value ? '[đã ẩn]' : null) : value
  return copy
}
