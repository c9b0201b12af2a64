// The audit viewer: administrators and leadership read the rows of the units they reach, with
// the matter each row is about named by its number and title, and the people its values name.
import type { z } from 'zod'
import type { AuditQuery as AuditQuerySchema } from '@/shared/api/audit.ts'
import type { AuditEntry, AuditNames } from '@/shared/api/audit.ts'
import type { MatterKind } from '@/domain/register/matter-kinds.ts'
import { AUDIT_PERSON_ENTITIES, type AuditAction } from '@/shared/vocabulary.ts'
import type { Database } from '../../db/client.ts'
import { AppError } from '../../platform/app-error.ts'
import { authorizeAnywhere, can, permittedUnits, type RequestContext } from '../../platform/actor.ts'
import { toIsoInstant } from '../../platform/time.ts'
import { personNames } from '../people/index.ts'
import {
  countAuditRows,
  findAuditRows,
  findMattersByIds,
  findSubjectNames,
  type AuditFilter,
} from './audit.repository.ts'

export type AuditQuery = z.output<typeof AuditQuerySchema>

/** Fields whose numbers are people of the staff (the rest of the ids are named by the web's vocabulary). */
const PERSON_FIELDS = new Set(['personId', 'prosecutorId', 'createdBy', 'updatedBy', 'withdrawnBy', 'voidedBy'])

const personIdsIn = (values: unknown[]): number[] => {
  const ids = new Set<number>()
  for (const value of values) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue
    for (const [field, id] of Object.entries(value))
      if (PERSON_FIELDS.has(field) && typeof id === 'number' && Number.isInteger(id)) ids.add(id)
  }
  return [...ids]
}

export const listAudit = async (
  db: Database,
  ctx: RequestContext,
  query: AuditQuery,
): Promise<{ items: AuditEntry[]; total: number; names: AuditNames }> => {
  authorizeAnywhere(ctx, 'audit.read')
  const readable = permittedUnits(ctx, 'audit.read')
  if (query.unitId !== undefined && !readable.has(query.unitId))
    throw new AppError('UNIT_NOT_FOUND', 'Không tìm thấy đơn vị')
  // Rows that belong to no unit (a sign-in with an unknown username) are for the
  // administrators of a whole tree only.
  const seesUnowned = ctx.actor.grants.some((g) => g.role === 'admin' && ctx.tree.byId.get(g.unitId)?.parentId === null)
  const filter: AuditFilter = {
    unitIds: query.unitId !== undefined ? [query.unitId] : [...readable],
    withUnowned: query.unitId === undefined && query.matterId === undefined && seesUnowned,
    actorId: query.actorId,
    entity: query.entity,
    entityId: query.entityId,
    matterId: query.matterId,
    action: query.action,
    from: query.from,
    to: query.to,
  }
  const total = await countAuditRows(db, filter)
  const rows = await findAuditRows(db, filter, {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  })

  // A matter is named only to a reader who may read it: reading the audit of a unit is not
  // reading its case files (an administrator sees that a matter changed, not which one).
  const matterIds = [...new Set(rows.map(({ row }) => row.matterId).filter((id): id is number => id !== null))]
  const readableMatters = new Map(
    (await findMattersByIds(db, matterIds))
      .filter((m) => can(ctx, 'matter.read', m.unitId))
      .map((m) => [m.id, { id: m.id, kind: m.kind as MatterKind, number: m.number, title: m.title }]),
  )
  const subjects = await findSubjectNames(db, [...readableMatters.keys()])
  const people = await personNames(db, [
    ...new Set([
      ...personIdsIn(rows.flatMap(({ row }) => [row.before, row.after])),
      ...rows.flatMap(({ row }) =>
        AUDIT_PERSON_ENTITIES.has(row.entity) && row.entityId !== null && /^\d+$/.test(row.entityId)
          ? [Number(row.entityId)]
          : [],
      ),
    ]),
  ])

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
    matter: row.matterId === null ? null : (readableMatters.get(row.matterId) ?? null),
    before: row.before,
    after: row.after,
    ip: row.ip,
    requestId: row.requestId,
  }))

  return {
    items,
    total,
    names: {
      people: Object.fromEntries([...people].map(([id, fullName]) => [String(id), fullName])),
      subjects: Object.fromEntries(subjects.map((s) => [String(s.id), s.fullName])),
    },
  }
}
