// The rows behind sign-in delays (auth_throttles) and the address limit (login_attempts).
// Every instant comes from the caller's clock, never from the database's now(), so the rules
// read one time source and tests can move it.
import { and, count, desc, eq, gt, gte, isNotNull, lt, sql } from 'drizzle-orm'
import type { Database, Executor } from '../../db/client.ts'
import { authThrottles, loginAttempts } from '../../db/schema.ts'
import { blockedUntil, countedFailures, delayAfter, type ThrottleRules } from '@/domain/auth/throttle-rules.ts'

export type ThrottleScope = 'login' | 'password'
export type ThrottleKey = {
  scope: ThrottleScope
  key: string
  username: string | null
  ip: string | null
  unitId: number | null
}

export type Reservation = { ok: true; failures: number } | { ok: false; until: Date }

/**
 * Takes one attempt of a key: refused while the key is held back; otherwise counted as a
 * failure *before* the secret is checked, so that parallel guesses cannot all slip in before
 * the first failure is written. A success then clears the key (clearThrottle). The row is
 * locked for the check, so two instances count the same attempts.
 */
export const reserveAttempt = async (
  db: Database,
  key: ThrottleKey,
  now: Date,
  rules: ThrottleRules,
): Promise<Reservation> =>
  db.transaction(async (tx) => {
    const at = now.toISOString()
    await tx
      .insert(authThrottles)
      .values({
        scope: key.scope,
        key: key.key,
        username: key.username,
        ip: key.ip,
        unitId: key.unitId,
        failures: 0,
        firstFailureAt: at,
        lastFailureAt: at,
      })
      .onConflictDoNothing()
    const [row] = await tx
      .select()
      .from(authThrottles)
      .where(and(eq(authThrottles.scope, key.scope), eq(authThrottles.key, key.key)))
      .for('update')
    const state =
      row && row.failures > 0 ? { failures: row.failures, lastFailureAt: new Date(row.lastFailureAt) } : null
    const until = blockedUntil(state, now, rules)
    if (until) return { ok: false as const, until }

    const before = countedFailures(state, now, rules)
    const failures = before + 1
    const delay = delayAfter(failures, rules)
    await tx
      .update(authThrottles)
      .set({
        failures,
        firstFailureAt: before === 0 ? at : undefined,
        lastFailureAt: at,
        blockedUntil: delay > 0 ? new Date(now.getTime() + delay * 1000).toISOString() : null,
        unitId: key.unitId,
      })
      .where(and(eq(authThrottles.scope, key.scope), eq(authThrottles.key, key.key)))
    return { ok: true as const, failures }
  })

export const clearThrottle = async (tx: Executor, scope: ThrottleScope, key: string): Promise<void> => {
  await tx.delete(authThrottles).where(and(eq(authThrottles.scope, scope), eq(authThrottles.key, key)))
}

export const recordLoginAttempt = async (
  tx: Executor,
  attempt: { username: string; ip: string | null; succeeded: boolean; at: Date },
): Promise<void> => {
  await tx
    .insert(loginAttempts)
    .values({ username: attempt.username, ip: attempt.ip, succeeded: attempt.succeeded, at: attempt.at.toISOString() })
}

/** Failed sign-ins from one address since `since`, and the oldest of them. */
export const addressFailures = async (
  db: Executor,
  ip: string,
  since: Date,
): Promise<{ failures: number; oldest: Date | null }> => {
  const [row] = await db
    .select({ n: count(), oldest: sql<string | null>`min(${loginAttempts.at})` })
    .from(loginAttempts)
    .where(
      and(eq(loginAttempts.ip, ip), eq(loginAttempts.succeeded, false), gte(loginAttempts.at, since.toISOString())),
    )
  return { failures: row?.n ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null }
}

export type ThrottleRow = typeof authThrottles.$inferSelect

/** Keys that reached a delay (or are held back now), newest first. */
export const listHeldBack = async (db: Executor, since: Date, limit: number): Promise<ThrottleRow[]> =>
  db
    .select()
    .from(authThrottles)
    .where(and(isNotNull(authThrottles.blockedUntil), gt(authThrottles.lastFailureAt, since.toISOString())))
    .orderBy(desc(authThrottles.lastFailureAt))
    .limit(limit)

/** Addresses with at least `min` failed sign-ins since `since`. */
export const listBusyAddresses = async (db: Executor, since: Date, min: number) =>
  db
    .select({ ip: loginAttempts.ip, failures: count(), lastAt: sql<string>`max(${loginAttempts.at})` })
    .from(loginAttempts)
    .where(
      and(eq(loginAttempts.succeeded, false), isNotNull(loginAttempts.ip), gte(loginAttempts.at, since.toISOString())),
    )
    .groupBy(loginAttempts.ip)
    .having(sql`count(*) >= ${min}`)
    .orderBy(desc(sql`max(${loginAttempts.at})`))

/** Drops what no rule reads any more: throttles forgotten and attempts older than `before`. */
export const deleteStaleAttempts = async (db: Executor, before: Date): Promise<void> => {
  await db.delete(authThrottles).where(lt(authThrottles.lastFailureAt, before.toISOString()))
  await db.delete(loginAttempts).where(lt(loginAttempts.at, before.toISOString()))
}
