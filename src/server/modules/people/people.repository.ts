import { and, asc, count, eq, inArray, or, sql, type SQL } from 'drizzle-orm'
import type { PgInsertValue, PgUpdateSetSource } from 'drizzle-orm/pg-core'
import type { Person } from '@/shared/api/people.ts'
import type { Role, StaffTitle } from '@/shared/vocabulary.ts'
import type { UnitTree } from '@/domain/units/unit-tree.ts'
import type { Executor } from '../../db/client.ts'
import { people, roleGrants } from '../../db/schema.ts'
import { toIsoInstant } from '../../platform/time.ts'
import { containsPattern } from '@/server/platform/like.ts'

export type PersonRow = typeof people.$inferSelect
export type GrantRow = { role: Role; unitId: number }

export const toPerson = (row: PersonRow, grants: GrantRow[], tree: UnitTree): Person => ({
  id: row.id,
  fullName: row.fullName,
  title: row.title as StaffTitle,
  unitId: row.unitId,
  unitName: tree.byId.get(row.unitId)?.name ?? '',
  email: row.email,
  phone: row.phone,
  birthYear: row.birthYear,
  gender: (row.gender as 'nam' | 'nu' | null) ?? null,
  active: row.active,
  username: row.username,
  roles: grants.map((g) => ({ ...g, unitName: tree.byId.get(g.unitId)?.name ?? '' })),
  updatedAt: toIsoInstant(row.updatedAt)!,
})

export const findPersonById = async (tx: Executor, id: number): Promise<PersonRow | undefined> => {
  const [row] = await tx.select().from(people).where(eq(people.id, id))
  return row
}

export const findPersonIdByUsername = async (tx: Executor, username: string): Promise<number | undefined> => {
  const [row] = await tx.select({ id: people.id }).from(people).where(eq(people.username, username))
  return row?.id
}

export const grantsOf = async (tx: Executor, personIds: number[]): Promise<Map<number, GrantRow[]>> => {
  const byPerson = new Map<number, GrantRow[]>()
  if (personIds.length === 0) return byPerson
  const rows = await tx
    .select({ personId: roleGrants.personId, role: roleGrants.role, unitId: roleGrants.unitId })
    .from(roleGrants)
    .where(inArray(roleGrants.personId, personIds))
    .orderBy(asc(roleGrants.id))
  for (const row of rows) {
    const list = byPerson.get(row.personId) ?? []
    list.push({ role: row.role as Role, unitId: row.unitId })
    byPerson.set(row.personId, list)
  }

  return byPerson
}

export const replaceGrants = async (tx: Executor, personId: number, grants: GrantRow[]): Promise<void> => {
  await tx.delete(roleGrants).where(eq(roleGrants.personId, personId))
  const unique = [...new Map(grants.map((g) => [`${g.role}:${g.unitId}`, g])).values()]
  if (unique.length > 0)
    await tx.insert(roleGrants).values(unique.map((g) => ({ personId, role: g.role, unitId: g.unitId })))
}

export type PeopleFilter = {
  unitIds: number[]
  q?: string | undefined
  title?: StaffTitle | undefined
  active?: boolean | undefined
}

// One search box for name, email and phone. search_normalize (migration 0001) is
// lower(unaccent(…)), so "nguyen van duc" finds "Nguyễn Văn Đức"; the trigram index serves
// the name. Phone numbers are compared digits only ("0907 123" finds "0907 123 456").
const matchesText = (q: string): SQL => {
  const digits = q.replace(/\D/g, '')
  return or(
    sql`search_normalize(${people.fullName}) like ${containsPattern(sql`search_normalize(${q})`)}`,
    sql`lower(${people.email}) like ${containsPattern(sql`lower(${q})`)}`,
    digits.length >= 3
      ? sql`regexp_replace(${people.phone}, '[^0-9]', '', 'g') like ${containsPattern(sql`${digits}`)}`
      : undefined,
  )!
}

const whereOf = (filter: PeopleFilter): SQL | undefined =>
  and(
    inArray(people.unitId, filter.unitIds),
    filter.q ? matchesText(filter.q) : undefined,
    filter.title ? eq(people.title, filter.title) : undefined,
    filter.active === undefined ? undefined : eq(people.active, filter.active),
  )

export const searchPeople = async (
  tx: Executor,
  filter: PeopleFilter,
  page: { page: number; pageSize: number },
): Promise<{ rows: PersonRow[]; total: number }> => {
  if (filter.unitIds.length === 0) return { rows: [], total: 0 }
  const where = whereOf(filter)
  const [totalRow] = await tx.select({ n: count() }).from(people).where(where)
  // Vietnamese names sort by given name (the last word), then by the full name.
  const rows = await tx
    .select()
    .from(people)
    .where(where)
    .orderBy(sql`regexp_replace(${people.fullName}, '^.* ', '')`, asc(people.fullName), asc(people.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)

  return { rows, total: totalRow?.n ?? 0 }
}

/** Staff names by id (an act's recorder, a matter's prosecutor): ids not found are left out. */
export const personNames = async (tx: Executor, ids: (number | null)[]): Promise<Map<number, string>> => {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))]
  if (wanted.length === 0) return new Map()
  const rows = await tx
    .select({ id: people.id, fullName: people.fullName })
    .from(people)
    .where(inArray(people.id, wanted))
  return new Map(rows.map((r) => [r.id, r.fullName]))
}

/** The database's clock, for a column set when the row is written (passwordChangedAt). */
export const DATABASE_NOW = sql`now()`

export const insertPersonRow = async (tx: Executor, values: PgInsertValue<typeof people>): Promise<PersonRow> => {
  const [row] = await tx.insert(people).values(values).returning()
  return row!
}

/** Changes a person's row; updatedAt is the database's clock. */
export const updatePersonRow = async (
  tx: Executor,
  id: number,
  values: PgUpdateSetSource<typeof people>,
): Promise<PersonRow> => {
  const [row] = await tx
    .update(people)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(people.id, id))
    .returning()
  return row!
}

/** The unit and the active flag of staff by id (the plan checks that an assignee works in the lead unit). */
export const staffUnits = async (
  tx: Executor,
  ids: (number | null)[],
): Promise<Map<number, { unitId: number; active: boolean }>> => {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))]
  if (wanted.length === 0) return new Map()
  const rows = await tx
    .select({ id: people.id, unitId: people.unitId, active: people.active })
    .from(people)
    .where(inArray(people.id, wanted))
  return new Map(rows.map((r) => [r.id, { unitId: r.unitId, active: r.active }]))
}
