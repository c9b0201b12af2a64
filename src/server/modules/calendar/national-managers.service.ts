// Who may change the national official calendar (access-rules.ts canManageNationalCalendar): the
// supreme level's administrators, and the administrators they grant it here. Granting and revoking
// are the supreme administrators' alone, and audited.
import { canManageNationalCalendar, isSupremeAdministrator } from '@/domain/access/access-rules.ts'
import type { Database, Executor } from '../../db/client.ts'
import {
  deleteManager,
  findCandidate,
  findManagers,
  insertManager,
  isListedManager,
} from './national-managers.repository.ts'
import { AppError } from '../../platform/app-error.ts'
import type { RequestContext } from '../../platform/actor.ts'
import { writeAudit } from '../../platform/audit.ts'
import { toIsoInstant } from '../../platform/time.ts'

const AUDIT_ENTITY = 'national_calendar_manager'
const originOf = (ctx: RequestContext) => ({ actorId: ctx.actor.personId, ip: ctx.ip, requestId: ctx.requestId })

const forbidden = () =>
  new AppError(
    'CALENDAR_NATIONAL_FORBIDDEN',
    'Lịch làm việc chính thức áp dụng toàn quốc: chỉ quản trị viên VKSND tối cao hoặc quản trị viên được VKSND tối cao giao quyền mới được thay đổi',
  )

/** Throws CALENDAR_NATIONAL_FORBIDDEN unless the actor may change the national official calendar. */
export const authorizeNationalCalendar = async (db: Executor, ctx: RequestContext): Promise<void> => {
  if (isSupremeAdministrator(ctx.tree, ctx.actor.grants)) return
  if (!canManageNationalCalendar(ctx.tree, ctx.actor.grants, await isListedManager(db, ctx.actor.personId)))
    throw forbidden()
}

const authorizeSupreme = (ctx: RequestContext) => {
  if (!isSupremeAdministrator(ctx.tree, ctx.actor.grants))
    throw new AppError(
      'FORBIDDEN',
      'Chỉ quản trị viên VKSND tối cao mới được giao hoặc thu hồi quyền sửa lịch làm việc chính thức toàn quốc',
    )
}

export const listNationalCalendarManagers = async (db: Database, ctx: RequestContext) => {
  authorizeSupreme(ctx)
  const rows = await findManagers(db)
  return {
    items: rows.map((r) => ({
      ...r,
      unitName: ctx.tree.byId.get(r.unitId)?.name ?? null,
      grantedAt: toIsoInstant(r.grantedAt)!,
    })),
  }
}

export const grantNationalCalendar = async (db: Database, ctx: RequestContext, personId: number) => {
  authorizeSupreme(ctx)
  await db.transaction(async (tx) => {
    const person = await findCandidate(tx, personId)
    if (!person) throw new AppError('PERSON_NOT_FOUND', 'Không tìm thấy cán bộ')
    if (!person.active || !person.isAdmin)
      throw new AppError(
        'CALENDAR_MANAGER_NOT_ADMIN',
        'Chỉ giao quyền sửa lịch chính thức cho quản trị viên đang hoạt động',
        [{ path: 'personId', message: 'Cán bộ này không phải quản trị viên' }],
      )
    if (await insertManager(tx, personId, ctx.actor.personId))
      await writeAudit(tx, originOf(ctx), {
        action: 'create',
        entity: AUDIT_ENTITY,
        entityId: personId,
        unitId: person.unitId,
        after: { personId },
      })
  })
  return listNationalCalendarManagers(db, ctx)
}

export const revokeNationalCalendar = async (db: Database, ctx: RequestContext, personId: number) => {
  authorizeSupreme(ctx)
  await db.transaction(async (tx) => {
    const deleted = await deleteManager(tx, personId)
    if (!deleted)
      throw new AppError('CALENDAR_MANAGER_NOT_FOUND', 'Cán bộ này chưa được giao quyền sửa lịch chính thức')
    await writeAudit(tx, originOf(ctx), {
      action: 'delete',
      entity: AUDIT_ENTITY,
      entityId: personId,
      unitId: deleted.unitId,
      before: { personId, grantedBy: deleted.grantedBy },
    })
  })
  return listNationalCalendarManagers(db, ctx)
}
