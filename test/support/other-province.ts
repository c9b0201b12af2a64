// A leader of the second, generated province (TN01), signed in: proves that provinces do not see
// each other's records.
import { eq } from 'drizzle-orm'
import { people, roleGrants } from '@/server/db/schema.ts'
import { hashPassword } from '@/server/modules/auth/index.ts'
import type { Agent, TestApp } from './test-app.ts'

export const signInOtherProvinceLeader = async (t: TestApp): Promise<Agent> => {
  const { db } = t.database.handle
  const tn01 = await t.unitId('TN01')
  const [someone] = await db.select({ id: people.id }).from(people).where(eq(people.unitId, tn01))
  await db
    .update(people)
    .set({ username: 'lanhdao.tn01', passwordHash: await hashPassword('mat-khau-tn01-2026') })
    .where(eq(people.id, someone!.id))
  await db.insert(roleGrants).values({ personId: someone!.id, role: 'leadership', unitId: tn01 })
  return t.signIn('lanhdao.tn01', 'mat-khau-tn01-2026')
}
