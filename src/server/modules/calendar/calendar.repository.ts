import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm'
import type { CalendarYearConfirmation, OfficialCalendarEntry, OfficialCalendarKind } from '@/shared/api/calendar.ts'
import type { OfficialCalendarEntry as CoreEntry } from '@/domain/calendar/index.ts'
import type { Executor } from '../../db/client.ts'
import { officialCalendarEntries, officialCalendarYears, people } from '../../db/schema.ts'
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
  and(
    range.from ? gte(officialCalendarEntries.date, range.from) : undefined,
    range.to ? lte(officialCalendarEntries.date, range.to) : undefined,
  )

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

export const updateEntry = async (
  tx: Executor,
  id: number,
  values: EntryValues,
  personId: number,
): Promise<EntryRow> => {
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

// ── Confirmed years (official_calendar_years) ─────────────────────────────────────────────

type YearRow = typeof officialCalendarYears.$inferSelect
export type YearValues = { decision: string; decidedOn: string | null }

export const toConfirmation = (row: YearRow, updatedByName: string | null = null): CalendarYearConfirmation => ({
  year: row.year,
  decision: row.decision,
  decidedOn: row.decidedOn,
  createdAt: toIsoInstant(row.createdAt)!,
  updatedAt: toIsoInstant(row.updatedAt)!,
  updatedBy: row.updatedBy,
  updatedByName,
})

/** The confirmed years, for the working calendar: their computed substitute days are dropped. */
export const listConfirmedYears = async (tx: Executor, fromYear = 0): Promise<number[]> => {
  const rows = await tx
    .select({ year: officialCalendarYears.year })
    .from(officialCalendarYears)
    .where(gte(officialCalendarYears.year, fromYear))
  return rows.map((r) => r.year)
}

export const findYear = async (tx: Executor, year: number): Promise<YearRow | undefined> => {
  const [row] = await tx.select().from(officialCalendarYears).where(eq(officialCalendarYears.year, year))
  return row
}

export const insertYear = async (
  tx: Executor,
  year: number,
  values: YearValues,
  personId: number,
): Promise<YearRow> => {
  const [row] = await tx
    .insert(officialCalendarYears)
    .values({ year, ...values, updatedBy: personId })
    .returning()
  return row!
}

export const updateYear = async (
  tx: Executor,
  year: number,
  values: YearValues,
  personId: number,
): Promise<YearRow> => {
  const [row] = await tx
    .update(officialCalendarYears)
    .set({ ...values, updatedBy: personId, updatedAt: sql`now()` })
    .where(eq(officialCalendarYears.year, year))
    .returning()
  return row!
}

export const deleteYear = async (tx: Executor, year: number): Promise<void> => {
  await tx.delete(officialCalendarYears).where(eq(officialCalendarYears.year, year))
}
