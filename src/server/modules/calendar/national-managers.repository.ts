// The national calendar managers' SQL: who is listed, the person granted (their unit, whether
// active, whether an administrator), granting and revoking.
import { eq } from 'drizzle-orm'
import type { Executor } from '../../db/client.ts'
import { nationalCalendarManagers, people, roleGrants } from '../../db/schema.ts'

export const isListedManager = async (db: Executor, personId: number): Promise<boolean> =>
  (
    await db
      .select({ id: nationalCalendarManagers.personId })
      .from(nationalCalendarManagers)
      .where(eq(nationalCalendarManagers.personId, personId))
  ).length > 0

export const findManagers = async (db: Executor) =>
  db
    .select({
      personId: nationalCalendarManagers.personId,
      fullName: people.fullName,
      unitId: people.unitId,
      grantedAt: nationalCalendarManagers.grantedAt,
    })
    .from(nationalCalendarManagers)
    .innerJoin(people, eq(people.id, nationalCalendarManagers.personId))
    .orderBy(nationalCalendarManagers.personId)

/** The person to grant it to: their unit, whether active, and whether they hold an administrator's role. */
export const findCandidate = async (db: Executor, personId: number) => {
  const [person] = await db
    .select({ id: people.id, unitId: people.unitId, active: people.active })
    .from(people)
    .where(eq(people.id, personId))
  if (!person) return undefined
  const roles = await db.select({ role: roleGrants.role }).from(roleGrants).where(eq(roleGrants.personId, personId))
  return { ...person, isAdmin: roles.some((r) => r.role === 'admin') }
}

/** Whether this call listed them (a second grant changes nothing). */
export const insertManager = async (db: Executor, personId: number, grantedBy: number): Promise<boolean> =>
  (await db.insert(nationalCalendarManagers).values({ personId, grantedBy }).onConflictDoNothing().returning()).length >
  0

/** The row removed, if they were listed, with the unit they work in. */
export const deleteManager = async (db: Executor, personId: number) => {
  const [deleted] = await db
    .delete(nationalCalendarManagers)
    .where(eq(nationalCalendarManagers.personId, personId))
    .returning()
  if (!deleted) return undefined
  const [person] = await db.select({ unitId: people.unitId }).from(people).where(eq(people.id, personId))
  return { grantedBy: deleted.grantedBy, unitId: person?.unitId ?? null }
}
