// Queries of the register. Rows in, rows out: no access decisions here.
import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { MatterFacts, RegisterEvent } from '@/domain/register/types.ts'
import type { EventType } from '@/domain/register/event-types.ts'
import type { MatterKind } from '@/domain/register/matter-kinds.ts'
import type { Executor } from '../../db/client.ts'
import { deadlines, matterEvents, matters, matterSubjects, people } from '../../db/schema.ts'

export type MatterRow = typeof matters.$inferSelect
export type SubjectRow = typeof matterSubjects.$inferSelect
export type EventRow = typeof matterEvents.$inferSelect
export type DeadlineRow = typeof deadlines.$inferSelect

export type LoadedMatter = { matter: MatterRow; subjects: SubjectRow[]; events: EventRow[]; deadlines: DeadlineRow[] }

export const findMatter = async (tx: Executor, id: number): Promise<MatterRow | undefined> => {
  const [row] = await tx.select().from(matters).where(eq(matters.id, id))
  return row
}

/** Locks the matter row so that two acts recorded at once on one matter are applied one after the other. */
export const lockMatter = async (tx: Executor, id: number): Promise<MatterRow | undefined> => {
  const [row] = await tx.select().from(matters).where(eq(matters.id, id)).for('update')
  return row
}

export const loadMatter = async (tx: Executor, matter: MatterRow): Promise<LoadedMatter> => {
  const [subjects, events, rows] = [
    await tx
      .select()
      .from(matterSubjects)
      .where(eq(matterSubjects.matterId, matter.id))
      .orderBy(asc(matterSubjects.id)),
    await tx
      .select()
      .from(matterEvents)
      .where(eq(matterEvents.matterId, matter.id))
      .orderBy(asc(matterEvents.occurredOn), asc(matterEvents.id)),
    await tx
      .select()
      .from(deadlines)
      .where(eq(deadlines.matterId, matter.id))
      .orderBy(asc(deadlines.dueDate), asc(deadlines.id)),
  ]

  return { matter, subjects, events, deadlines: rows }
}

/** The acts held with one added or replaced (a void), in loadMatter's order: by day, then id. */
export const withEventRow = (events: readonly EventRow[], row: EventRow): EventRow[] =>
  [...events.filter((e) => e.id !== row.id), row].sort((a, b) =>
    a.occurredOn === b.occurredOn ? a.id - b.id : a.occurredOn < b.occurredOn ? -1 : 1,
  )

export const toRegisterEvent = (row: EventRow): RegisterEvent => ({
  id: row.id,
  type: row.type as EventType,
  occurredOn: row.occurredOn,
  occurredAt: row.occurredAt,
  subjectId: row.subjectId,
  documentNumber: row.documentNumber,
  issuingBody: row.issuingBody,
  data: (row.data ?? {}) as Record<string, unknown>,
  voided: row.voidedAt !== null,
  sequence: row.id,
})

export const factsOf = ({
  matter,
  subjects,
  events,
}: Pick<LoadedMatter, 'matter' | 'subjects' | 'events'>): MatterFacts => ({
  kind: matter.kind as MatterKind,
  receivedOn: matter.receivedOn,
  subjects: subjects.map((s) => ({ id: s.id, fullName: s.fullName })),
  events: events.map(toRegisterEvent),
})

export const subjectsByMatter = async (tx: Executor, matterIds: number[]): Promise<Map<number, string[]>> => {
  const byMatter = new Map<number, string[]>()
  if (matterIds.length === 0) return byMatter
  const rows = await tx
    .select({ matterId: matterSubjects.matterId, fullName: matterSubjects.fullName })
    .from(matterSubjects)
    .where(inArray(matterSubjects.matterId, matterIds))
    .orderBy(asc(matterSubjects.id))
  for (const row of rows) byMatter.set(row.matterId, [...(byMatter.get(row.matterId) ?? []), row.fullName])

  return byMatter
}

export const insertMatterRow = async (tx: Executor, values: typeof matters.$inferInsert): Promise<MatterRow> => {
  const [row] = await tx.insert(matters).values(values).returning()
  return row!
}

export const insertSubjectRows = async (tx: Executor, values: (typeof matterSubjects.$inferInsert)[]) =>
  values.length === 0 ? [] : tx.insert(matterSubjects).values(values).returning()

export const insertEventRow = async (tx: Executor, values: typeof matterEvents.$inferInsert): Promise<EventRow> => {
  const [row] = await tx.insert(matterEvents).values(values).returning()
  return row!
}

export const findEventRow = async (tx: Executor, id: number): Promise<EventRow | undefined> => {
  const [row] = await tx.select().from(matterEvents).where(eq(matterEvents.id, id))
  return row
}

/** Voiding keeps the act: who voided it, when (the database's clock) and why. */
export const voidEventRow = async (tx: Executor, id: number, voidedBy: number, reason: string): Promise<EventRow> => {
  const [row] = await tx
    .update(matterEvents)
    .set({ voidedAt: sql`now()`, voidedBy, voidReason: reason })
    .where(eq(matterEvents.id, id))
    .returning()
  return row!
}

export const isMatterNumberTaken = async (tx: Executor, unitId: number, number: string): Promise<boolean> => {
  const [taken] = await tx
    .select({ id: matters.id })
    .from(matters)
    .where(and(eq(matters.unitId, unitId), eq(matters.number, number)))
  return taken !== undefined
}

/** Where a person works and whether they still do: a prosecutor assigned must be active and in reach. */
export const findStaffStanding = async (tx: Executor, personId: number) => {
  const [person] = await tx
    .select({ unitId: people.unitId, active: people.active })
    .from(people)
    .where(eq(people.id, personId))
  return person
}

/**
 * The register version of a set of units: the newest register_changes row of any of them (0 if
 * none). Every statement that writes a matter, a subject, an act or a deadline appends one
 * (triggers, migrations/0008), a calendar recompute's upsert of the deadlines it derives again
 * included; one index lookup per unit (register_changes_unit_idx).
 */
export const registerVersionOf = async (tx: Executor, unitIds: readonly number[]): Promise<number> => {
  if (unitIds.length === 0) return 0
  const result = await tx.execute(
    sql`SELECT coalesce(max((SELECT max(c.id) FROM register_changes c WHERE c.unit_id = u)), 0) AS version
        FROM unnest(${`{${unitIds.join(',')}}`}::int[]) AS u`,
  )
  const [row] = (result as unknown as { rows: { version: string | number }[] }).rows
  return Number(row?.version ?? 0)
}
