import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm'
import type { OfficialCalendarEntry, OfficialCalendarKind } from '@/shared/api/calendar.ts'
import type { OfficialCalendarEntry as CoreEntry } from '@/domain/calendar/index.ts'
import type { Executor } from '../../db/client.ts'
import { officialCalendarEntries, people } from '../../db/schema.ts'
import { toIsoInstant } from '../../platform/time.ts'

type EntryRow = typeof officialCalendarEntries.$inferSelect
export type EntryValues = { date: string; kind: OfficialCalendarKind; reason: string; legalSource: string | null }

export const toEntry = (row: EntryRow, updatedByName: string | null = null): OfficialCalendarEntry => ({
  id: row.id,
  date: row.date,
  kind: row.kind as OfficialCalendarKind,
  reason: row.reason,
  legalSource: row.legalSource,
  createdAt: toIsoInstant(row.createdAt)!,
  updatedAt: toIsoInstant(row.updatedAt)!,
  updatedBy: row.updatedBy,
  updatedByName,
})

/** What the pure calendar core reads. */
export const toCoreEntry = (row: Pick<EntryRow, 'date' | 'kind' | 'reason'>): CoreEntry => ({
  date: row.date,
  kind: row.kind as CoreEntry['kind'],
  reason: row.reason,
})

/** Dates from `from` to `to` inclusive; either bound may be left open. */
export type DateRange = { from?: string | undefined; to?: string | undefined }

const within = (range: DateRange): SQL | undefined =>
  and(range.from ? gte(officialCalendarEntries.date, range.from) : undefined, range.to ? lte(officialCalendarEntries.date, range.to) : undefined)

export const listEntries = async (tx: Executor, range: DateRange = {}): Promise<EntryRow[]> =>
  tx.select().from(officialCalendarEntries).where(within(range)).orderBy(officialCalendarEntries.date)

/** Like listEntries, with the name of the person who last wrote each entry. */
export const listEntriesWithAuthor = async (tx: Executor, range: DateRange = {}): Promise<OfficialCalendarEntry[]> => {
  const rows = await tx
    .select({ row: officialCalendarEntries, name: people.fullName })
    .from(officialCalendarEntries)
    .leftJoin(people, eq(people.id, officialCalendarEntries.updatedBy))
    .where(within(range))
    .orderBy(officialCalendarEntries.date)

  return rows.map(({ row, name }) => toEntry(row, name))
}

export const findEntryById = async (tx: Executor, id: number): Promise<EntryRow | undefined> => {
  const [row] = await tx.select().from(officialCalendarEntries).where(eq(officialCalendarEntries.id, id))
  return row
}

export const findEntryByDate = async (tx: Executor, date: string): Promise<EntryRow | undefined> => {
  const [row] = await tx.select().from(officialCalendarEntries).where(eq(officialCalendarEntries.date, date))
  return row
}

export const findPersonName = async (tx: Executor, id: number): Promise<string | null> => {
  const [row] = await tx.select({ name: people.fullName }).from(people).where(eq(people.id, id))
  return row?.name ?? null
}

export const insertEntry = async (tx: Executor, values: EntryValues, personId: number): Promise<EntryRow> => {
  const [row] = await tx
    .insert(officialCalendarEntries)
    .values({ ...values, updatedBy: personId })
    .returning()
  return row!
}

export const updateEntry = async (tx: Executor, id: number, values: EntryValues, personId: number): Promise<EntryRow> => {
  const [row] = await tx
    .update(officialCalendarEntries)
    .set({ ...values, updatedBy: personId, updatedAt: sql`now()` })
    .where(eq(officialCalendarEntries.id, id))
    .returning()
  return row!
}

export const deleteEntry = async (tx: Executor, id: number): Promise<void> => {
  await tx.delete(officialCalendarEntries).where(eq(officialCalendarEntries.id, id))
}
