// The plan module's SQL: plans, their targets and tasks, and the progress reported on tasks.
// Every function takes the executor it is given, so a service's change and its audit row share
// one transaction.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Executor } from '../../db/client.ts'
import { planReviews, planTargets, planTaskProgress, planTasks, plans } from '../../db/schema.ts'

export type PlanRow = typeof plans.$inferSelect
export type PlanInsert = typeof plans.$inferInsert
export type TargetRow = typeof planTargets.$inferSelect
export type TargetInsert = typeof planTargets.$inferInsert
export type TaskRow = typeof planTasks.$inferSelect
export type TaskInsert = typeof planTasks.$inferInsert
export type ProgressRow = typeof planTaskProgress.$inferSelect
export type ProgressInsert = typeof planTaskProgress.$inferInsert

export const findPlan = async (tx: Executor, id: number): Promise<PlanRow | undefined> => {
  const [row] = await tx.select().from(plans).where(eq(plans.id, id))
  return row
}

/** Locks the plan's row for the rest of the transaction: two transitions of one plan queue. */
export const lockPlan = async (tx: Executor, id: number): Promise<PlanRow | undefined> => {
  const [row] = await tx.select().from(plans).where(eq(plans.id, id)).for('update')
  return row
}

export const listPlans = async (tx: Executor, unitIds: number[], year: number | undefined): Promise<PlanRow[]> => {
  if (unitIds.length === 0) return []
  return tx
    .select()
    .from(plans)
    .where(and(inArray(plans.unitId, unitIds), year === undefined ? undefined : eq(plans.year, year)))
    .orderBy(desc(plans.year), asc(plans.unitId), asc(plans.kind), asc(plans.id))
}

/** Plans implementing any of the given plans (the lower units' programmes). */
export const plansImplementing = async (tx: Executor, superiorIds: number[]): Promise<PlanRow[]> => {
  if (superiorIds.length === 0) return []
  return tx.select().from(plans).where(inArray(plans.superiorPlanId, superiorIds)).orderBy(asc(plans.id))
}

/** The version that amends this one, if any. */
export const findAmendment = async (tx: Executor, id: number): Promise<PlanRow | undefined> => {
  const [row] = await tx.select().from(plans).where(eq(plans.amendsId, id)).orderBy(desc(plans.version)).limit(1)
  return row
}

export const countContent = async (
  tx: Executor,
  planIds: number[],
): Promise<Map<number, { tasks: number; targets: number }>> => {
  const counts = new Map<number, { tasks: number; targets: number }>()
  if (planIds.length === 0) return counts
  for (const id of planIds) counts.set(id, { tasks: 0, targets: 0 })
  const tasks = await tx
    .select({ planId: planTasks.planId, n: sql<number>`count(*)::int` })
    .from(planTasks)
    .where(inArray(planTasks.planId, planIds))
    .groupBy(planTasks.planId)
  const targets = await tx
    .select({ planId: planTargets.planId, n: sql<number>`count(*)::int` })
    .from(planTargets)
    .where(inArray(planTargets.planId, planIds))
    .groupBy(planTargets.planId)
  for (const row of tasks) counts.get(row.planId)!.tasks = row.n
  for (const row of targets) counts.get(row.planId)!.targets = row.n

  return counts
}

export const insertPlan = async (tx: Executor, values: PlanInsert): Promise<PlanRow> => {
  const [row] = await tx.insert(plans).values(values).returning()
  return row!
}

export const updatePlanRow = async (tx: Executor, id: number, values: Partial<PlanInsert>): Promise<PlanRow> => {
  const [row] = await tx
    .update(plans)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(plans.id, id))
    .returning()
  return row!
}

export const targetsOf = async (tx: Executor, planIds: number[]): Promise<TargetRow[]> => {
  if (planIds.length === 0) return []
  return tx
    .select()
    .from(planTargets)
    .where(inArray(planTargets.planId, planIds))
    .orderBy(asc(planTargets.planId), asc(planTargets.position), asc(planTargets.id))
}

export const tasksOf = async (tx: Executor, planIds: number[]): Promise<TaskRow[]> => {
  if (planIds.length === 0) return []
  return tx
    .select()
    .from(planTasks)
    .where(inArray(planTasks.planId, planIds))
    .orderBy(asc(planTasks.planId), asc(planTasks.position), asc(planTasks.id))
}

export const findTask = async (tx: Executor, id: number): Promise<TaskRow | undefined> => {
  const [row] = await tx.select().from(planTasks).where(eq(planTasks.id, id))
  return row
}

export const findTarget = async (tx: Executor, id: number): Promise<TargetRow | undefined> => {
  const [row] = await tx.select().from(planTargets).where(eq(planTargets.id, id))
  return row
}

/** Tasks assigned to a person in plans that are in force: issued, and not superseded by an issued amendment. */
export const tasksAssignedTo = async (tx: Executor, personId: number): Promise<TaskRow[]> =>
  tx
    .select({ task: planTasks })
    .from(planTasks)
    .innerJoin(plans, eq(plans.id, planTasks.planId))
    .where(
      and(
        eq(planTasks.assigneeId, personId),
        inArray(plans.status, ['issued', 'amended']),
        sql`not exists (select 1 from plans amendment where amendment.amends_id = ${plans.id} and amendment.status in ('amended', 'reviewed'))`,
      ),
    )
    .orderBy(asc(planTasks.deadline), asc(planTasks.id))
    .then((rows) => rows.map((r) => r.task))

/** The next free position in a plan's list of tasks or targets. */
const nextPosition = async (tx: Executor, table: typeof planTasks | typeof planTargets, planId: number) => {
  const [row] = await tx
    .select({ n: sql<number>`coalesce(max(${table.position}), 0)::int` })
    .from(table)
    .where(eq(table.planId, planId))
  return (row?.n ?? 0) + 1
}

export const insertTask = async (tx: Executor, values: Omit<TaskInsert, 'position'>): Promise<TaskRow> => {
  const position = await nextPosition(tx, planTasks, values.planId)
  const [row] = await tx
    .insert(planTasks)
    .values({ ...values, position })
    .returning()
  // A new task starts its own lineage; a copied one (amendment) brings its lineage with it.
  if (row!.lineageId !== null) return row!
  const [withLineage] = await tx
    .update(planTasks)
    .set({ lineageId: row!.id })
    .where(eq(planTasks.id, row!.id))
    .returning()
  return withLineage!
}

export const updateTaskRow = async (tx: Executor, id: number, values: Partial<TaskInsert>): Promise<TaskRow> => {
  const [row] = await tx.update(planTasks).set(values).where(eq(planTasks.id, id)).returning()
  return row!
}

export const deleteTaskRow = async (tx: Executor, id: number): Promise<void> => {
  await tx.delete(planTasks).where(eq(planTasks.id, id))
}

export const insertTarget = async (tx: Executor, values: Omit<TargetInsert, 'position'>): Promise<TargetRow> => {
  const position = await nextPosition(tx, planTargets, values.planId)
  const [row] = await tx
    .insert(planTargets)
    .values({ ...values, position })
    .returning()
  if (row!.lineageId !== null) return row!
  const [withLineage] = await tx
    .update(planTargets)
    .set({ lineageId: row!.id })
    .where(eq(planTargets.id, row!.id))
    .returning()
  return withLineage!
}

export const updateTargetRow = async (tx: Executor, id: number, values: Partial<TargetInsert>): Promise<TargetRow> => {
  const [row] = await tx.update(planTargets).set(values).where(eq(planTargets.id, id)).returning()
  return row!
}

export const deleteTargetRow = async (tx: Executor, id: number): Promise<void> => {
  await tx.delete(planTargets).where(eq(planTargets.id, id))
}

export const progressOf = async (tx: Executor, lineageIds: number[]): Promise<ProgressRow[]> => {
  if (lineageIds.length === 0) return []
  return tx
    .select()
    .from(planTaskProgress)
    .where(inArray(planTaskProgress.taskLineageId, lineageIds))
    .orderBy(asc(planTaskProgress.taskLineageId), asc(planTaskProgress.id))
}

export const insertProgress = async (tx: Executor, values: ProgressInsert): Promise<ProgressRow> => {
  const [row] = await tx.insert(planTaskProgress).values(values).returning()
  return row!
}

export const updateProgressRow = async (
  tx: Executor,
  id: number,
  values: Partial<ProgressInsert>,
): Promise<ProgressRow> => {
  const [row] = await tx.update(planTaskProgress).set(values).where(eq(planTaskProgress.id, id)).returning()
  return row!
}

export type ReviewRow = typeof planReviews.$inferSelect

export const findReview = async (tx: Executor, planId: number, period: 'six_months' | 'year') => {
  const [row] = await tx
    .select()
    .from(planReviews)
    .where(and(eq(planReviews.planId, planId), eq(planReviews.period, period)))
  return row
}

export const insertReview = async (tx: Executor, values: typeof planReviews.$inferInsert): Promise<ReviewRow> => {
  const [row] = await tx.insert(planReviews).values(values).returning()
  return row!
}
