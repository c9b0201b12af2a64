// Checks every row of an import before anything is written: the cells, the caller's reach,
// the contract and the register's rules, and numbers repeated within the file or already
// in the unit's register. Lookups are made once for the whole file, not once per row.
import { and, eq, inArray, sql } from 'drizzle-orm'
import type { WorkingCalendar } from '@/domain/calendar/index.ts'
import type { UnitNode } from '@/domain/units/unit-tree.ts'
import type { CreateMatter } from '@/shared/api/register.ts'
import type { Executor } from '../../db/client.ts'
import { matters, people } from '../../db/schema.ts'
import { can, type RequestContext } from '../../platform/actor.ts'
import type { SheetRow } from './sheet-rows.ts'
import { readText } from './cells.ts'
import { prosecutorMatcher, type Staff } from './prosecutors.ts'
import { rowToInput, type RowLookups, type RowProblem } from './row-input.ts'
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

const STAFF = { id: people.id, username: people.username, fullName: people.fullName, unitId: people.unitId }

/**
 * The active people the caller may assign who are named in the file: those whose username is
 * written, and when some cell is not a username, everyone in reach (a name is matched in memory).
 */
const loadStaff = async (tx: Executor, ctx: RequestContext, written: Set<string>): Promise<Staff[]> => {
  if (written.size === 0) return []
  const inReach = memo((unitId: number) => can(ctx, 'person.read', unitId))
  const found = new Map<number, Staff & { unitId: number }>()
  for (const part of chunks([...written].map((w) => w.toLowerCase())))
    for (const row of await tx
      .select(STAFF)
      .from(people)
      .where(and(eq(people.active, true), inArray(sql`lower(${people.username})`, part))))
      found.set(row.id, row)
  const logins = new Set([...found.values()].flatMap((p) => (p.username ? [p.username.toLowerCase()] : [])))
  if ([...written].some((w) => !logins.has(w.toLowerCase()))) {
    const units = [...ctx.tree.byId.keys()].filter(inReach)
    for (const part of chunks(units))
      for (const row of await tx
        .select(STAFF)
        .from(people)
        .where(and(eq(people.active, true), inArray(people.unitId, part))))
        found.set(row.id, row)
  }
  return [...found.values()].filter((p) => inReach(p.unitId))
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
  const written = new Set<string>()
  for (const { cells } of sheet.rows) {
    const value = readText(cells.prosecutor ?? null)
    if (value.ok && value.value !== '') written.add(value.value)
  }

  return {
    unitByCode: (code) => units.get(code.trim().toUpperCase()),
    canWrite: memo((unitId: number) => can(ctx, 'matter.write', unitId)),
    prosecutor: prosecutorMatcher(await loadStaff(tx, ctx, written)),
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

  // A failing row is checked as far as it could be read: every cell's problem is reported at once.
  const dates = read.flatMap((r) => (r.placeholders.has('receivedOn') ? [] : [r.draft.initialEvent.occurredOn]))
  const calendar = await calendarFor(dates.reduce((min, d) => (d < min ? d : min), today))
  const checked: { row: number; input: CreateMatter }[] = []
  for (const r of read) {
    const { parsed, problems: found } = registerProblems(r.input ?? r.draft, today, calendar)
    if (r.input) {
      add(r.row, found)
      if (parsed) checked.push({ row: r.row, input: parsed })
      continue
    }
    const atFault = new Set(r.problems.map((p) => p.column))
    add(
      r.row,
      found.filter((p) => p.column !== null && !atFault.has(p.column) && !r.placeholders.has(p.column)),
    )
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
