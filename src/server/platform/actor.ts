// The person behind a request and what they may reach. Built once per request by the auth
// hook; services call `authorize` / `permittedUnits` first, before touching any data.
import { isPermitted, unitsPermitted, type Grant, type Permission } from '@/domain/access/access-rules.ts'
import type { UnitTree } from '@/domain/units/unit-tree.ts'
import { AppError } from './app-error.ts'

export type Actor = {
  personId: number
  username: string
  fullName: string
  title: string
  unitId: number
  grants: Grant[]
  sessionId: string
  csrfToken: string
  /** A demo login outside demo mode: only /me, change-password and sign-out answer it. */
  mustChangePassword?: boolean
}

/** What a service needs to know about the caller: who, from where, and the unit tree to judge by. */
export type RequestContext = {
  actor: Actor
  tree: UnitTree
  ip: string | null
  requestId: string
  /**
   * The day in Vietnam when the request arrived, read once from the server's clock
   * (ServerDeps.clock): every "today" of a request — deadline status, statistics year, units
   * that exist today — is this one, so a request never straddles midnight and tests set it.
   */
  today: string
}

const memo = new WeakMap<RequestContext, Map<Permission, Set<number>>>()

export const permittedUnits = (ctx: RequestContext, permission: Permission): Set<number> => {
  let byPermission = memo.get(ctx)
  if (!byPermission) {
    byPermission = new Map()
    memo.set(ctx, byPermission)
  }
  let units = byPermission.get(permission)
  if (!units) {
    units = unitsPermitted(ctx.tree, ctx.actor.grants, permission)
    byPermission.set(permission, units)
  }

  return units
}

export const can = (ctx: RequestContext, permission: Permission, unitId: number): boolean =>
  isPermitted(ctx.tree, ctx.actor.grants, permission, unitId)

/** Throws FORBIDDEN unless the actor holds `permission` over `unitId`. */
export const authorize = (ctx: RequestContext, permission: Permission, unitId: number): void => {
  if (!can(ctx, permission, unitId))
    throw new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này đối với đơn vị đã chọn')
}

/** Throws FORBIDDEN unless the actor holds `permission` somewhere (e.g. opening the audit viewer). */
export const authorizeAnywhere = (ctx: RequestContext, permission: Permission): void => {
  if (permittedUnits(ctx, permission).size === 0)
    throw new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này')
}
