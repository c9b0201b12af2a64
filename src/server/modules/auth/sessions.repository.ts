import { createHash, randomBytes } from 'node:crypto'
import { and, eq, gt, lt, ne, or, sql } from 'drizzle-orm'
import type { Executor } from '../../db/client.ts'
import { people, roleGrants, sessions } from '../../db/schema.ts'
import type { Role } from '@/shared/vocabulary.ts'

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')
export const newToken = (): string => randomBytes(32).toString('base64url')

export type NewSession = { token: string; id: string; csrfToken: string }

export const createSession = async (
  tx: Executor,
  input: { personId: number; ttlHours: number; ip: string | null; userAgent: string | null },
): Promise<NewSession> => {
  const token = newToken()
  const id = hashToken(token)
  const csrfToken = newToken()
  await tx.insert(sessions).values({
    id,
    personId: input.personId,
    csrfToken,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
    expiresAt: sql`now() + make_interval(hours => ${input.ttlHours})`,
  })

  return { token, id, csrfToken }
}

export type SessionPerson = {
  sessionId: string
  csrfToken: string
  lastSeenStale: boolean
  personId: number
  username: string
  fullName: string
  title: string
  unitId: number
  demoLogin: boolean
  grants: { role: Role; unitId: number }[]
}

/** The live session behind a cookie token, with its person and grants; null if expired or idle. */
export const findLiveSession = async (
  tx: Executor,
  token: string,
  idleMinutes: number,
): Promise<SessionPerson | null> => {
  const [row] = await tx
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      lastSeenStale: sql<boolean>`${sessions.lastSeenAt} < now() - interval '1 minute'`,
      personId: people.id,
      username: people.username,
      fullName: people.fullName,
      title: people.title,
      unitId: people.unitId,
      demoLogin: people.demoLogin,
      // The grants in the same statement: this runs before every request (one round trip, not two).
      grants: sql<
        { role: string; unitId: number }[]
      >`coalesce((SELECT json_agg(json_build_object('role', g.role, 'unitId', g.unit_id) ORDER BY g.role, g.unit_id) FROM ${roleGrants} g WHERE g.person_id = ${people.id}), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(people, eq(people.id, sessions.personId))
    .where(
      and(
        eq(sessions.id, hashToken(token)),
        gt(sessions.expiresAt, sql`now()`),
        gt(sessions.lastSeenAt, sql`now() - make_interval(mins => ${idleMinutes})`),
        eq(people.active, true),
      ),
    )
  if (!row || row.username === null) return null
  const grants = typeof row.grants === 'string' ? (JSON.parse(row.grants) as typeof row.grants) : row.grants

  return { ...row, username: row.username, grants: grants.map((g) => ({ role: g.role as Role, unitId: g.unitId })) }
}

export const touchSession = async (tx: Executor, sessionId: string): Promise<void> => {
  await tx.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.id, sessionId))
}

export const deleteSession = async (tx: Executor, sessionId: string): Promise<void> => {
  await tx.delete(sessions).where(eq(sessions.id, sessionId))
}

/** Ends every session of a person except `keep` (after a password change or deactivation). */
export const deleteSessionsOf = async (tx: Executor, personId: number, keep?: string): Promise<void> => {
  await tx.delete(sessions).where(and(eq(sessions.personId, personId), keep ? ne(sessions.id, keep) : undefined))
}

export const deleteExpiredSessions = async (tx: Executor): Promise<void> => {
  await tx
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, sql`now()`), lt(sessions.lastSeenAt, sql`now() - interval '1 day'`)))
}
