// The administrator's view of held-back sign-ins: who is being slowed down, from where, until when.
import type { ThrottleReport } from '@/shared/api/auth.ts'
import type { Database } from '../../db/client.ts'
import { authorizeAnywhere, permittedUnits, type RequestContext } from '../../platform/actor.ts'
import type { Config } from '../../platform/config.ts'
import { toIsoInstant, type Clock } from '../../platform/time.ts'
import { listBusyAddresses, listHeldBack } from './throttle.repository.ts'

const LIMIT = 200

/**
 * Administrators (person.manage) see the rows of accounts in the units they manage. Rows
 * with no unit — usernames that do not exist, and busy addresses, which span every unit
 * behind them — are for the administrators of a whole tree only, as in the audit viewer.
 */
export const listThrottles = async (
  { db, config, clock }: { db: Database; config: Config; clock: Clock },
  ctx: RequestContext,
): Promise<ThrottleReport> => {
  authorizeAnywhere(ctx, 'person.manage')
  const managed = permittedUnits(ctx, 'person.manage')
  const seesUnowned = ctx.actor.grants.some((g) => g.role === 'admin' && ctx.tree.byId.get(g.unitId)?.parentId === null)
  const now = clock.now()
  const since = new Date(now.getTime() - config.loginThrottle.resetAfterHours * 3600_000)
  const rows = await listHeldBack(db, since, LIMIT)
  const items = rows
    .filter((row) => (row.unitId === null ? seesUnowned : managed.has(row.unitId)))
    .map((row) => ({
      scope: row.scope as 'login' | 'password',
      username: row.username,
      ip: row.ip,
      unitId: row.unitId,
      unitName: row.unitId === null ? null : (ctx.tree.byId.get(row.unitId)?.name ?? null),
      failures: row.failures,
      firstFailureAt: toIsoInstant(row.firstFailureAt)!,
      lastFailureAt: toIsoInstant(row.lastFailureAt)!,
      blockedUntil: toIsoInstant(row.blockedUntil),
      blockedNow: row.blockedUntil !== null && new Date(row.blockedUntil) > now,
    }))
  const windowStart = new Date(now.getTime() - config.loginAddressWindowMinutes * 60_000)
  const addresses = seesUnowned
    ? (await listBusyAddresses(db, windowStart, config.loginAddressMaxFailures)).map((a) => ({
        ip: a.ip!,
        failures: a.failures,
        lastAt: toIsoInstant(a.lastAt)!,
      }))
    : []

  return {
    items,
    addresses,
    rules: {
      freeFailures: config.loginThrottle.freeFailures,
      maxDelaySeconds: config.loginThrottle.maxDelaySeconds,
      addressMaxFailures: config.loginAddressMaxFailures,
      addressWindowMinutes: config.loginAddressWindowMinutes,
    },
  }
}
