// The audit viewer: administrators and leadership read the rows of the units they reach.
import type { z } from 'zod'
import type { AuditQuery as AuditQuerySchema } from '@/shared/api/audit.ts'
import { and, count, desc, eq, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm'
import type { AuditEntry } from '@/shared/api/audit.ts'
import type { AuditAction } from '@/shared/vocabulary.ts'
import type { Database } from '../../db/client.ts'
import { auditLog, people } from '../../db/schema.ts'
import { AppError } from '../../platform/app-error.ts'
import { authorizeAnywhere, permittedUnits, type RequestContext } from '../../platform/actor.ts'
import { toIsoInstant } from '../../platform/time.ts'

export type AuditQuery = z.output<typeof AuditQuerySchema>

/** Dates are Vietnamese days: 'from' 01/12 means from 00:00 on 01/12 in UTC+7. */
const startOfVietnamDay = (day: string) => sql`(${day}::date::timestamp at time zone 'Asia/Ho_Chi_Minh')`

export const listAudit = async (db: Database, ctx: RequestContext, query: AuditQuery) => {
  authorizeAnywhere(ctx, 'audit.read')
  const readable = permittedUnits(ctx, 'audit.read')
  if (query.unitId !== undefined && !readable.has(query.unitId))
    throw new AppError('UNIT_NOT_FOUND', 'Không tìm thấy đơn vị')
  // Rows that belong to no unit (a sign-in with an unknown username) are for the
  // administrators of a whole tree only.
  const seesUnowned = ctx.actor.grants.some((g) => g.role === 'admin' && ctx.tree.byId.get(g.unitId)?.parentId === null)
  const unitIds = query.unitId !== undefined ? [query.unitId] : [...readable]

  const where: SQL | undefined = and(
    query.unitId === undefined && seesUnowned
      ? or(inArray(auditLog.unitId, unitIds), isNull(auditLog.unitId))
      : inArray(auditLog.unitId, unitIds),
    query.actorId !== undefined ? eq(auditLog.actorId, query.actorId) : undefined,
    query.entity ? eq(auditLog.entity, query.entity) : undefined,
    query.entityId ? eq(auditLog.entityId, query.entityId) : undefined,
    query.action ? eq(auditLog.action, query.action) : undefined,
    query.from ? gte(auditLog.at, startOfVietnamDay(query.from)) : undefined,
    query.to ? lt(auditLog.at, sql`${startOfVietnamDay(query.to)} + interval '1 day'`) : undefined,
  )
  const [total] = await db.select({ n: count() }).from(auditLog).where(where)
  const rows = await db
    .select({ row: auditLog, actorName: people.fullName })
    .from(auditLog)
    .leftJoin(people, eq(people.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)

  const items: AuditEntry[] = rows.map(({ row, actorName }) => ({
    id: row.id,
    at: toIsoInstant(row.at)!,
    actorId: row.actorId,
    actorName,
    unitId: row.unitId,
    unitName: row.unitId === null ? null : (ctx.tree.byId.get(row.unitId)?.name ?? null),
    action: row.action as AuditAction,
    entity: row.entity,
    entityId: row.entityId,
    before: row.before,
    after: row.after,
    ip: row.ip,
    requestId: row.requestId,
  }))

  return { items, total: total?.n ?? 0 }
}
