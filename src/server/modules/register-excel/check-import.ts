// Checks every row of an import before anything is written: the cells, the caller's reach,
// the contract and the register's rules, and numbers repeated within the file or already
// in the unit's register. Lookups are made once for the whole file, not once per row.
import { and, inArray, sql } from 'drizzle-orm'
import type { WorkingCalendar } from '@/domain/calendar/index.ts'
import type { UnitNode } from '@/domain/units/unit-tree.ts'
import type { CreateMatter } from '@/shared/api/register.ts'
import type { Executor } from '../../db/client.ts'
import { matters, people } from '../../db/schema.ts'
import { can, type RequestContext } from '../../platform/actor.ts'
import type { SheetRow } from './sheet-rows.ts'
import { rowToInput, type Person, type RowLookups, type RowProblem } from './row-input.ts'
import { registerProblems } from './row-rules.ts'

export type ImportCheck = {
  /** Rows ready to store, in sheet order. */
  valid: { row: number; input: CreateMatter }[]
  /** Sheet row → its problems; empty when the whole file can be imported. */
  problems: Map<number, RowProblem[]>
  /** The working calendar the rows were checked with, from the year of the earliest date on. */
  calendar: WorkingCalendar
}

// Well under PostgreSQL's 65,535 bind parameters per statement.
const CHUNK = 5_000

const chunks = <T>(items: readonly T[], size = CHUNK): T[][] => {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

const memo = <K, V>(compute: (key: K) => V) => {
  const cache = new Map<K, V>()
  return (key: K): V => {
    if (!cache.has(key)) cache.set(key, compute(key))
    return cache.get(key)!
  }
}

const loadPeople = async (tx: Executor, usernames: string[]): Promise<Map<string, Person>> => {
  const found = new Map<string, Person>()
  for (const part of chunks(usernames)) {
    const rows = await tx
      .select({ id: people.id, username: people.username, unitId: people.unitId, active: people.active })
      .from(people)
      .where(inArray(sql`lower(${people.username})`, part))
    for (const row of rows) if (row.username) found.set(row.username.toLowerCase(), row)
  }
  return found
}

const keyOf = (unitId: number, number: string) => `${unitId}\u0000${number}`

/** Numbers of the file already in their unit's register. */
const takenNumbers = async (tx: Executor, pairs: { unitId: number; number: string }[]): Promise<Set<string>> => {
  const taken = new Set<string>()
  const unitIds = [...new Set(pairs.map((p) => p.unitId))]
  for (const part of chunks([...new Set(pairs.map((p) => p.number))])) {
    const rows = await tx
      .select({ unitId: matters.unitId, number: matters.number })
      .from(matters)
      .where(and(inArray(matters.unitId, unitIds), inArray(matters.number, part)))
    for (const row of rows) taken.add(keyOf(row.unitId, row.number))
  }
  return taken
}

const lookupsFor = async (tx: Executor, ctx: RequestContext, sheet: { rows: SheetRow[] }): Promise<RowLookups> => {
  const units = new Map<string, UnitNode>()
  for (const unit of ctx.tree.byId.values()) units.set(unit.code.toUpperCase(), unit)
  const usernames = new Set<string>()
  for (const { cells } of sheet.rows) {
    const value = cells.prosecutor
    if (typeof value === 'string' && value.trim() !== '') usernames.add(value.trim().toLowerCase())
  }
  const found = await loadPeople(tx, [...usernames])

  return {
    unitByCode: (code) => units.get(code.trim().toUpperCase()),
    canWrite: memo((unitId: number) => can(ctx, 'matter.write', unitId)),
    personByUsername: (username) => found.get(username.trim().toLowerCase()),
    canReadPerson: memo((unitId: number) => can(ctx, 'person.read', unitId)),
  }
}

/**
 * Every row checked; `calendarFor` receives the earliest date of the file so that the
 * official calendar is loaded once, from that year on.
 */
export const checkImport = async (
  tx: Executor,
  ctx: RequestContext,
  sheet: { rows: SheetRow[] },
  today: string,
  calendarFor: (from: string) => Promise<WorkingCalendar>,
): Promise<ImportCheck> => {
  const lookups = await lookupsFor(tx, ctx, sheet)
  const read = sheet.rows.map((row) => ({ row: row.row, ...rowToInput(row, lookups) }))
  const problems = new Map<number, RowProblem[]>()
  const add = (row: number, found: RowProblem[]) => {
    if (found.length > 0) problems.set(row, [...(problems.get(row) ?? []), ...found])
  }
  for (const r of read) add(r.row, r.problems)

  const dates = read.flatMap((r) => (r.input ? [r.input.initialEvent.occurredOn] : []))
  const calendar = await calendarFor(dates.reduce((min, d) => (d < min ? d : min), today))
  const checked: { row: number; input: CreateMatter }[] = []
  for (const r of read) {
    if (!r.input) continue
    const { parsed, problems: found } = registerProblems(r.input, today, calendar)
    add(r.row, found)
    if (parsed) checked.push({ row: r.row, input: parsed })
  }

  // A number may appear once per unit: within the file, and against the register itself.
  const firstRow = new Map<string, number>()
  for (const r of read) {
    if (r.unitId === null || r.number === null) continue
    const key = keyOf(r.unitId, r.number)
    const first = firstRow.get(key)
    if (first === undefined) firstRow.set(key, r.row)
    else
      add(r.row, [
        { column: 'number', message: `Số thụ lý "${r.number}" trùng với dòng ${first} trong tệp (cùng đơn vị)` },
      ])
  }
  const taken = await takenNumbers(
    tx,
    read.flatMap((r) => (r.unitId !== null && r.number !== null ? [{ unitId: r.unitId, number: r.number }] : [])),
  )
  for (const r of read) {
    if (r.unitId !== null && r.number !== null && taken.has(keyOf(r.unitId, r.number)))
      add(r.row, [{ column: 'number', message: `Số thụ lý "${r.number}" đã có trong sổ thụ lý của đơn vị` }])
  }

  return { valid: checked.filter((c) => !problems.has(c.row)), problems, calendar }
}
