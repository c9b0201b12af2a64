// Sign-in, sign-out, the current user and password changes.
import type { Me } from '@/shared/api/auth.ts'
import { hasPermissionAnywhere } from '@/domain/access/access-rules.ts'
import { isUnitValidOn, type UnitTree } from '@/domain/units/unit-tree.ts'
import type { StaffTitle } from '@/shared/vocabulary.ts'
import type { Database } from '../../db/client.ts'
import { findAccountByUsername, findPasswordHash, storeNewPassword } from './credentials.repository.ts'
import { delayAfter, retryAfterSeconds, waitText } from '@/domain/auth/throttle-rules.ts'
import { AppError } from '../../platform/app-error.ts'
import { permittedUnits, type RequestContext } from '../../platform/actor.ts'
import { writeAudit } from '../../platform/audit.ts'
import type { Config } from '../../platform/config.ts'
import type { Clock } from '../../platform/time.ts'
import { assertPasswordAllowed } from './password-rules.ts'
import {
  addressFailures,
  clearThrottle,
  recordLoginAttempt,
  reserveAttempt,
  type ThrottleKey,
} from './throttle.repository.ts'
import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.ts'
import { createSession, deleteSession, deleteSessionsOf } from './sessions.repository.ts'

type Deps = { db: Database; config: Config; clock: Clock }
type Origin = { ip: string | null; requestId: string; userAgent: string | null }

const INVALID = () => new AppError('AUTH_INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng')

const loginKey = (username: string, ip: string | null, unitId: number | null): ThrottleKey => ({
  scope: 'login',
  // JSON keeps the two parts apart whatever characters a typed username holds.
  key: JSON.stringify([username, ip]),
  username,
  ip,
  unitId,
})

const passwordKey = (ctx: RequestContext): ThrottleKey => ({
  scope: 'password',
  key: `person:${ctx.actor.personId}`,
  username: ctx.actor.username,
  ip: ctx.ip,
  unitId: ctx.actor.unitId,
})

const pairThrottled = (until: Date, now: Date) => {
  const seconds = retryAfterSeconds(until, now)
  return new AppError(
    'LOGIN_THROTTLED',
    `Đăng nhập sai nhiều lần với tên đăng nhập này từ địa chỉ của bạn. Vui lòng thử lại sau ${waitText(seconds)}.`,
    undefined,
    { retryAfterSeconds: seconds },
  )
}

/** Does a demo login have to change its password before anything else? Only outside demo mode. */
export const mustChangePassword = (config: Config, demoLogin: boolean): boolean => demoLogin && !config.demoMode

/**
 * Sign-in (issue 10, defect 7). Two limits, neither of which lets anyone lock a colleague out:
 *  - per username + address: progressive delays (src/domain/auth/throttle-rules.ts); while the
 *    pair is held back no password is checked, not even the right one — from that address only;
 *  - per address: after `loginAddressMaxFailures` failures in the window, further *failures*
 *    answer 429; a right password is checked and signs in as usual, so a whole procuracy behind
 *    one address is never locked out by one guesser among them.
 * The start of each hold (the pair's first delay, the address's first 429) is audited.
 */
export const login = async (deps: Deps, input: { username: string; password: string }, origin: Origin) => {
  const { db, config } = deps
  const username = input.username.trim().toLowerCase()
  const now = deps.clock.now()

  const person = await findAccountByUsername(db, username)
  const pair = loginKey(username, origin.ip, person?.unitId ?? null)
  const reservation = await reserveAttempt(db, pair, now, config.loginThrottle)
  if (!reservation.ok) throw pairThrottled(reservation.until, now)

  let ok = false
  if (person?.passwordHash && person.active) ok = await verifyPassword(person.passwordHash, input.password)
  else await verifyAgainstDummy(input.password)

  const windowStart = new Date(now.getTime() - config.loginAddressWindowMinutes * 60_000)
  const byAddress = !ok && origin.ip ? await addressFailures(db, origin.ip, windowStart) : { failures: 0, oldest: null }
  const addressHeld = byAddress.failures >= config.loginAddressMaxFailures

  const session = await db.transaction(async (tx) => {
    await recordLoginAttempt(tx, { username, ip: origin.ip, succeeded: ok, at: now })
    const auditOrigin = { actorId: ok && person ? person.id : null, ip: origin.ip, requestId: origin.requestId }
    if (!ok || !person) {
      await writeAudit(tx, auditOrigin, {
        action: 'login_failed',
        entity: 'session',
        entityId: null,
        unitId: person?.unitId ?? null,
        after: { username },
      })
      if (reservation.failures === config.loginThrottle.freeFailures)
        await writeAudit(tx, auditOrigin, {
          action: 'login_throttled',
          entity: 'session',
          entityId: null,
          unitId: person?.unitId ?? null,
          after: {
            username,
            ip: origin.ip,
            failures: reservation.failures,
            reason: 'username_address',
            delaySeconds: delayAfter(reservation.failures, config.loginThrottle),
          },
        })
      if (byAddress.failures === config.loginAddressMaxFailures)
        await writeAudit(tx, auditOrigin, {
          action: 'login_throttled',
          entity: 'session',
          entityId: null,
          unitId: null,
          after: {
            username,
            ip: origin.ip,
            failures: byAddress.failures + 1,
            reason: 'address',
            windowMinutes: config.loginAddressWindowMinutes,
          },
        })
      // The failed attempt must be committed although the request fails: return, and throw
      // after the transaction, or the rollback would erase the attempt and the limits.
      return null
    }
    await clearThrottle(tx, 'login', pair.key)
    const created = await createSession(tx, {
      personId: person.id,
      ttlHours: config.sessionTtlHours,
      ip: origin.ip,
      userAgent: origin.userAgent,
    })
    await writeAudit(tx, auditOrigin, {
      action: 'login',
      entity: 'session',
      entityId: person.id,
      unitId: person.unitId,
    })

    return created
  })
  if (session) return { ...session, mustChangePassword: mustChangePassword(config, person!.demoLogin) }
  if (addressHeld) {
    const until = new Date((byAddress.oldest ?? now).getTime() + config.loginAddressWindowMinutes * 60_000)
    const seconds = retryAfterSeconds(until > now ? until : now, now)
    throw new AppError(
      'LOGIN_THROTTLED',
      `Tên đăng nhập hoặc mật khẩu không đúng. Địa chỉ mạng của bạn đã đăng nhập sai quá nhiều lần; vui lòng kiểm tra lại và thử sau ${waitText(seconds)}.`,
      undefined,
      { retryAfterSeconds: seconds },
    )
  }
  throw INVALID()
}

export const logout = async ({ db }: Pick<Deps, 'db'>, ctx: RequestContext): Promise<void> => {
  await db.transaction(async (tx) => {
    await deleteSession(tx, ctx.actor.sessionId)
    await writeAudit(
      tx,
      { actorId: ctx.actor.personId, ip: ctx.ip, requestId: ctx.requestId },
      { action: 'logout', entity: 'session', entityId: ctx.actor.personId, unitId: ctx.actor.unitId },
    )
  })
}

/**
 * Change-password asks for the current password, which a stolen session could guess: the
 * same progressive delays as sign-in, keyed by the account.
 */
export const changePassword = async (
  { db, config, clock }: Deps,
  ctx: RequestContext,
  input: { currentPassword: string; newPassword: string },
) => {
  assertPasswordAllowed(input.newPassword, ctx.actor.username, 'newPassword')
  const now = clock.now()
  const key = passwordKey(ctx)
  const reservation = await reserveAttempt(db, key, now, config.loginThrottle)
  if (!reservation.ok) {
    const seconds = retryAfterSeconds(reservation.until, now)
    throw new AppError(
      'PASSWORD_CHECK_THROTTLED',
      `Nhập sai mật khẩu hiện tại nhiều lần. Vui lòng thử lại sau ${waitText(seconds)}.`,
      undefined,
      { retryAfterSeconds: seconds },
    )
  }
  const origin = { actorId: ctx.actor.personId, ip: ctx.ip, requestId: ctx.requestId }
  const passwordHash = await findPasswordHash(db, ctx.actor.personId)
  if (!passwordHash || !(await verifyPassword(passwordHash, input.currentPassword))) {
    if (reservation.failures === config.loginThrottle.freeFailures)
      await writeAudit(db, origin, {
        action: 'login_throttled',
        entity: 'person',
        entityId: ctx.actor.personId,
        unitId: ctx.actor.unitId,
        after: {
          username: ctx.actor.username,
          ip: ctx.ip,
          failures: reservation.failures,
          reason: 'current_password',
          delaySeconds: delayAfter(reservation.failures, config.loginThrottle),
        },
      })
    throw new AppError('AUTH_WRONG_PASSWORD', 'Mật khẩu hiện tại không đúng', [
      { path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng' },
    ])
  }
  const newHash = await hashPassword(input.newPassword)
  await db.transaction(async (tx) => {
    await clearThrottle(tx, 'password', key.key)
    await storeNewPassword(tx, ctx.actor.personId, newHash)
    // Other devices signed in with the old password are signed out.
    await deleteSessionsOf(tx, ctx.actor.personId, ctx.actor.sessionId)
    await writeAudit(tx, origin, {
      action: 'password_change',
      entity: 'person',
      entityId: ctx.actor.personId,
      unitId: ctx.actor.unitId,
    })
  })
}

const unitName = (tree: UnitTree, id: number) => tree.byId.get(id)?.name ?? ''

export const describeMe = (ctx: RequestContext): Me => {
  const { actor, tree } = ctx
  const today = ctx.today
  const scopeUnits = [...permittedUnits(ctx, 'unit.read')]
    .map((id) => tree.byId.get(id)!)
    .map((u) => ({
      id: u.id,
      code: u.code,
      name: u.name,
      level: u.level,
      parentId: u.parentId,
      historical: !isUnitValidOn(u, today),
    }))

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
    mustChangePassword: ctx.actor.mustChangePassword ?? false,
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
      readPlans: hasPermissionAnywhere(actor.grants, 'plan.read'),
      managePlans: hasPermissionAnywhere(actor.grants, 'plan.manage'),
      readEmulation: hasPermissionAnywhere(actor.grants, 'emulation.read'),
    },
  }
}
