// The audit log's reads. Rows are written by src/server/platform/audit.ts, in the transaction of
// the change they record; this module only reads them, with the names a reader needs beside them.
import { and, asc, count, desc, eq, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm'
import type { AuditAction } from '@/shared/vocabulary.ts'
import type { Executor } from '../../db/client.ts'
import { auditLog, matterSubjects, matters, people } from '../../db/schema.ts'

export type AuditFilter = {
  unitIds: number[]
  /** Rows that belong to no unit (a sign-in with an unknown username) are included too. */
  withUnowned: boolean
  actorId?: number | undefined
  entity?: string | undefined
  entityId?: string | undefined
  matterId?: number | undefined
  action?: AuditAction | undefined
  /** Vietnamese days, inclusive. */
  from?: string | undefined
  to?: string | undefined
}

/** Dates are Vietnamese days: 'from' 01/12 means from 00:00 on 01/12 in UTC+7. */
const startOfVietnamDay = (day: string) => sql`(${day}::date::timestamp at time zone 'Asia/Ho_Chi_Minh')`

const whereOf = (filter: AuditFilter): SQL | undefined =>
  and(
    filter.withUnowned
      ? or(inArray(auditLog.unitId, filter.unitIds), isNull(auditLog.unitId))
      : inArray(auditLog.unitId, filter.unitIds),
    filter.actorId !== undefined ? eq(auditLog.actorId, filter.actorId) : undefined,
    filter.entity ? eq(auditLog.entity, filter.entity) : undefined,
    filter.entityId ? eq(auditLog.entityId, filter.entityId) : undefined,
    filter.matterId !== undefined ? eq(auditLog.matterId, filter.matterId) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.from ? gte(auditLog.at, startOfVietnamDay(filter.from)) : undefined,
    filter.to ? lt(auditLog.at, sql`${startOfVietnamDay(filter.to)} + interval '1 day'`) : undefined,
  )

export const countAuditRows = async (db: Executor, filter: AuditFilter): Promise<number> => {
  const [total] = await db.select({ n: count() }).from(auditLog).where(whereOf(filter))
  return total?.n ?? 0
}

/** One page, newest first, with the actor's name. */
export const findAuditRows = async (db: Executor, filter: AuditFilter, page: { limit: number; offset: number }) =>
  db
    .select({ row: auditLog, actorName: people.fullName })
    .from(auditLog)
    .leftJoin(people, eq(people.id, auditLog.actorId))
    .where(whereOf(filter))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(page.limit)
    .offset(page.offset)

export type MatterReference = { id: number; unitId: number; kind: string; number: string; title: string }

export const findMattersByIds = async (db: Executor, ids: number[]): Promise<MatterReference[]> =>
  ids.length === 0
    ? []
    : db
        .select({
          id: matters.id,
          unitId: matters.unitId,
          kind: matters.kind,
          number: matters.number,
          title: matters.title,
        })
        .from(matters)
        .where(inArray(matters.id, ids))

/** The people of the given matters, by id: an act's values name them by id. */
export const findSubjectNames = async (db: Executor, matterIds: number[]) =>
  matterIds.length === 0
    ? []
    : db
        .select({ id: matterSubjects.id, fullName: matterSubjects.fullName })
        .from(matterSubjects)
        .where(inArray(matterSubjects.matterId, matterIds))
        .orderBy(asc(matterSubjects.id))
