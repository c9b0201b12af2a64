// After every write to a matter, its stage, its subjects' charges and measures and its
// deadlines are derived again from all its events, in the same transaction: the stored
// figures can never disagree with the events (DESIGN.md principle 1).
import { eq, sql } from 'drizzle-orm'
import type { WorkingCalendar } from '@/domain/calendar/index.ts'
import { deriveDeadlines, deriveMatterState } from '@/domain/register/index.ts'
import type { DerivedDeadline } from '@/domain/register/types.ts'
import type { Executor } from '../../db/client.ts'
import { deadlines, matters, matterSubjects } from '../../db/schema.ts'
import { deleteDeadlinesExcept, factsOf, nextDueDateOf, type LoadedMatter } from './register.repository.ts'

export type MovedDeadline = { key: string; ruleCode: string; from: string | null; to: string | null }

/**
 * The core reports an open deadline past its due date as 'missed'; stored, it stays 'open'
 * (it can still be closed, late) and "overdue" is computed against the day of each query.
 */
export const storedStatus = (d: DerivedDeadline): DerivedDeadline['status'] =>
  d.status === 'missed' && d.closedByEventId === null ? 'open' : d.status

/** When each of the matter's acts was entered (matter_events.recorded_at), by event id. */
export type EntryTimes = ReadonlyMap<number, string>

/**
 * A derived deadline as its `deadlines` row stores it (without the matter and unit ids). The
 * entry times of its starting and closing acts let indicators "as of" an earlier day see it as
 * it stood then (compile-sql.ts).
 */
export const deadlineRowValues = (d: DerivedDeadline, responsibleId: number | null, entered: EntryTimes) => ({
  key: d.key,
  subjectId: d.subjectId,
  ruleCode: d.ruleCode,
  startEventId: d.startEventId,
  startDate: d.startDate,
  dueDate: d.dueDate,
  alternativeDueDate: d.alternativeDueDate,
  dueTime: d.dueTime,
  unadjustedDueDate: d.unadjustedDueDate,
  movedBecauseOfDayOff: d.movedBecauseOfDayOff,
  dayOffReasons: d.dayOffReasons,
  basis: d.basis,
  latestExtensionRequestDate: d.latestExtensionRequestDate,
  extensionsRemaining: d.extensionsRemaining,
  status: storedStatus(d),
  closedByEventId: d.closedByEventId,
  closedOn: d.closedOn,
  startRecordedAt: entered.get(d.startEventId) ?? null,
  closedRecordedAt: d.closedByEventId === null ? null : (entered.get(d.closedByEventId) ?? null),
  responsibleId,
})

/** The columns deadlineRowValues fills; on conflict each takes the value that was about to be inserted. */
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
] as const satisfies readonly (keyof ReturnType<typeof deadlineRowValues>)[]
const UPSERT_FROM_EXCLUDED = Object.fromEntries(
  DERIVED_COLUMNS.map((key) => [key, sql.raw(`excluded."${deadlines[key].name}"`)]),
)

export const recomputeMatter = async (
  tx: Executor,
  loaded: LoadedMatter,
  calendar: WorkingCalendar,
  today: string,
): Promise<MovedDeadline[]> => {
  const facts = factsOf(loaded)
  const state = deriveMatterState(facts)
  const derived = deriveDeadlines(facts, calendar, today)
  const { matter } = loaded
  const entered: EntryTimes = new Map(loaded.events.map((e) => [e.id, e.recordedAt]))

  for (const subject of state.subjects) {
    await tx
      .update(matterSubjects)
      .set({
        chargeArticle: subject.charge?.article ?? null,
        chargeClause: subject.charge?.clause ?? null,
        chargePoint: subject.charge?.point ?? null,
        category: subject.category,
        measure: subject.measure,
      })
      .where(eq(matterSubjects.id, subject.subjectId))
  }

  // One statement for all the matter's deadlines: a calendar change re-derives thousands of matters.
  if (derived.length > 0)
    await tx
      .insert(deadlines)
      .values(
        derived.map((d) => ({
          ...deadlineRowValues(d, matter.prosecutorId, entered),
          matterId: matter.id,
          unitId: matter.unitId,
        })),
      )
      .onConflictDoUpdate({
        target: [deadlines.matterId, deadlines.key],
        set: { ...UPSERT_FROM_EXCLUDED, updatedAt: sql`now()` },
      })
  await deleteDeadlinesExcept(
    tx,
    matter.id,
    derived.map((d) => d.key),
  )

  await tx
    .update(matters)
    .set({
      stage: state.stage,
      stageLabel: state.stageLabel,
      category: state.category,
      closed: state.closed,
      nextDueDate: nextDueDateOf(derived.map((d) => ({ status: storedStatus(d), dueDate: d.dueDate }))),
      updatedAt: sql`now()`,
    })
    .where(eq(matters.id, matter.id))

  const before = new Map(loaded.deadlines.map((d) => [d.key, d.dueDate]))
  return derived
    .filter((d) => before.has(d.key) && before.get(d.key) !== d.dueDate)
    .map((d) => ({ key: d.key, ruleCode: d.ruleCode, from: before.get(d.key) ?? null, to: d.dueDate }))
}
