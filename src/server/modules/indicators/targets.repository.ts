// The targets' and closures' SQL (indicator_targets, period_closures): which targets are in
// force on a day, an indicator's history, entering and withdrawing a target under row locks,
// and the closed periods of units.
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { PgInsertValue } from 'drizzle-orm/pg-core'
import type { Executor } from '../../db/client.ts'
import { indicatorTargets, periodClosures } from '../../db/schema.ts'

export type TargetRow = typeof indicatorTargets.$inferSelect
export type ClosureRow = typeof periodClosures.$inferSelect

/** Indicator codes that already have a target row (shipped or entered). */
export const findTargetCodes = async (db: Executor): Promise<Set<string>> =>
  new Set((await db.select({ code: indicatorTargets.indicatorCode }).from(indicatorTargets)).map((r) => r.code))

export const insertTargetsIfAbsent = async (db: Executor, rows: PgInsertValue<typeof indicatorTargets>[]) => {
  if (rows.length) await db.insert(indicatorTargets).values(rows).onConflictDoNothing()
}

/** Target rows in force on `day`: not withdrawn, and `day` between their first and last day. */
export const findTargetsOn = async (db: Executor, day: string): Promise<TargetRow[]> =>
  db
    .select()
    .from(indicatorTargets)
    .where(
      sql`${indicatorTargets.withdrawnAt} IS NULL AND ${indicatorTargets.effectiveFrom} <= ${day}::date AND (${indicatorTargets.effectiveTo} IS NULL OR ${indicatorTargets.effectiveTo} >= ${day}::date)`,
    )

/** An indicator's targets, newest first, withdrawn ones included. */
export const findTargetHistory = async (db: Executor, code: string): Promise<TargetRow[]> =>
  db
    .select()
    .from(indicatorTargets)
    .where(eq(indicatorTargets.indicatorCode, code))
    .orderBy(desc(indicatorTargets.effectiveFrom), desc(indicatorTargets.id))

/** The latest standing target of an indicator, locked: a new one ends it. */
export const lockLatestStandingTarget = async (tx: Executor, code: string): Promise<TargetRow | undefined> => {
  const [latest] = await tx
    .select()
    .from(indicatorTargets)
    .where(and(eq(indicatorTargets.indicatorCode, code), isNull(indicatorTargets.withdrawnAt)))
    .orderBy(desc(indicatorTargets.effectiveFrom))
    .limit(1)
    .for('update')
  return latest
}

/** Every standing target of an indicator, oldest first, locked: the neighbours' end dates are rewritten. */
export const lockStandingTargets = async (tx: Executor, code: string): Promise<TargetRow[]> =>
  tx
    .select()
    .from(indicatorTargets)
    .where(and(eq(indicatorTargets.indicatorCode, code), isNull(indicatorTargets.withdrawnAt)))
    .orderBy(asc(indicatorTargets.effectiveFrom))
    .for('update')

export const lockTarget = async (tx: Executor, id: number): Promise<TargetRow | undefined> => {
  const [target] = await tx.select().from(indicatorTargets).where(eq(indicatorTargets.id, id)).for('update')
  return target
}

export const setTargetEnd = async (tx: Executor, id: number, effectiveTo: string | null): Promise<void> => {
  await tx.update(indicatorTargets).set({ effectiveTo }).where(eq(indicatorTargets.id, id))
}

export const insertTarget = async (
  tx: Executor,
  values: PgInsertValue<typeof indicatorTargets>,
): Promise<TargetRow> => {
  const [created] = await tx.insert(indicatorTargets).values(values).returning()
  return created!
}

/** Withdrawing keeps the row: who, when (the database's clock) and why. */
export const markTargetWithdrawn = async (
  tx: Executor,
  id: number,
  withdrawnBy: number,
  reason: string,
): Promise<TargetRow> => {
  const [withdrawn] = await tx
    .update(indicatorTargets)
    .set({ withdrawnAt: sql`now()`, withdrawnBy, withdrawalReason: reason })
    .where(eq(indicatorTargets.id, id))
    .returning()
  return withdrawn!
}

export const findClosure = async (db: Executor, unitId: number, periodKey: string): Promise<ClosureRow | undefined> => {
  const [closure] = await db
    .select()
    .from(periodClosures)
    .where(and(eq(periodClosures.unitId, unitId), eq(periodClosures.periodKey, periodKey)))
  return closure
}

export const findClosures = async (db: Executor, periodKey: string, unitIds: number[]): Promise<ClosureRow[]> =>
  db
    .select()
    .from(periodClosures)
    .where(and(eq(periodClosures.periodKey, periodKey), inArray(periodClosures.unitId, unitIds)))

/** Closes a period for a unit unless it is closed already; the new row's id, or null. */
export const insertClosure = async (
  tx: Executor,
  values: PgInsertValue<typeof periodClosures>,
): Promise<number | null> => {
  const inserted = await tx
    .insert(periodClosures)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: periodClosures.id })
  return inserted[0]?.id ?? null
}
