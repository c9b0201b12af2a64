// The account columns sign-in and change-password read and write (the people table is the
// people module's; these are the only columns of it the auth module touches).
import { eq, sql } from 'drizzle-orm'
import type { Executor } from '../../db/client.ts'
import { people } from '../../db/schema.ts'

/** What sign-in needs of the account with this username (lower case), if any. */
export const findAccountByUsername = async (db: Executor, username: string) => {
  const [person] = await db
    .select({
      id: people.id,
      unitId: people.unitId,
      passwordHash: people.passwordHash,
      active: people.active,
      demoLogin: people.demoLogin,
    })
    .from(people)
    .where(eq(people.username, username))
  return person
}

export const findPasswordHash = async (db: Executor, personId: number): Promise<string | null> => {
  const [person] = await db.select({ passwordHash: people.passwordHash }).from(people).where(eq(people.id, personId))
  return person?.passwordHash ?? null
}

/** A new password is no longer the published demo one: the demo flag goes with it. */
export const storeNewPassword = async (tx: Executor, personId: number, passwordHash: string): Promise<void> => {
  await tx
    .update(people)
    .set({ passwordHash, demoLogin: false, passwordChangedAt: sql`now()`, updatedAt: sql`now()` })
    .where(eq(people.id, personId))
}
