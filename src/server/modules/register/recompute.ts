// After every write to a matter, its stage, its subjects' charges and measures and its
// deadlines are derived again from all its events, in the same transaction: the stored
// figures can never disagree with the events (DESIGN.md principle 1).
import { eq, sql } from 'drizzle-orm'
import type { WorkingCalendar } from '@/domain/calendar/index.ts'
import { type DeadlineRowPlan, type EntryTimes, planMatterRows } from '@/domain/register/index.ts'
import type { Executor } from '../../db/client.ts'
import { deadlines, matters, matterSubjects } from '../../db/schema.ts'
import { deleteDeadlinesExcept, factsOf, type LoadedMatter } from './register.repository.ts'

export type MovedDeadline = { key: string; ruleCode: string; from: string | null; to: string | null }

/** The columns of a planned deadline row (register/row-plan.ts); on conflict each takes the value that was about to be inserted. */
const DERIVED_COLUMNS = [
  'key',
  'subjectId',
  'ruleCode',
  'startEventId',
  'startDate',
  'dueDate',
  'alternativeDueDate',
  'dueTime',
  'unadjustedDueDate',
  'movedBecauseOfDayOff',
  'dayOffReasons',
  'basis',
  'latestExtensionRequestDate',
  'extensionsRemaining',
  'status',
  'closedByEventId',
  'closedOn',
  'startRecordedAt',
  'closedRecordedAt',
  'responsibleId',
] as const satisfies readonly (keyof DeadlineRowPlan)[]
const UPSERT_FROM_EXCLUDED = Object.fromEntries(
  DERIVED_COLUMNS.map((key) => [key, sql.raw(`excluded."${deadlines[key].name}"`)]),
)

export const recomputeMatter = async (
  tx: Executor,
  loaded: LoadedMatter,
  calendar: WorkingCalendar,
  today: string,
): Promise<MovedDeadline[]> => {
  const { matter } = loaded
  const entered: EntryTimes = new Map(loaded.events.map((e) => [e.id, e.recordedAt]))
  const plan = planMatterRows(factsOf(loaded), calendar, today, { responsibleId: matter.prosecutorId, entered })

  for (const { id, ...subject } of plan.subjects)
    await tx.update(matterSubjects).set(subject).where(eq(matterSubjects.id, id))

  // One statement for all the matter's deadlines: a calendar change re-derives thousands of matters.
  if (plan.deadlines.length > 0)
    await tx
      .insert(deadlines)
      .values(plan.deadlines.map((d) => ({ ...d, matterId: matter.id, unitId: matter.unitId })))
      .onConflictDoUpdate({
        target: [deadlines.matterId, deadlines.key],
        set: { ...UPSERT_FROM_EXCLUDED, updatedAt: sql`now()` },
      })
  await deleteDeadlinesExcept(
    tx,
    matter.id,
    plan.deadlines.map((d) => d.key),
  )

  await tx
    .update(matters)
    .set({ ...plan.matter, updatedAt: sql`now()` })
    .where(eq(matters.id, matter.id))

  const before = new Map(loaded.deadlines.map((d) => [d.key, d.dueDate]))
  return plan.deadlines
    .filter((d) => before.has(d.key) && before.get(d.key) !== d.dueDate)
    .map((d) => ({ key: d.key, ruleCode: d.ruleCode, from: before.get(d.key) ?? null, to: d.dueDate }))
}
