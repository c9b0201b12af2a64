// Staff records and their accounts. Reading needs person.read over the person's unit;
// editing basic fields needs person.edit; accounts, roles and deactivation need person.manage.
import type { z } from 'zod'
import type { PeopleQuery as PeopleQuerySchema } from '@/shared/api/people.ts'
import type { CreatePerson, Person, RoleGrant, UpdatePerson } from '@/shared/api/people.ts'
import { canGrant } from '@/domain/access/access-rules.ts'
import { reachOf } from '@/domain/units/unit-tree.ts'
import type { Database, Executor } from '../../db/client.ts'
import { AppError } from '../../platform/app-error.ts'
import { authorize, can, permittedUnits, type RequestContext } from '../../platform/actor.ts'
import { redactSecrets, writeAudit } from '../../platform/audit.ts'
import { toIsoInstant } from '../../platform/time.ts'
import { assertPasswordAllowed, deleteSessionsOf, hashPassword } from '../auth/index.ts'
import {
  findPersonById,
  findPersonIdByUsername,
  grantsOf,
  DATABASE_NOW,
  insertPersonRow,
  replaceGrants,
  searchPeople,
  toPerson,
  updatePersonRow,
  type GrantRow,
  type PersonRow,
} from './people.repository.ts'

const NOT_FOUND = () => new AppError('PERSON_NOT_FOUND', 'Không tìm thấy cán bộ')
const originOf = (ctx: RequestContext) => ({ actorId: ctx.actor.personId, ip: ctx.ip, requestId: ctx.requestId })

export type PeopleQuery = z.output<typeof PeopleQuerySchema>

export const listPeople = async (db: Database, ctx: RequestContext, query: PeopleQuery) => {
  const readable = permittedUnits(ctx, 'person.read')
  let unitIds = [...readable]
  if (query.unitId !== undefined) {
    if (!readable.has(query.unitId)) throw new AppError('UNIT_NOT_FOUND', 'Không tìm thấy đơn vị')
    const wanted = query.subtree ? reachOf(ctx.tree, query.unitId) : new Set([query.unitId])
    unitIds = unitIds.filter((id) => wanted.has(id))
  }
  const active = query.active === 'all' ? undefined : query.active !== 'false'
  const { rows, total } = await searchPeople(
    db,
    { unitIds, q: query.q || undefined, title: query.title, active },
    query,
  )
  const grants = await grantsOf(
    db,
    rows.map((r) => r.id),
  )

  return { items: rows.map((row) => toPerson(row, grants.get(row.id) ?? [], ctx.tree)), total }
}

/** A person outside the caller's reach answers exactly like one that does not exist. */
const loadVisible = async (tx: Executor, ctx: RequestContext, id: number): Promise<PersonRow> => {
  const row = await findPersonById(tx, id)
  if (!row || !can(ctx, 'person.read', row.unitId)) throw NOT_FOUND()
  return row
}

export const getPerson = async (db: Database, ctx: RequestContext, id: number): Promise<Person> => {
  const row = await loadVisible(db, ctx, id)
  const grants = await grantsOf(db, [id])

  return toPerson(row, grants.get(id) ?? [], ctx.tree)
}

const assertUnitAssignable = (ctx: RequestContext, unitId: number) => {
  if (!ctx.tree.byId.has(unitId) || !can(ctx, 'person.edit', unitId))
    throw new AppError('PERSON_INVALID_UNIT', 'Đơn vị công tác không tồn tại hoặc ngoài phạm vi của bạn', [
      { path: 'unitId', message: 'Đơn vị không hợp lệ' },
    ])
}

const assertGrantable = (ctx: RequestContext, grants: RoleGrant[]) => {
  grants.forEach((grant, index) => {
    if (!ctx.tree.byId.has(grant.unitId) || !canGrant(ctx.tree, ctx.actor.grants, grant))
      throw new AppError(
        'ROLE_GRANT_FORBIDDEN',
        'Bạn chỉ được phân quyền trên các đơn vị thuộc phạm vi quản trị của mình',
        [{ path: `roles.${index}.unitId`, message: 'Đơn vị ngoài phạm vi quản trị' }],
      )
  })
}

const assertUsernameFree = async (tx: Executor, username: string, exceptId: number | null) => {
  const owner = await findPersonIdByUsername(tx, username)
  if (owner !== undefined && owner !== exceptId)
    throw new AppError('PERSON_USERNAME_TAKEN', `Tên đăng nhập "${username}" đã được dùng`, [
      { path: 'username', message: 'Tên đăng nhập đã tồn tại' },
    ])
}

const snapshot = (row: PersonRow, grants: GrantRow[]) =>
  redactSecrets({ ...row, updatedAt: toIsoInstant(row.updatedAt), createdAt: undefined, roles: grants })

export const createPerson = async (db: Database, ctx: RequestContext, input: CreatePerson): Promise<Person> => {
  authorize(ctx, 'person.manage', input.unitId)
  assertUnitAssignable(ctx, input.unitId)
  const roles = input.roles ?? []
  assertGrantable(ctx, roles)
  if (input.password) assertPasswordAllowed(input.password, input.username ?? null, 'password')
  const passwordHash = input.password ? await hashPassword(input.password) : null

  return db.transaction(async (tx) => {
    if (input.username) await assertUsernameFree(tx, input.username, null)
    const row = await insertPersonRow(tx, {
      fullName: input.fullName,
      title: input.title,
      unitId: input.unitId,
      email: input.email ?? null,
      phone: input.phone ?? null,
      birthYear: input.birthYear ?? null,
      gender: input.gender ?? null,
      active: input.active ?? true,
      username: input.username ?? null,
      passwordHash,
      passwordChangedAt: passwordHash ? DATABASE_NOW : null,
    })
    await replaceGrants(tx, row.id, roles)
    await writeAudit(tx, originOf(ctx), {
      action: 'create',
      entity: 'person',
      entityId: row.id,
      unitId: row.unitId,
      after: snapshot(row, roles),
    })

    return toPerson(row, roles, ctx.tree)
  })
}

const ACCOUNT_FIELDS = ['username', 'password', 'roles', 'active'] as const

export const updatePerson = async (
  db: Database,
  ctx: RequestContext,
  id: number,
  input: UpdatePerson,
): Promise<Person> => {
  const { data } = input

  return db.transaction(async (tx) => {
    const before = await loadVisible(tx, ctx, id)
    authorize(ctx, 'person.edit', before.unitId)
    if (ACCOUNT_FIELDS.some((field) => data[field] !== undefined)) authorize(ctx, 'person.manage', before.unitId)
    // A reset follows the same policy as a change, against the username the account will have.
    if (data.password)
      assertPasswordAllowed(
        data.password,
        data.username !== undefined ? data.username : before.username,
        'data.password',
      )
    const passwordHash = data.password ? await hashPassword(data.password) : undefined
    if (data.unitId !== undefined && data.unitId !== before.unitId) assertUnitAssignable(ctx, data.unitId)
    if (data.roles) assertGrantable(ctx, data.roles)
    if (input.expectedUpdatedAt && toIsoInstant(before.updatedAt) !== toIsoInstant(input.expectedUpdatedAt))
      throw new AppError(
        'CONFLICT_STALE',
        'Hồ sơ này vừa được người khác cập nhật. Vui lòng tải lại để xem thay đổi mới nhất trước khi lưu.',
      )
    if (data.username) await assertUsernameFree(tx, data.username, id)
    if (
      id === ctx.actor.personId &&
      (data.active === false ||
        (data.roles && !data.roles.some((g) => g.role === 'admin') && ctx.actor.grants.some((g) => g.role === 'admin')))
    )
      throw new AppError('PERSON_SELF_LOCKOUT', 'Bạn không thể tự khóa tài khoản hoặc tự bỏ quyền quản trị của mình')

    const grantsBefore = (await grantsOf(tx, [id])).get(id) ?? []
    const { password: _password, roles, ...fields } = data
    const row = await updatePersonRow(tx, id, {
      ...fields,
      // A password set by an administrator is no longer the published demo one.
      ...(passwordHash ? { passwordHash, demoLogin: false, passwordChangedAt: DATABASE_NOW } : {}),
    })
    if (roles) await replaceGrants(tx, id, roles)
    const grantsAfter = roles ?? grantsBefore
    // A new password or a deactivation ends the person's open sessions.
    if (passwordHash || data.active === false) await deleteSessionsOf(tx, id)
    await writeAudit(tx, originOf(ctx), {
      action: 'update',
      entity: 'person',
      entityId: id,
      unitId: row.unitId,
      before: snapshot(before, grantsBefore),
      after: snapshot(row, grantsAfter),
    })

    return toPerson(row, grantsAfter, ctx.tree)
  })
}

/** Staff records are kept for history: "deleting" a person deactivates them and ends their sessions. */
export const deactivatePerson = async (db: Database, ctx: RequestContext, id: number): Promise<void> => {
  await db.transaction(async (tx) => {
    const before = await loadVisible(tx, ctx, id)
    authorize(ctx, 'person.manage', before.unitId)
    if (id === ctx.actor.personId) throw new AppError('PERSON_SELF_LOCKOUT', 'Bạn không thể tự khóa tài khoản của mình')
    const grants = (await grantsOf(tx, [id])).get(id) ?? []
    const row = await updatePersonRow(tx, id, { active: false })
    await deleteSessionsOf(tx, id)
    await writeAudit(tx, originOf(ctx), {
      action: 'delete',
      entity: 'person',
      entityId: id,
      unitId: before.unitId,
      before: snapshot(before, grants),
      after: snapshot(row, grants),
    })
  })
}
