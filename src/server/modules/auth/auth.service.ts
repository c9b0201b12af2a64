// Sign-in, sign-out, the current user and password changes.
import { and, count, eq, gt, sql } from 'drizzle-orm'
import type { Me } from '@/shared/api/auth.ts'
import { hasPermissionAnywhere } from '@/domain/access/access-rules.ts'
import { isUnitValidOn, type UnitTree } from '@/domain/units/unit-tree.ts'
import type { StaffTitle } from '@/shared/vocabulary.ts'
import type { Database } from '../../db/client.ts'
import { loginAttempts, people } from '../../db/schema.ts'
import { AppError } from '../../platform/app-error.ts'
import { permittedUnits, type RequestContext } from '../../platform/actor.ts'
import { writeAudit } from '../../platform/audit.ts'
import type { Config } from '../../platform/config.ts'
import { todayInVietnam } from '../../platform/time.ts'
import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.ts'
import { createSession, deleteSession, deleteSessionsOf } from './sessions.repository.ts'

type Deps = { db: Database; config: Config }
type Origin = { ip: string | null; requestId: string; userAgent: string | null }

const INVALID = () => new AppError('AUTH_INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng')

const recentFailures = async (db: Database, config: Config, column: 'username' | 'ip', value: string): Promise<number> => {
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(
      and(
        eq(column === 'username' ? loginAttempts.username : loginAttempts.ip, value),
        eq(loginAttempts.succeeded, false),
        gt(loginAttempts.at, sql`now() - make_interval(mins => ${config.loginWindowMinutes})`),
      ),
    )

  return row?.n ?? 0
}

/**
 * Rate limit by username and by address, counted in the database so that every instance
 * sees the same attempts. A locked username stays locked even with the right password
 * until the window passes: otherwise the limit would not slow a guesser at all.
 */
const assertNotRateLimited = async ({ db, config }: Deps, username: string, ip: string | null) => {
  const byUser = await recentFailures(db, config, 'username', username)
  const byIp = ip ? await recentFailures(db, config, 'ip', ip) : 0
  if (byUser >= config.loginMaxFailures || byIp >= config.loginMaxFailures * 4)
    throw new AppError('AUTH_RATE_LIMITED', `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${config.loginWindowMinutes} phút.`)
}

export const login = async (deps: Deps, input: { username: string; password: string }, origin: Origin) => {
  const username = input.username.trim().toLowerCase()
  await assertNotRateLimited(deps, username, origin.ip)

  const [person] = await deps.db
    .select({ id: people.id, unitId: people.unitId, passwordHash: people.passwordHash, active: people.active })
    .from(people)
    .where(eq(people.username, username))

  let ok = false
  if (person?.passwordHash && person.active) ok = await verifyPassword(person.passwordHash, input.password)
  else await verifyAgainstDummy(input.password)

  return deps.db.transaction(async (tx) => {
    await tx.insert(loginAttempts).values({ username, ip: origin.ip, succeeded: ok })
    const auditOrigin = { actorId: ok && person ? person.id : null, ip: origin.ip, requestId: origin.requestId }
    if (!ok || !person) {
      await writeAudit(tx, auditOrigin, { action: 'login_failed', entity: 'session', entityId: null, unitId: person?.unitId ?? null, after: { username } })
      // The failed attempt must be committed although the request fails: return, and throw
      // after the transaction, or the rollback would erase the attempt and the rate limit.
      return null
    }
    const session = await createSession(tx, { personId: person.id, ttlHours: deps.config.sessionTtlHours, ip: origin.ip, userAgent: origin.userAgent })
    await writeAudit(tx, auditOrigin, { action: 'login', entity: 'session', entityId: person.id, unitId: person.unitId })

    return session
  }).then((session) => {
    if (!session) throw INVALID()
    return session
  })
}

export const logout = async ({ db }: Deps, ctx: RequestContext): Promise<void> => {
  await db.transaction(async (tx) => {
    await deleteSession(tx, ctx.actor.sessionId)
    await writeAudit(tx, { actorId: ctx.actor.personId, ip: ctx.ip, requestId: ctx.requestId }, { action: 'logout', entity: 'session', entityId: ctx.actor.personId, unitId: ctx.actor.unitId })
  })
}

export const changePassword = async ({ db }: Deps, ctx: RequestContext, input: { currentPassword: string; newPassword: string }) => {
  const [person] = await db.select({ passwordHash: people.passwordHash }).from(people).where(eq(people.id, ctx.actor.personId))
  if (!person?.passwordHash || !(await verifyPassword(person.passwordHash, input.currentPassword)))
    throw new AppError('AUTH_WRONG_PASSWORD', 'Mật khẩu hiện tại không đúng', [{ path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng' }])
  const passwordHash = await hashPassword(input.newPassword)
  await db.transaction(async (tx) => {
    await tx.update(people).set({ passwordHash, passwordChangedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(people.id, ctx.actor.personId))
    // Other devices signed in with the old password are signed out.
    await deleteSessionsOf(tx, ctx.actor.personId, ctx.actor.sessionId)
    await writeAudit(tx, { actorId: ctx.actor.personId, ip: ctx.ip, requestId: ctx.requestId }, { action: 'password_change', entity: 'person', entityId: ctx.actor.personId, unitId: ctx.actor.unitId })
  })
}

const unitName = (tree: UnitTree, id: number) => tree.byId.get(id)?.name ?? ''

export const describeMe = (ctx: RequestContext): Me => {
  const { actor, tree } = ctx
  const today = todayInVietnam()
  const scopeUnits = [...permittedUnits(ctx, 'unit.read')]
    .map((id) => tree.byId.get(id)!)
    .map((u) => ({ id: u.id, code: u.code, name: u.name, level: u.level, parentId: u.parentId, historical: !isUnitValidOn(u, today) }))

  return {
    user: {
      personId: actor.personId,
      username: actor.username,
      fullName: actor.fullName,
      title: actor.title as StaffTitle,
      unitId: actor.unitId,
      unitName: unitName(tree, actor.unitId),
      roles: actor.grants.map((g) => ({ role: g.role, unitId: g.unitId, unitName: unitName(tree, g.unitId) })),
    },
    csrfToken: actor.csrfToken,
    scopeUnits,
    can: {
      manageUnits: hasPermissionAnywhere(actor.grants, 'unit.manage'),
      managePeople: hasPermissionAnywhere(actor.grants, 'person.manage'),
      editPeople: hasPermissionAnywhere(actor.grants, 'person.edit'),
      viewAudit: hasPermissionAnywhere(actor.grants, 'audit.read'),
      readMatters: hasPermissionAnywhere(actor.grants, 'matter.read'),
      readIndicators: hasPermissionAnywhere(actor.grants, 'indicator.read'),
      manageIndicators: hasPermissionAnywhere(actor.grants, 'indicator.manage'),
      closePeriods: hasPermissionAnywhere(actor.grants, 'period.close'),
      recordMatters: hasPermissionAnywhere(actor.grants, 'matter.write'),
    },
  }
}

