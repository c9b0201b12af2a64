// Figures per recording unit, cached by register version. A unit's figures for a period and an
// "as of" day are computed once and kept until a write touches that unit (register_changes,
// appended by triggers), so the dashboard never recomputes a year per request, and a write in
// one regional procuracy recomputes that procuracy only (DESIGN.md, "PGlite … serves one query
// at a time"). Missing units are computed a few at a time, yielding between statements, so
// that other requests' queries run in between on the embedded database.
import { createHash } from 'node:crypto'
import { sql, type SQL } from 'drizzle-orm'
import { INDICATOR_CATALOGUE } from '@/domain/indicators/catalogue.ts'
import type { IndicatorDefinition } from '@/domain/indicators/definition.ts'
import type { Executor } from '../../db/client.ts'
import { compileFigures, intArray, type Scope } from './compile-sql.ts'

/** [numerator, denominator | null] per indicator code. */
export type UnitFigureSet = Record<string, [number, number | null]>

export type FigureRequest = { periodKey: string; from: string; to: string; asOf: string }

/** The formulas in force for (some of) the period. */
export const definitionsFor = (period: { from: string; to: string }): IndicatorDefinition[] =>
  INDICATOR_CATALOGUE.filter(
    (d) => d.effectiveFrom <= period.to && (d.effectiveTo === null || d.effectiveTo >= period.from),
  )

/** Changes whenever a formula in the catalogue changes: cached figures of older formulas are ignored. */
export const FORMULA_HASH = createHash('sha1').update(JSON.stringify(INDICATOR_CATALOGUE)).digest('hex').slice(0, 16)

export const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows

export const runQuery = async <T>(db: Executor, query: SQL): Promise<T[]> => rowsOf<T>(await db.execute(query))

/** The register version of each unit: the newest change appended for it (0 if none). */
export const changeIdsOf = async (db: Executor, unitIds: readonly number[]): Promise<Map<number, number>> => {
  const rows = await runQuery<{ unit_id: number; change_id: string | number }>(
    db,
    sql`SELECT u AS unit_id, coalesce((SELECT max(c.id) FROM register_changes c WHERE c.unit_id = u), 0) AS change_id FROM unnest(${intArray(unitIds)}) AS u`,
  )
  return new Map(rows.map((r) => [Number(r.unit_id), Number(r.change_id)]))
}

/** Compute the figures of `unitIds` in one statement; units without any item get zeros. */
export const computeFigures = async (
  db: Executor,
  definitions: readonly IndicatorDefinition[],
  unitIds: readonly number[],
  request: FigureRequest,
): Promise<Map<number, UnitFigureSet>> => {
  const scope: Scope = { unitIds, from: request.from, to: request.to, asOf: request.asOf }
  const { query, columns } = compileFigures(definitions, scope)
  // PostgreSQL's JIT spends seconds compiling the statement's hundred-odd expressions and wins
  // nothing back on a scan of this size (bench/README.md, indicators); off for this statement only.
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL jit = off`)
    return runQuery<Record<string, number | string | null>>(tx, query)
  })
  const zero = (): UnitFigureSet => Object.fromEntries(definitions.map((d) => [d.code, [0, d.denominator ? 0 : null]]))
  const result = new Map<number, UnitFigureSet>(unitIds.map((id) => [id, zero()]))
  for (const row of rows) {
    const figures = result.get(Number(row.unit_id))
    if (!figures) continue
    columns.forEach(({ code, part }, index) => {
      const value = Number(row[`c${index}`] ?? 0)
      figures[code]![part === 'numerator' ? 0 : 1] = value
    })
  }

  return result
}

const yieldToOtherRequests = () => new Promise<void>((resolve) => setImmediate(resolve))

export type FigureCacheOptions = {
  /** Units per statement when computing; small on PGlite so no statement holds it for long. */
  unitsPerStatement: number
}

const inFlight = new Map<string, Promise<Map<number, UnitFigureSet>>>()

/**
 * The figures of every indicator in force in the period, for every unit in `unitIds`: fresh
 * cache rows as they are, the rest computed (a chunk of units per statement) and stored. A
 * cache row always holds every indicator of its period, so any page can use it. Concurrent
 * identical requests in this process share one computation.
 */
export const figuresOf = async (
  db: Executor,
  unitIds: readonly number[],
  request: FigureRequest,
  options: FigureCacheOptions,
): Promise<Map<number, UnitFigureSet>> => {
  if (unitIds.length === 0) return new Map()
  const definitions = definitionsFor(request)
  const versions = await changeIdsOf(db, unitIds)
  const cached = await runQuery<{ unit_id: number; change_id: string | number; figures: UnitFigureSet }>(
    db,
    sql`SELECT unit_id, change_id, figures FROM indicator_figure_cache
         WHERE unit_id = ANY(${intArray(unitIds)}) AND period_key = ${request.periodKey} AND as_of = ${request.asOf}::date AND formula_hash = ${FORMULA_HASH}`,
  )
  const result = new Map<number, UnitFigureSet>()
  for (const row of cached)
    if (Number(row.change_id) === versions.get(Number(row.unit_id))) result.set(Number(row.unit_id), row.figures)
  const codes = definitions.map((d) => d.code)
  for (const [unitId, figures] of result) if (!codes.every((code) => code in figures)) result.delete(unitId)

  const missing = unitIds.filter((id) => !result.has(id))
  for (let start = 0; start < missing.length; start += options.unitsPerStatement) {
    const chunk = missing.slice(start, start + options.unitsPerStatement)
    const key = `${request.periodKey}|${request.asOf}|${chunk.map((id) => `${id}@${versions.get(id)}`).join(',')}`
    let pending = inFlight.get(key)
    if (!pending) {
      pending = computeAndStore(db, definitions, chunk, request, versions).finally(() => inFlight.delete(key))
      inFlight.set(key, pending)
    }
    for (const [unitId, figures] of await pending) result.set(unitId, figures)
    if (start + options.unitsPerStatement < missing.length) await yieldToOtherRequests()
  }

  return result
}

const computeAndStore = async (
  db: Executor,
  definitions: readonly IndicatorDefinition[],
  unitIds: readonly number[],
  request: FigureRequest,
  versions: Map<number, number>,
): Promise<Map<number, UnitFigureSet>> => {
  const computed = await computeFigures(db, definitions, unitIds, request)
  const values = [...computed].map(
    ([unitId, figures]) =>
      sql`(${unitId}, ${request.periodKey}, ${request.asOf}::date, ${FORMULA_HASH}, ${versions.get(unitId) ?? 0}, ${JSON.stringify(figures)}::jsonb)`,
  )
  // The version read before computing is stored: a write during the computation leaves the
  // row stale, never wrongly fresh.
  await db.execute(sql`INSERT INTO indicator_figure_cache (unit_id, period_key, as_of, formula_hash, change_id, figures)
    VALUES ${sql.join(values, sql`, `)}
    ON CONFLICT (unit_id, period_key, as_of, formula_hash) DO UPDATE SET change_id = excluded.change_id, figures = excluded.figures, computed_at = clock_timestamp()`)

  return computed
}

/**
 * The first day the units' register holds a matter (its earliest receipt), or null when it holds
 * none: figures of a period before it count nothing, so a comparison with it is partial.
 */
export const registerStartOf = async (db: Executor, unitIds: readonly number[]): Promise<string | null> => {
  if (unitIds.length === 0) return null
  const [row] = await runQuery<{ first: string | null }>(
    db,
    sql`SELECT to_char(min(received_on), 'YYYY-MM-DD') AS first FROM matters WHERE unit_id = ANY(${intArray(unitIds)})`,
  )
  return row?.first ?? null
}
