import { eq, inArray, or, count, sql } from 'drizzle-orm'
import type { PgInsertValue, PgUpdateSetSource } from 'drizzle-orm/pg-core'
import type { Unit } from '@/shared/api/units.ts'
import type { UnitLevel } from '@/shared/vocabulary.ts'
import type { Executor } from '../../db/client.ts'
import { matters, people, roleGrants, units } from '../../db/schema.ts'

type UnitRow = typeof units.$inferSelect

export const toUnit = (row: UnitRow): Unit => ({
  id: row.id,
  code: row.code,
  name: row.name,
  shortName: row.shortName,
  level: row.level as UnitLevel,
  parentId: row.parentId,
  successorId: row.successorId,
  validFrom: row.validFrom,
  validTo: row.validTo,
  sortOrder: row.sortOrder,
})

export const findUnitById = async (tx: Executor, id: number): Promise<UnitRow | undefined> => {
  const [row] = await tx.select().from(units).where(eq(units.id, id))
  return row
}

export const findUnitByCode = async (tx: Executor, code: string): Promise<UnitRow | undefined> => {
  const [row] = await tx.select().from(units).where(eq(units.code, code))
  return row
}

export const listUnitsByIds = async (tx: Executor, ids: number[]): Promise<UnitRow[]> =>
  ids.length === 0 ? [] : tx.select().from(units).where(inArray(units.id, ids)).orderBy(units.sortOrder, units.id)

/** How many rows point at the unit: children, successions, staff, role grants. */
export const countDependants = async (tx: Executor, id: number): Promise<number> => {
  const [children] = await tx
    .select({ n: count() })
    .from(units)
    .where(or(eq(units.parentId, id), eq(units.successorId, id)))
  const [staff] = await tx.select({ n: count() }).from(people).where(eq(people.unitId, id))
  const [grants] = await tx.select({ n: count() }).from(roleGrants).where(eq(roleGrants.unitId, id))
  // A unit's register stays with it: its matters keep the unit that received them.
  const [registered] = await tx.select({ n: count() }).from(matters).where(eq(matters.unitId, id))

  return (children?.n ?? 0) + (staff?.n ?? 0) + (grants?.n ?? 0) + (registered?.n ?? 0)
}

export const insertUnitRow = async (tx: Executor, values: PgInsertValue<typeof units>): Promise<UnitRow> => {
  const [row] = await tx.insert(units).values(values).returning()
  return row!
}

/** Changes a unit's row; updatedAt is the database's clock. */
export const updateUnitRow = async (
  tx: Executor,
  id: number,
  values: PgUpdateSetSource<typeof units>,
): Promise<UnitRow> => {
  const [row] = await tx
    .update(units)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(units.id, id))
    .returning()
  return row!
}

export const deleteUnitRow = async (tx: Executor, id: number): Promise<void> => {
  await tx.delete(units).where(eq(units.id, id))
}
