// One way to prove an audited write or read: the audit row exists, was written after `since`
// (a mark taken before the request, so an older row cannot stand in for it), names the action,
// the entity and its id, and — when given — the owning unit and the actor.
import { and, desc, eq, gt, isNull, max } from 'drizzle-orm'
import { expect } from 'vitest'
import type { Database } from '@/server/db/client.ts'
import { auditLog } from '@/server/db/schema.ts'
import type { AuditAction } from '@/shared/vocabulary.ts'

type HasDb = Database | { database: { handle: { db: Database } } }
const dbOf = (source: HasDb): Database => ('database' in source ? source.database.handle.db : source)

/** The newest audit row id: take it before a request, pass it as `since`. */
export const auditMark = async (source: HasDb): Promise<number> => {
  const [row] = await dbOf(source)
    .select({ id: max(auditLog.id) })
    .from(auditLog)
  return Number(row?.id ?? 0)
}

export type AuditExpectation = { since?: number; unitId?: number | null; actorId?: number }

/** Fails unless exactly one audit row (action, entity, id) was written after `since`; returns it. */
export const expectAudited = async (
  source: HasDb,
  action: AuditAction,
  entity: string,
  id: string | number | null,
  expected: AuditExpectation = {},
) => {
  const rows = await dbOf(source)
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, action),
        eq(auditLog.entity, entity),
        id === null ? isNull(auditLog.entityId) : eq(auditLog.entityId, String(id)),
        gt(auditLog.id, expected.since ?? 0),
      ),
    )
    .orderBy(desc(auditLog.id))
  expect(rows.length, `audit rows ${action} ${entity} ${id}`).toBe(1)
  const row = rows[0]!
  if (expected.unitId !== undefined)
    expect(row.unitId, `unit of the audit row ${action} ${entity} ${id}`).toBe(expected.unitId)
  if (expected.actorId !== undefined)
    expect(row.actorId, `actor of the audit row ${action} ${entity} ${id}`).toBe(expected.actorId)
  return row
}

/** Fails if any audit row was written after `since` (a refused request audits nothing). */
export const expectNothingAudited = async (source: HasDb, since: number) => {
  expect(await auditMark(source), 'audit rows written after the mark').toBe(since)
}
