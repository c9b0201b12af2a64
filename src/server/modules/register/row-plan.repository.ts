// Stores row plans (src/domain/register/row-plan.ts): the one writer of the register's derived
// rows, for every path that derives them — an act recorded, voided or a subject added online,
// a calendar change, the Excel import and the demo seed.
import { and, eq, notInArray, sql } from 'drizzle-orm'
import type { RowPlan, SubjectRowPlan } from '@/domain/register/index.ts'
import type { Executor } from '../../db/client.ts'
import { deadlines, matterEvents, matters, matterSubjects } from '../../db/schema.ts'
import { insertAsJson, updateAsJson } from './json-rows.ts'
import type { DeadlineRow, MatterRow, SubjectRow } from './register.repository.ts'

type DerivedMatterColumns = keyof RowPlan['matter']
type DerivedSubjectColumns = Exclude<keyof SubjectRowPlan, 'id'>

/** A matter not yet stored: its rows without what the plan derives, with their ids already drawn. */
export type NewMatterRows = {
  matter: Omit<typeof matters.$inferInsert, DerivedMatterColumns> & { id: number; unitId: number }
  subjects: (Omit<typeof matterSubjects.$inferInsert, DerivedSubjectColumns> & { id: number })[]
  events: (typeof matterEvents.$inferInsert)[]
  plan: RowPlan
}

/** A stored matter derived again. */
export type StoredMatterPlan = { matter: Pick<MatterRow, 'id' | 'unitId'>; plan: RowPlan }

export type RowPlanWrites =
  | {
      kind: 'new'
      matters: readonly NewMatterRows[]
      /** Rows per INSERT, and a call after each (the demo seed's progress). */
      batch?: number
      onBatch?: (table: 'matters' | 'subjects' | 'events' | 'deadlines', rows: number) => void
    }
  | { kind: 'stored'; matters: readonly StoredMatterPlan[] }

/** The columns of a planned deadline row; on conflict each takes the value that was about to be inserted. */
const DEADLINE_COLUMNS = [
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
] as const satisfies readonly (keyof RowPlan['deadlines'][number])[]
const UPSERT_FROM_EXCLUDED = Object.fromEntries(
  DEADLINE_COLUMNS.map((key) => [key, sql.raw(`excluded."${deadlines[key].name}"`)]),
)

const deadlineRowsOf = ({ id, unitId }: Pick<MatterRow, 'id' | 'unitId'>, plan: RowPlan) =>
  plan.deadlines.map((d) => ({ ...d, matterId: id, unitId }))

/** What a stored matter's rows are after its plan is written. */
export type WrittenMatter = {
  matter: MatterRow
  /** Ordered as loadMatter orders them: by due date (none last), then id. */
  deadlines: DeadlineRow[]
  /** Each subject's derived fields, by subject id, to lay over the subject rows held. */
  subjects: ReadonlyMap<number, Pick<SubjectRow, DerivedSubjectColumns>>
}

const byDueDate = (a: DeadlineRow, b: DeadlineRow) =>
  a.dueDate === b.dueDate
    ? a.id - b.id
    : a.dueDate === null
      ? 1
      : b.dueDate === null
        ? -1
        : a.dueDate < b.dueDate
          ? -1
          : 1

/**
 * Writes the plans. New matters (the import, the demo seed): their matter, subject, act and
 * deadline rows are inserted, parents first for the foreign keys, a batch of rows per statement.
 * Stored matters: per matter, the subjects' derived fields in one statement, the deadlines
 * upserted by key in one, those no longer derived deleted, the matter row's derived fields set
 * (four statements, however many subjects and deadlines).
 */
export const writeRowPlans = async (tx: Executor, writes: RowPlanWrites): Promise<WrittenMatter[]> => {
  if (writes.kind === 'new') {
    const { batch, onBatch } = writes
    const options = (table: 'matters' | 'subjects' | 'events' | 'deadlines') => ({
      ...(batch ? { batch } : {}),
      ...(onBatch ? { onBatch: (rows: number) => onBatch(table, rows) } : {}),
    })
    const items = writes.matters
    await insertAsJson(
      tx,
      matters,
      items.map((m) => ({ ...m.matter, ...m.plan.matter })),
      options('matters'),
    )
    await insertAsJson(
      tx,
      matterSubjects,
      items.flatMap((m) =>
        m.subjects.map((s, i) => ({
          ...s,
          ...m.plan.subjects[i]!,
          id: s.id,
          matterId: m.matter.id,
          unitId: m.matter.unitId,
        })),
      ),
      options('subjects'),
    )
    await insertAsJson(
      tx,
      matterEvents,
      items.flatMap((m) => m.events),
      options('events'),
    )
    await insertAsJson(
      tx,
      deadlines,
      items.flatMap((m) => deadlineRowsOf(m.matter, m.plan)),
      options('deadlines'),
    )
    return []
  }

  const written: WrittenMatter[] = []
  for (const { matter, plan } of writes.matters) {
    await updateAsJson(tx, matterSubjects, plan.subjects)
    const rows =
      plan.deadlines.length === 0
        ? []
        : await tx
            .insert(deadlines)
            .values(deadlineRowsOf(matter, plan))
            .onConflictDoUpdate({
              target: [deadlines.matterId, deadlines.key],
              set: { ...UPSERT_FROM_EXCLUDED, updatedAt: sql`now()` },
            })
            .returning()
    const keep = plan.deadlines.map((d) => d.key)
    await tx
      .delete(deadlines)
      .where(and(eq(deadlines.matterId, matter.id), keep.length > 0 ? notInArray(deadlines.key, keep) : undefined))
    const [row] = await tx
      .update(matters)
      .set({ ...plan.matter, updatedAt: sql`now()` })
      .where(eq(matters.id, matter.id))
      .returning()
    written.push({
      matter: row!,
      deadlines: rows.sort(byDueDate),
      subjects: new Map(plan.subjects.map(({ id, ...fields }) => [id, fields])),
    })
  }

  return written
}
