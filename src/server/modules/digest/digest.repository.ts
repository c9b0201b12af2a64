// The digest module's SQL: the open deadlines coming due, the accounts and their grants, and
// the stored digests (one per person and day, the unique key keeping the first of racing writers).
import { and, desc, eq, inArray, isNotNull, lte } from 'drizzle-orm'
import type { Executor } from '../../db/client.ts'
import { deadlineDigests, deadlines, matters, matterSubjects, people, roleGrants } from '../../db/schema.ts'

/** Open deadlines with a due date up to `lastDay`, with their matter's number and subject's name. */
export const findOpenDeadlinesDueBy = async (db: Executor, lastDay: string) =>
  db
    .select({ d: deadlines, number: matters.number, subjectName: matterSubjects.fullName })
    .from(deadlines)
    .innerJoin(matters, eq(matters.id, deadlines.matterId))
    .leftJoin(matterSubjects, eq(matterSubjects.id, deadlines.subjectId))
    .where(and(eq(deadlines.status, 'open'), isNotNull(deadlines.dueDate), lte(deadlines.dueDate, lastDay)))

/** Active accounts (a username) with every role they hold. */
export const findAccountsWithGrants = async (db: Executor) => {
  const accounts = await db
    .select({ id: people.id, unitId: people.unitId })
    .from(people)
    .where(and(eq(people.active, true), isNotNull(people.username)))
  const grants = await db
    .select()
    .from(roleGrants)
    .where(inArray(roleGrants.personId, accounts.map((a) => a.id).concat(-1)))
  return { accounts, grants }
}

/** Stores a digest unless one of that person and day exists; whether this call stored it. */
export const insertDigest = async (
  db: Executor,
  values: { personId: number; unitId: number; day: string; content: unknown },
): Promise<boolean> => {
  const inserted = await db
    .insert(deadlineDigests)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: deadlineDigests.id })
  return inserted.length > 0
}

/** The person's latest digest up to `today`. */
export const findLatestDigest = async (db: Executor, personId: number, today: string) => {
  const [row] = await db
    .select()
    .from(deadlineDigests)
    .where(and(eq(deadlineDigests.personId, personId), lte(deadlineDigests.day, today)))
    .orderBy(desc(deadlineDigests.day))
    .limit(1)
  return row
}

export const hasDigestsOf = async (db: Executor, day: string): Promise<boolean> => {
  const [existing] = await db
    .select({ id: deadlineDigests.id })
    .from(deadlineDigests)
    .where(eq(deadlineDigests.day, day))
    .limit(1)
  return existing !== undefined
}
