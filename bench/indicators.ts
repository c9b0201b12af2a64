// Indicators against targets at national size (run bench/register-dataset.ts first; migrations
// added since are applied here), for a statistics year (--period NTK2026) as of today:
//
//  1. every indicator of the catalogue for every unit:
//       (a) one hand-written SQL aggregate (lib/indicators-by-hand.ts),
//       (b) computeFigures — the compiled statement over all units at once,
//       (c) figuresOf — the service path with an empty cache, in statements of as many units
//           as the service uses on the engine; at national scope at most --service-statements
//           of them run (spread evenly over the units) and the time is scaled up to all;
//     first checked against each other unit by unit, then timed in rounds (a, b, c in turn).
//     On PostgreSQL (a) also runs with jit = off for the session; the baseline is the faster
//     of the two (computeFigures chooses its own session settings). Target: (b) within
//     1.5 × (a). A scope that misses it gets EXPLAIN ANALYZE of (a) and (b) (on PostgreSQL
//     with jit = off): nodes by own time printed, JSON plans saved to --plans-dir.
//  2. the same for one province (--province TN05, the scope of bench_lanhdao). Target on
//     PGlite: under 300 ms (missing it also gets the EXPLAIN). Then the pure reference evaluator (src/domain/indicators/evaluate.ts)
//     over two units of the province, as the arbiter of the three.
//  3. the real server on 127.0.0.1 (buildApp + listen) under autocannon (a child process):
//       - the dashboard (GET /api/indicators/values?unitId=<province>&period=…) with a fresh
//         cache; while a prosecutor of the province records a new crime report through the
//         API every --write-every ms (the unit written to goes stale: the next dashboard
//         request recomputes it, this year and last); while every unit of the province is
//         marked changed every --invalidate-every ms (each dashboard request after it
//         recomputes the whole province, as after midnight or a restart without the warmer);
//       - an ordinary request (a regional unit's register list, page 1) alone, and while a
//         recompute (figuresOf's statements, cache emptied) runs in a loop in the server
//         process: the province on PGlite, the whole country on PostgreSQL (--recompute-scope).
//     The sign-in bench_ghi (head of the province) is created for the writes; the crime reports
//     it creates are deleted at the end.
//
//   npx tsx bench/indicators.ts [--engine pglite] [--runs 3] [--province-runs 7] [--service-statements 8|all]
//        [--max-seconds 240] [--connections 50] [--duration 20] [--write-every 1500] [--invalidate-every 5000]
//        [--recompute-scope province|national] [--explain auto|always|never] [--plans-dir /tmp/kiemsat-bench-plans]
//        [--skip-national] [--skip-province] [--skip-reference] [--skip-load] [--skip-jit-check] [--as-of YYYY-MM-DD]
//        [--warmer]   (also: the background warmer over every unit, first pass with an empty cache)
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { PgDialect } from 'drizzle-orm/pg-core'
import pg from 'pg'
import type { FastifyInstance } from 'fastify'
import type { IndicatorDefinition } from '../src/domain/indicators/definition.ts'
import { evaluateMeasure, figureOf, type ReferenceMatter } from '../src/domain/indicators/evaluate.ts'
import { asOfMoment } from '../src/domain/indicators/periods.ts'
import { DEMO_PASSWORD } from '../src/demo/types.ts'
import { compileFigures } from '../src/server/modules/indicators/compile-sql.ts'
import {
  computeFigures,
  definitionsFor,
  figuresOf,
  type FigureRequest,
  type UnitFigureSet,
} from '../src/server/modules/indicators/figures.repository.ts'
import * as service from '../src/server/modules/indicators/indicators.service.ts'
import { periodOf, recordingUnitsOf, rollUpDay } from '../src/server/modules/indicators/indicators.service.ts'
import { dashboardPeriods, warmFigures } from '../src/server/modules/indicators/warm-figures.ts'
import { createUnitTreeCache } from '../src/server/platform/unit-tree-cache.ts'
import { todayInVietnam } from '../src/server/platform/time.ts'
import { migrateDatabase, type Database } from '../src/server/db/client.ts'
import { databaseUrl, describeTarget, targetFrom, type Raw } from './lib/engine.ts'
import { HAND_COLUMNS, HAND_SQL } from './lib/indicators-by-hand.ts'
import { startServer } from './lib/server.ts'
import {
  codeVersion,
  count,
  intFlag,
  machine,
  millis,
  now,
  parseFlags,
  percentile,
  seconds,
  table,
} from './lib/report.ts'

const flags = parseFlags(process.argv.slice(2))
const target = targetFrom(flags)
const pglite = target.engine === 'pglite'
const PERIOD_KEY = String(flags.period ?? 'NTK2026')
const AS_OF = String(flags['as-of'] ?? todayInVietnam())
const PROVINCE = String(flags.province ?? 'TN05')
const RUNS = intFlag(flags, 'runs', 3)
const PROVINCE_RUNS = intFlag(flags, 'province-runs', 7)
const MAX_SECONDS = intFlag(flags, 'max-seconds', 240)
const CONNECTIONS = intFlag(flags, 'connections', 50)
const DURATION = intFlag(flags, 'duration', 20)
const WRITE_EVERY = intFlag(flags, 'write-every', 1500)
const INVALIDATE_EVERY = intFlag(flags, 'invalidate-every', 5000)
const RECOMPUTE_SCOPE = String(flags['recompute-scope'] ?? (pglite ? 'province' : 'national')) as
  | 'province'
  | 'national'
/** Statements of (c) actually run at national scope (spread evenly, time scaled up); 'all' for every one. */
const SERVICE_STATEMENTS = flags['service-statements'] === 'all' ? Infinity : intFlag(flags, 'service-statements', 8)
const EXPLAIN = String(flags.explain ?? 'auto') as 'auto' | 'always' | 'never'
const PLANS_DIR = String(flags['plans-dir'] ?? '/tmp/kiemsat-bench-plans')
const TARGET_RATIO = 1.5
const PROVINCE_TARGET_MS = 300

type Figures = Map<number, UnitFigureSet>
type Scope = { name: string; unitIds: number[] }

// ── the three ways of computing the figures ──────────────────────────────────────────────

const handParams = (unitIds: readonly number[], request: FigureRequest) => [
  `{${unitIds.join(',')}}`,
  request.from,
  request.to,
  request.asOf,
  asOfMoment(request.asOf),
]

/** (a) the hand-written aggregate, rows mapped to the catalogue's codes. */
const byHand = async (
  raw: Raw,
  definitions: readonly IndicatorDefinition[],
  unitIds: readonly number[],
  request: FigureRequest,
): Promise<Figures> => {
  const rows = await raw.query<Record<string, string | number | null>>(HAND_SQL, handParams(unitIds, request))
  const result: Figures = new Map(
    unitIds.map((id) => [id, Object.fromEntries(definitions.map((d) => [d.code, [0, d.denominator ? 0 : null]]))]),
  )
  for (const row of rows) {
    const figures = result.get(Number(row.unit_id))
    if (!figures) continue
    for (const d of definitions) {
      const [n, den] = HAND_COLUMNS[d.code]!
      figures[d.code] = [Number(row[n] ?? 0), den === null ? null : Number(row[den] ?? 0)]
    }
  }
  return result
}

/** Units per statement of the service path on this database (a number before e7b4c9d, per engine since). */
const perStatement = (db: Database): number => {
  const s = service as unknown as {
    unitsPerStatement?: (db: object) => { unitsPerStatement: number }
    UNITS_PER_STATEMENT: number | Record<string, number>
  }
  if (s.unitsPerStatement) return s.unitsPerStatement(db).unitsPerStatement
  return typeof s.UNITS_PER_STATEMENT === 'number' ? s.UNITS_PER_STATEMENT : s.UNITS_PER_STATEMENT[target.engine]!
}

/**
 * (c) the service path. figuresOf takes the definitions itself since 63341bf+ (it serves every
 * indicator in force in the period); earlier it took them as its second argument.
 */
const serviceFigures = (
  db: Database,
  definitions: readonly IndicatorDefinition[],
  unitIds: readonly number[],
  request: FigureRequest,
): Promise<Figures> => {
  const options = { unitsPerStatement: perStatement(db) }
  const call = figuresOf as unknown as (...args: unknown[]) => Promise<Figures>
  return call.length >= 5 ? call(db, definitions, unitIds, request, options) : call(db, unitIds, request, options)
}

const clearCache = (raw: Raw, request: FigureRequest) =>
  raw.query(`DELETE FROM indicator_figure_cache WHERE period_key = $1 AND as_of = $2::date`, [
    request.periodKey,
    request.asOf,
  ])

// ── comparing figures ────────────────────────────────────────────────────────────────────

type Mismatch = { unitId: number; code: string; part: string; left: number | null; right: number | null }

const compare = (left: Figures, right: Figures, definitions: readonly IndicatorDefinition[]): Mismatch[] => {
  const out: Mismatch[] = []
  const ids = new Set([...left.keys(), ...right.keys()])
  for (const unitId of [...ids].sort((a, b) => a - b))
    for (const d of definitions) {
      const l = left.get(unitId)?.[d.code] ?? [0, d.denominator ? 0 : null]
      const r = right.get(unitId)?.[d.code] ?? [0, d.denominator ? 0 : null]
      for (const [i, part] of [
        [0, 'numerator'],
        [1, 'denominator'],
      ] as const) {
        const a = l[i] ?? null
        const b = r[i] ?? null
        if (a === b || (a !== null && b !== null && Math.abs(a - b) < 0.5)) continue
        out.push({ unitId, code: d.code, part, left: a, right: b })
      }
    }
  return out
}

const totals = (figures: Figures, definitions: readonly IndicatorDefinition[]) =>
  definitions.map((d) => {
    let n = 0
    let den: number | null = d.denominator ? 0 : null
    for (const set of figures.values()) {
      const [a, b] = set[d.code] ?? [0, null]
      n += a
      if (den !== null) den += b ?? 0
    }
    return { code: d.code, n, den }
  })

const fmt = (n: number | null) => (n === null ? '—' : count(Math.round(n)))

// ── the pure reference evaluator over one unit's register ────────────────────────────────

const loadReferenceRegister = async (raw: Raw, unitId: number, to: string): Promise<ReferenceMatter[]> => {
  const matters = await raw.query<{ id: number; unit_id: number; kind: string; prosecutor_id: number | null }>(
    `SELECT id, unit_id, kind, prosecutor_id FROM matters WHERE unit_id = $1`,
    [unitId],
  )
  const byId = new Map<number, ReferenceMatter>(
    matters.map((m) => [
      m.id,
      {
        id: m.id,
        unitId: m.unit_id,
        kind: m.kind as ReferenceMatter['kind'],
        prosecutorId: m.prosecutor_id,
        subjectIds: [],
        events: [],
        deadlines: [],
      },
    ]),
  )
  for (const s of await raw.query<{ id: number; matter_id: number }>(
    `SELECT s.id, s.matter_id FROM matter_subjects s JOIN matters m ON m.id = s.matter_id WHERE m.unit_id = $1 ORDER BY s.id`,
    [unitId],
  ))
    byId.get(s.matter_id)?.subjectIds.push(s.id)
  const iso = (v: unknown) =>
    v === null ? null : v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString()
  for (const e of await raw.query<{
    id: string
    matter_id: number
    type: string
    occurred_on: string
    subject_id: number | null
    data: unknown
    recorded_at: unknown
    voided_at: unknown
  }>(
    `SELECT e.id::text, e.matter_id, e.type, e.occurred_on::text AS occurred_on, e.subject_id, e.data, e.recorded_at, e.voided_at
       FROM matter_events e JOIN matters m ON m.id = e.matter_id WHERE m.unit_id = $1 AND e.occurred_on <= $2::date`,
    [unitId, to],
  ))
    byId.get(e.matter_id)?.events.push({
      id: Number(e.id),
      type: e.type as never,
      occurredOn: e.occurred_on,
      subjectId: e.subject_id,
      data: (typeof e.data === 'string' ? JSON.parse(e.data) : e.data) as Record<string, unknown>,
      recordedAt: iso(e.recorded_at)!,
      voidedAt: iso(e.voided_at),
    })
  for (const d of await raw.query<{
    matter_id: number
    rule_code: string
    subject_id: number | null
    due_date: string | null
    status: string
    closed_on: string | null
    closed_by_type: string | null
  }>(
    `SELECT d.matter_id, d.rule_code, d.subject_id, d.due_date::text AS due_date, d.status, d.closed_on::text AS closed_on, ce.type AS closed_by_type
       FROM deadlines d JOIN matters m ON m.id = d.matter_id LEFT JOIN matter_events ce ON ce.id = d.closed_by_event_id WHERE m.unit_id = $1`,
    [unitId],
  ))
    byId.get(d.matter_id)?.deadlines.push({
      ruleCode: d.rule_code,
      subjectId: d.subject_id,
      dueDate: d.due_date,
      status: d.status as never,
      closedOn: d.closed_on,
      closedByType: d.closed_by_type as never,
    })
  return [...byId.values()]
}

const referenceFigures = (
  matters: ReferenceMatter[],
  definitions: readonly IndicatorDefinition[],
  request: FigureRequest,
): UnitFigureSet => {
  const context = { period: { from: request.from, to: request.to }, asOf: request.asOf }
  const register = { matters }
  return Object.fromEntries(
    definitions.map((d) => [
      d.code,
      [
        figureOf(evaluateMeasure(d, 'numerator', register, context), d.unitOfCount),
        d.denominator ? figureOf(evaluateMeasure(d, 'denominator', register, context), d.unitOfCount) : null,
      ],
    ]),
  )
}

// ── EXPLAIN ──────────────────────────────────────────────────────────────────────────────

type PlanNode = {
  'Node Type': string
  'Relation Name'?: string
  'Index Name'?: string
  'CTE Name'?: string
  'Subplan Name'?: string
  'Actual Total Time'?: number
  'Actual Loops'?: number
  'Actual Rows'?: number
  Plans?: PlanNode[]
}

/** Nodes by their own time (total × loops minus their children's); CTE scans are charged to the CTE's plan. */
const selfTimes = (root: PlanNode) => {
  const out: { label: string; ms: number; rows: number }[] = []
  const walk = (node: PlanNode, within: string) => {
    const total = (node['Actual Total Time'] ?? 0) * (node['Actual Loops'] ?? 1)
    const children = node.Plans ?? []
    const childTime = children.reduce((s, c) => s + (c['Actual Total Time'] ?? 0) * (c['Actual Loops'] ?? 1), 0)
    const where = node['Subplan Name'] ?? within
    const label = `${node['Node Type']}${node['Relation Name'] ? ` on ${node['Relation Name']}` : ''}${node['Index Name'] ? ` using ${node['Index Name']}` : ''}${node['CTE Name'] ? ` of ${node['CTE Name']}` : ''}${where ? ` [${where}]` : ''}`
    if (node['Node Type'] !== 'CTE Scan')
      out.push({
        label,
        ms: Math.max(0, total - childTime),
        rows: (node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1),
      })
    for (const c of children) walk(c, where)
  }
  walk(root, '')
  return out.sort((a, b) => b.ms - a.ms)
}

const explainQuery = async (raw: Raw, text: string, params: unknown[], file: string) => {
  const [row] = await raw.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`, params)
  const json = (
    typeof row!['QUERY PLAN'] === 'string' ? JSON.parse(row!['QUERY PLAN'] as string) : row!['QUERY PLAN']
  ) as { Plan: PlanNode; 'Execution Time': number }[]
  writeFileSync(file, `${text}\n\n-- params: ${JSON.stringify(params)}\n\n${JSON.stringify(json, null, 1)}\n`)
  const jit = (json[0] as { JIT?: { Timing?: { Total?: number } } }).JIT?.Timing?.Total ?? 0
  return { ms: json[0]!['Execution Time'], jit, nodes: selfTimes(json[0]!.Plan) }
}

// ── part 1 and 2: figures for a scope ────────────────────────────────────────────────────

type ScopeResult = {
  scope: Scope
  first: { a: number; b: number; c: number }
  a: number[]
  b: number[]
  /** Full-scope times of (c), extrapolated when only a sample of its statements ran. */
  c: number[]
  sample: { statements: number; of: number }
  mismatches: { handVsCompiled: Mismatch[]; cachedVsCompiled: Mismatch[] }
  compiled: Figures
  /** PostgreSQL: (a) run with jit = off for the session, every round too. */
  aNoJit: number[]
  perStatement: number
}

const median = (xs: readonly number[]) =>
  percentile(
    [...xs].sort((x, y) => x - y),
    50,
  )
const min = (xs: readonly number[]) => Math.min(...xs)
const load = () => loadavg()[0]!.toFixed(1)

const timeOf = async <T>(step: () => Promise<T>): Promise<[T, number]> => {
  const started = now()
  const result = await step()
  return [result, now() - started]
}

/**
 * The units (c) runs over: with an empty cache figuresOf computes consecutive chunks of
 * `per` units, so `statements` chunks spread evenly over the scope are taken
 * and the time is scaled by (all chunks ÷ taken).
 */
const serviceSample = (unitIds: readonly number[], statements: number, per: number) => {
  const chunks: number[][] = []
  for (let i = 0; i < unitIds.length; i += per) chunks.push(unitIds.slice(i, i + per))
  if (statements >= chunks.length) return { units: [...unitIds], taken: chunks.length, of: chunks.length }
  const picked = Array.from(
    { length: statements },
    (_, i) => chunks[Math.floor(((i + 0.5) * chunks.length) / statements)]!,
  )
  return { units: picked.flat(), taken: statements, of: chunks.length }
}

type Engines = { db: Database; raw: Raw }

const measureScope = async (
  main: Engines,
  noJit: Engines | null,
  scope: Scope,
  definitions: readonly IndicatorDefinition[],
  request: FigureRequest,
  runs: number,
  statements: number,
): Promise<ScopeResult> => {
  const { db, raw } = main
  const per = perStatement(db)
  const sample = serviceSample(scope.unitIds, statements, per)
  const scale = sample.of / sample.taken
  console.log(
    `\n${scope.name}: ${count(scope.unitIds.length)} recording units; (c) runs ${sample.taken === sample.of ? 'all' : `${sample.taken} evenly spread of the`} ${sample.of} statements (load average ${load()})`,
  )
  const started = now()
  // First round: also the correctness check.
  const [hand, a0] = await timeOf(() => byHand(raw, definitions, scope.unitIds, request))
  console.log(`  (a) by hand, first run: ${millis(a0)} ms`)
  const [compiled, b0] = await timeOf(() => computeFigures(db, definitions, scope.unitIds, request))
  console.log(`  (b) computeFigures, first run: ${millis(b0)} ms`)
  await clearCache(raw, request)
  const [cached, c0] = await timeOf(() => serviceFigures(db, definitions, sample.units, request))
  console.log(
    `  (c) figuresOf, empty cache, first run: ${millis(c0)} ms${scale > 1 ? ` (${millis(c0 * scale)} ms for all ${sample.of} statements)` : ''}`,
  )
  const sampled = new Set(sample.units)
  const mismatches = {
    handVsCompiled: compare(hand, compiled, definitions),
    cachedVsCompiled: compare(cached, new Map([...compiled].filter(([id]) => sampled.has(id))), definitions),
  }
  console.log(
    `  check: hand vs computeFigures ${mismatches.handVsCompiled.length} differences; figuresOf vs computeFigures ${mismatches.cachedVsCompiled.length} (${count(sampled.size)} units)`,
  )

  const a: number[] = []
  const aNoJit: number[] = []
  const b: number[] = []
  const c: number[] = []
  for (let i = 0; i < runs && (i === 0 || now() - started < MAX_SECONDS * 1000); i++) {
    a.push((await timeOf(() => byHand(raw, definitions, scope.unitIds, request)))[1])
    if (noJit) aNoJit.push((await timeOf(() => byHand(noJit.raw, definitions, scope.unitIds, request)))[1])
    b.push((await timeOf(() => computeFigures(db, definitions, scope.unitIds, request)))[1])
    await clearCache(raw, request)
    c.push((await timeOf(() => serviceFigures(db, definitions, sample.units, request)))[1] * scale)
    console.log(
      `  round ${i + 1}: (a) ${millis(a[i]!)} ms${noJit ? ` (jit = off: ${millis(aNoJit[i]!)} ms)` : ''}, (b) ${millis(b[i]!)} ms, (c) ${millis(c[i]!)} ms (load average ${load()})`,
    )
  }
  return {
    scope,
    first: { a: a0, b: b0, c: c0 * scale },
    a,
    b,
    c,
    sample: { statements: sample.taken, of: sample.of },
    mismatches,
    compiled,
    aNoJit,
    perStatement: per,
  }
}

/** The baseline: the hand-written aggregate as fast as the engine runs it (on PostgreSQL, with or without JIT). */
const baseline = (r: ScopeResult) => (r.aNoJit.length ? Math.min(median(r.a), median(r.aNoJit)) : median(r.a))

const printScope = (r: ScopeResult, definitions: readonly IndicatorDefinition[], unitCode: Map<number, string>) => {
  const ma = baseline(r)
  const ratio = (x: number) => (x / ma).toFixed(2)
  const verdict = (x: number) => (x / ma <= TARGET_RATIO ? 'met' : 'MISSED')
  const sampled =
    r.sample.statements < r.sample.of
      ? `, extrapolated from ${r.sample.statements} of ${r.sample.of} statements`
      : ` (${r.sample.of} statements)`
  console.log(
    `\n${describeTarget(target)} — ${r.scope.name}, ${count(r.scope.unitIds.length)} units, ${PERIOD_KEY} as of ${AS_OF}; ms, n = ${r.a.length} rounds after a first (checking) round`,
  )
  console.log(
    `ratios to the faster median of (a)${r.aNoJit.length ? ' (with or without JIT; computeFigures sets its own session settings)' : ''}\n`,
  )
  console.log(
    table(
      ['computation', 'first', 'median', 'min', 'median ÷ (a)', `target ≤ ${TARGET_RATIO} × (a)`],
      [
        [
          '(a) hand-written aggregate',
          millis(r.first.a),
          millis(median(r.a)),
          millis(min(r.a)),
          (median(r.a) / ma).toFixed(2),
          '',
        ],
        ...(r.aNoJit.length
          ? [
              [
                '(a) the same, jit = off for the session',
                '',
                millis(median(r.aNoJit)),
                millis(min(r.aNoJit)),
                (median(r.aNoJit) / ma).toFixed(2),
                '',
              ],
            ]
          : []),
        [
          '(b) computeFigures, one statement',
          millis(r.first.b),
          millis(median(r.b)),
          millis(min(r.b)),
          ratio(median(r.b)),
          verdict(median(r.b)),
        ],
        [
          `(c) figuresOf, empty cache, ${r.perStatement} units per statement${sampled}`,
          millis(r.first.c),
          millis(median(r.c)),
          millis(min(r.c)),
          ratio(median(r.c)),
          verdict(median(r.c)),
        ],
      ],
    ),
  )
  for (const [label, list] of [
    ['hand-written (left) vs computeFigures (right)', r.mismatches.handVsCompiled],
    ['figuresOf (left) vs computeFigures (right)', r.mismatches.cachedVsCompiled],
  ] as const) {
    if (list.length === 0) {
      console.log(`\ncheck ${label}: identical for every unit and every numerator and denominator`)
      continue
    }
    console.log(`\ncheck ${label}: ${list.length} differences (first 25)`)
    console.log(
      table(
        ['unit', 'indicator', 'part', 'left', 'right'],
        list
          .slice(0, 25)
          .map((m) => [unitCode.get(m.unitId) ?? String(m.unitId), m.code, m.part, fmt(m.left), fmt(m.right)]),
      ),
    )
  }
  const t = totals(r.compiled, definitions)
  console.log(`\nfigures (computeFigures, summed over the scope's units)`)
  console.log(
    table(
      ['indicator', 'numerator', 'denominator', 'value'],
      t.map((x) => [
        x.code,
        fmt(x.n),
        fmt(x.den),
        x.den === null ? '' : x.den === 0 ? '—' : `${((100 * x.n) / x.den).toFixed(1)} %`,
      ]),
    ),
  )
}

// ── part 3: the server under load ────────────────────────────────────────────────────────

type Load = {
  label: string
  p50: number
  p97_5: number
  p99: number
  max: number
  rps: number
  total: number
  errors: number
  timeouts: number
  non2xx: number
  note: string
  server: number[]
}

const autocannonBin = createRequire(import.meta.url).resolve('autocannon/autocannon.js')

/** autocannon in a child process (its own event loop and core), JSON result. */
const cannon = (
  url: string,
  cookie: string,
  connections = CONNECTIONS,
  duration = DURATION,
): Promise<Record<string, any>> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        autocannonBin,
        '-c',
        String(connections),
        '-d',
        String(duration),
        '-t',
        '60',
        '-j',
        '-n',
        '-H',
        `cookie=ks_session=${cookie}`,
        url,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    child.on('error', reject)
    child.on('close', (code) => {
      try {
        resolve(JSON.parse(out.trim().split('\n').pop()!))
      } catch {
        reject(new Error(`autocannon exited ${code}: ${err.slice(0, 500)} ${out.slice(0, 500)}`))
      }
    })
  })

const loadOf = (label: string, r: Record<string, any>, note: string, server: number[]): Load => ({
  server: [...server].sort((a, b) => a - b),
  label,
  p50: r.latency.p50,
  p97_5: r.latency.p97_5,
  p99: r.latency.p99,
  max: r.latency.max,
  rps: r.requests.average,
  total: r.requests.total,
  errors: r.errors,
  timeouts: r.timeouts,
  non2xx: r.non2xx,
  note,
})

/** Runs `tick` every `everyMs` until stopped; ticks never overlap (a tick may poll `stopped`). */
const every = (everyMs: number, tick: (stopped: () => boolean) => Promise<void>) => {
  let stopped = false
  const done = (async () => {
    while (!stopped) {
      const started = now()
      await tick(() => stopped)
      const wait = everyMs - (now() - started)
      // Always a macrotask in between: on PGlite a chain of awaited queries never yields to the event loop.
      await new Promise((r) => (wait > 0 && !stopped ? setTimeout(r, wait) : setImmediate(r)))
    }
  })()
  return async () => {
    stopped = true
    await done
  }
}

const login = async (app: FastifyInstance, username: string) => {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_PASSWORD },
  })
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`)
  return { cookie: res.cookies.find((c) => c.name === 'ks_session')!.value, csrf: res.json().csrfToken as string }
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return xs.length ? `n=${xs.length}, p50 ${millis(percentile(s, 50))} ms, max ${millis(s[s.length - 1]!)} ms` : 'n=0'
}

const runLoad = async (
  server: Awaited<ReturnType<typeof startServer>>,
  provinceId: number,
  provinceUnits: number[],
  scopes: { province: number[]; national: number[] },
  definitions: readonly IndicatorDefinition[],
  request: FigureRequest,
) => {
  const { app, raw, db } = server
  const address = await app.listen({ host: '127.0.0.1', port: 0 })
  // Crime reports left by an interrupted run.
  await raw.query(`DELETE FROM matters WHERE number LIKE 'BENCH-IND-%'`)
  const leader = await login(app, 'bench_lanhdao')
  // A prosecutor's sign-in over the province (head of TN05: may record acts in every unit of it).
  await raw.query(
    `UPDATE people SET username = 'bench_ghi', password_hash = (SELECT password_hash FROM people WHERE username = 'admin'), password_changed_at = now()
      WHERE id = (SELECT p.id FROM people p JOIN units u ON u.id = p.unit_id WHERE u.id = $1 AND p.username IS NULL ORDER BY p.id LIMIT 1)
        AND NOT EXISTS (SELECT 1 FROM people WHERE username = 'bench_ghi')`,
    [provinceId],
  )
  await raw.query(
    `INSERT INTO role_grants (person_id, role, unit_id) SELECT id, 'head', $1 FROM people WHERE username = 'bench_ghi' ON CONFLICT DO NOTHING`,
    [provinceId],
  )
  const writer = await login(app, 'bench_ghi')
  const regional = (
    await raw.query<{ id: number }>(
      `SELECT id FROM units WHERE parent_id = $1 AND level = 'regional' AND valid_to IS NULL ORDER BY id`,
      [provinceId],
    )
  ).map((r) => r.id)
  const dashboard = `${address}/api/indicators/values?unitId=${provinceId}&period=${PERIOD_KEY}`
  const ordinary = `${address}/api/matters?unitId=${regional[0]}&closed=all&sort=-receivedOn&page=1`
  console.log(
    `\nserver ${address}; ${CONNECTIONS} connections × ${DURATION} s per scenario (autocannon in a child process)`,
  )
  console.log(`  dashboard: GET ${dashboard.replace(address, '')}`)
  console.log(`  ordinary:  GET ${ordinary.replace(address, '')}`)

  const probe = await fetch(dashboard, { headers: { cookie: `ks_session=${leader.cookie}` } })
  const probeBody = (await probe.json()) as { indicators?: unknown[]; children?: unknown[] }
  if (probe.status !== 200)
    throw new Error(`dashboard answered ${probe.status}: ${JSON.stringify(probeBody).slice(0, 300)}`)
  console.log(
    `  dashboard answers ${probeBody.indicators?.length} indicators and ${probeBody.children?.length} child units (this first request filled the cache)`,
  )

  const results: Load[] = []
  // Server-side time of each request of the scenario's URL: from the 'request' event to the last
  // byte written. The client's latency minus this is time spent waiting to be read.
  const path = (url: string) => new URL(url).pathname
  let serverTimes: number[] = []
  let measuredPath = ''
  app.server.on('request', (req, res) => {
    if (req.url?.split('?')[0] !== measuredPath) return
    const started = now()
    res.on('finish', () => serverTimes.push(now() - started))
  })
  const run = async (label: string, url: string, during?: () => () => Promise<string>) => {
    const stop = during?.()
    serverTimes = []
    measuredPath = path(url)
    const r = await cannon(url, leader.cookie)
    measuredPath = ''
    const note = stop ? await stop() : ''
    // Let what the scenario left running finish: a dashboard request joins any recompute in flight.
    await fetch(dashboard, { headers: { cookie: `ks_session=${leader.cookie}` } }).then((res) => res.arrayBuffer())
    const load = loadOf(label, r, note, serverTimes)
    results.push(load)
    console.log(
      `  ${label}: p50 ${load.p50} ms, p99 ${load.p99} ms, max ${load.max} ms, ${load.rps.toFixed(1)} req/s, ${load.errors} errors, ${load.non2xx} non-2xx; server-side p50 ${millis(percentile(load.server, 50))} ms, p99 ${millis(percentile(load.server, 99))} ms${note ? `; ${note}` : ''}`,
    )
  }

  // Dashboard, warm cache, nothing written.
  await run('dashboard, cache fresh, no writes', dashboard)

  // Dashboard while a prosecutor records new crime reports through the API.
  const created: number[] = []
  let seq = 0
  const writeCrimeReports = () => {
    const latencies: number[] = []
    let failures = 0
    const stop = every(WRITE_EVERY, async () => {
      const unitId = regional[seq % regional.length]!
      const started = now()
      const res = await fetch(`${address}/api/matters`, {
        method: 'POST',
        headers: {
          cookie: `ks_session=${writer.cookie}`,
          'x-csrf-token': writer.csrf,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          kind: 'crime_report',
          unitId,
          number: `BENCH-IND-${Date.now()}-${seq++}`,
          title: 'Tin báo trộm cắp tài sản (bench/indicators.ts)',
          prosecutorId: null,
          subjects: [],
          initialEvent: {
            type: 'report_received',
            occurredOn: AS_OF,
            data: { source: 'tin_bao', investigatingBody: 'Cơ quan Cảnh sát điều tra Công an tỉnh' },
          },
        }),
      })
      latencies.push(now() - started)
      const body = (await res.json()) as { id?: number }
      if (res.status === 201 && body.id) created.push(body.id)
      else if (failures++ === 0) console.log(`  ! write answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`)
    })
    return async () => {
      await stop()
      return `writes: ${stats(latencies)}${failures ? `, ${failures} failed` : ''}`
    }
  }
  await run(`dashboard, a crime report recorded every ${WRITE_EVERY} ms`, dashboard, writeCrimeReports)

  // The leadership home opens beside the dashboard's values: a cumulative trend per KPI card, the
  // units ranked on an indicator, and the unit's deadlines (counted, and persons in custody or
  // detention). Each, under the same load, while crime reports are recorded.
  const homeCode = 'TIN_BAO_GIAI_QUYET'
  const homeYear = Number(/\d{4}/.exec(PERIOD_KEY)?.[0])
  const home: Record<string, string> = {
    'trend (cumulative)': `${address}/api/indicators/trend?unitId=${provinceId}&code=${homeCode}&year=${homeYear}`,
    ranking: `${address}/api/indicators/ranking?unitId=${provinceId}&code=${homeCode}&period=${PERIOD_KEY}`,
    'unit deadlines counted': `${address}/api/deadlines?scope=unit&unitId=${provinceId}&urgency=open&page=1&pageSize=1`,
    'custody and detention': `${address}/api/deadlines?scope=unit&unitId=${provinceId}&urgency=open&group=detention&page=1&pageSize=50`,
  }
  for (const [name, url] of Object.entries(home))
    await run(`home ${name}, a crime report recorded every ${WRITE_EVERY} ms`, url, writeCrimeReports)

  // Dashboard while every unit of the province is marked changed (what a write does to one unit).
  await run(
    `dashboard, all ${provinceUnits.length} units marked changed every ${INVALIDATE_EVERY} ms`,
    dashboard,
    () => {
      let marks = 0
      const stop = every(INVALIDATE_EVERY, async () => {
        await raw.query(`INSERT INTO register_changes (unit_id) SELECT unnest($1::int[])`, [
          `{${provinceUnits.join(',')}}`,
        ])
        marks++
      })
      return async () => {
        await stop()
        return `${marks} invalidations`
      }
    },
  )

  // An ordinary request alone, then while a full recompute runs in a loop.
  await run('ordinary request alone', ordinary)
  // The recompute is figuresOf's own work — statements of perStatement(db) units, the cache
  // emptied first — driven chunk by chunk so that it can stop between statements.
  const recomputeUnits = scopes[RECOMPUTE_SCOPE]
  const per = perStatement(db)
  const chunks: number[][] = []
  for (let i = 0; i < recomputeUnits.length; i += per) chunks.push(recomputeUnits.slice(i, i + per))
  await run(`ordinary request, ${RECOMPUTE_SCOPE} recompute (figuresOf, empty cache) in a loop`, ordinary, () => {
    const statements: number[] = []
    let passes = 0
    const stop = every(0, async (stopped) => {
      for (const chunk of chunks) {
        if (stopped()) return
        await raw.query(
          `DELETE FROM indicator_figure_cache WHERE unit_id = ANY($1::int[]) AND period_key = $2 AND as_of = $3::date`,
          [`{${chunk.join(',')}}`, request.periodKey, request.asOf],
        )
        const started = now()
        await serviceFigures(db, definitions, chunk, request)
        statements.push(now() - started)
        await new Promise((r) => setImmediate(r)) // as figuresOf yields between its statements
      }
      passes++
    })
    return async () => {
      await stop()
      return `recompute statements of ${per} units (${chunks.length} per pass over ${recomputeUnits.length} units, ${passes} full passes): ${stats(statements)}`
    }
  })

  if (created.length) await raw.query(`DELETE FROM matters WHERE id = ANY($1::int[])`, [`{${created.join(',')}}`])
  console.log(`  removed the ${created.length} crime reports created here`)
  return results
}

const openNoJit = async () => {
  const { drizzle } = await import('drizzle-orm/node-postgres')
  const schema = await import('../src/server/db/schema.ts')
  const pool = new pg.Pool({ connectionString: databaseUrl(target), max: 2, options: '-c jit=off' })
  const db = drizzle(pool, { schema }) as unknown as Database
  const raw: Raw = {
    query: async <T>(text: string, params?: unknown[]) => (await pool.query(text, params as unknown[])).rows as T[],
    exec: async (text) => {
      await pool.query(text)
    },
    close: async () => {},
  }
  return { engines: { db, raw }, close: () => pool.end() }
}

// ── the run ──────────────────────────────────────────────────────────────────────────────

const main = async () => {
  const started = now()
  const server = await startServer(target)
  const { raw, db } = server
  // Migrations added since the dataset was generated (e.g. indexes the compiled SQL relies on).
  const migrationStarted = now()
  const applied = async () =>
    Number((await raw.query<{ n: string }>(`SELECT count(*)::text AS n FROM drizzle.__drizzle_migrations`))[0]!.n)
  const before = await applied()
  await migrateDatabase({ db })
  const newMigrations = (await applied()) - before
  const tree = await createUnitTreeCache(db).get()
  const period = periodOf(PERIOD_KEY)
  const definitions = definitionsFor(period)
  const request: FigureRequest = { periodKey: period.key, from: period.from, to: period.to, asOf: AS_OF }
  const day = rollUpDay(period, AS_OF)
  const unitCode = new Map([...tree.byId.values()].map((u) => [u.id, u.code]))
  const root = [...tree.byId.values()].find((u) => u.parentId === null && u.level === 'supreme')
  const province = [...tree.byId.values()].find((u) => u.code === PROVINCE)
  if (!root || !province) throw new Error(`no supreme unit or no ${PROVINCE}: run bench/register-dataset.ts first`)
  const national = recordingUnitsOf(tree, root.id, day)
  const provinceUnits = recordingUnitsOf(tree, province.id, day)
  const [sizes] = await raw.query<{ matters: string; events: string }>(
    `SELECT (SELECT count(*) FROM matters)::text AS matters, (SELECT reltuples::bigint FROM pg_class WHERE relname = 'matter_events')::text AS events`,
  )
  console.log(
    `indicators: ${describeTarget(target)}, ${count(Number(sizes!.matters))} matters, ~${count(Number(sizes!.events))} events; ${machine()}; ${codeVersion()}`,
  )
  console.log(
    `${period.label}, as of ${AS_OF}; ${definitions.length} indicators; national ${national.length} units, ${PROVINCE} ${provinceUnits.length} units`,
  )
  if (newMigrations > 0)
    console.log(
      `applied ${newMigrations} migration(s) added since the dataset was generated, in ${seconds(now() - migrationStarted)}`,
    )

  // PostgreSQL: a second pool whose sessions run with jit = off, for the diagnosis in each scope.
  const noJit = !pglite && !flags['skip-jit-check'] ? await openNoJit() : null

  const scopeResults: ScopeResult[] = []
  const scopes: Scope[] = []
  if (!flags['skip-national']) scopes.push({ name: 'every unit (national)', unitIds: national })
  if (!flags['skip-province']) scopes.push({ name: `one province (${PROVINCE})`, unitIds: provinceUnits })
  for (const scope of scopes) {
    const isNational = scope.unitIds === national
    const r = await measureScope(
      { db, raw },
      noJit?.engines ?? null,
      scope,
      definitions,
      request,
      isNational ? RUNS : PROVINCE_RUNS,
      isNational ? SERVICE_STATEMENTS : Infinity,
    )
    scopeResults.push(r)
    printScope(r, definitions, unitCode)
    const ratio = median(r.b) / baseline(r)
    const missedAbsolute = pglite && !isNational && Math.max(median(r.b), median(r.c)) >= PROVINCE_TARGET_MS
    if (
      EXPLAIN === 'always' ||
      (EXPLAIN === 'auto' && (ratio > TARGET_RATIO || median(r.c) / baseline(r) > TARGET_RATIO || missedAbsolute))
    ) {
      // On PostgreSQL both are explained with jit = off (computeFigures turns it off for its statement).
      const explainOn = noJit?.engines.raw ?? raw
      mkdirSync(PLANS_DIR, { recursive: true })
      const slug = `${target.engine}-indicators-${scope.unitIds === national ? 'national' : PROVINCE.toLowerCase()}`
      const compiled = new PgDialect().sqlToQuery(
        compileFigures(definitions, { unitIds: scope.unitIds, from: request.from, to: request.to, asOf: request.asOf })
          .query,
      )
      const handPlan = await explainQuery(
        explainOn,
        HAND_SQL,
        handParams(scope.unitIds, request),
        join(PLANS_DIR, `${slug}-by-hand.json.txt`),
      )
      const compiledPlan = await explainQuery(
        explainOn,
        compiled.sql,
        compiled.params,
        join(PLANS_DIR, `${slug}-compiled.json.txt`),
      )
      for (const [label, plan] of [
        ['(a) by hand', handPlan],
        ['(b) computeFigures', compiledPlan],
      ] as const) {
        console.log(
          `\nEXPLAIN ANALYZE ${label}: ${millis(plan.ms)} ms${plan.jit ? `, of which JIT compilation ${millis(plan.jit)} ms (charged to the nodes below)` : ''}; nodes by own time:`,
        )
        console.log(
          table(
            ['node', 'own ms', 'rows'],
            plan.nodes.slice(0, 10).map((n) => [n.label, millis(n.ms), count(n.rows)]),
          ),
        )
      }
      console.log(`plans: ${join(PLANS_DIR, `${slug}-*.txt`)}`)
    }
  }

  // The pure reference evaluator as the arbiter, over two units of the province.
  if (!flags['skip-reference']) {
    const refUnits = (
      await raw.query<{ id: number }>(
        `(SELECT id FROM units WHERE parent_id = $1 AND level = 'regional' ORDER BY id LIMIT 1) UNION ALL (SELECT id FROM units WHERE parent_id = $1 AND code LIKE '%.P1' LIMIT 1)`,
        [province.id],
      )
    ).map((r) => r.id)
    const rows: string[][] = []
    for (const unitId of refUnits) {
      const started = now()
      const matters = await loadReferenceRegister(raw, unitId, request.to)
      const reference = referenceFigures(matters, definitions, request)
      const compiled = (await computeFigures(db, definitions, [unitId], request)).get(unitId)!
      const hand = (await byHand(raw, definitions, [unitId], request)).get(unitId)!
      let differing = 0
      for (const d of definitions) {
        const same = (x: [number, number | null], y: [number, number | null]) =>
          Math.abs(x[0] - y[0]) < 0.5 &&
          (x[1] === y[1] || (x[1] !== null && y[1] !== null && Math.abs(x[1] - y[1]) < 0.5))
        const r = reference[d.code]!
        const c = compiled[d.code]!
        const h = hand[d.code]!
        if (!same(r, c) || !same(r, h)) differing++
        rows.push([
          unitCode.get(unitId)!,
          d.code,
          `${fmt(r[0])} / ${fmt(r[1])}`,
          `${fmt(c[0])} / ${fmt(c[1])}${same(r, c) ? '' : ' ≠'}`,
          `${fmt(h[0])} / ${fmt(h[1])}${same(r, h) ? '' : ' ≠'}`,
        ])
      }
      console.log(
        `\nreference evaluator (src/domain/indicators/evaluate.ts) over ${unitCode.get(unitId)}: ${count(matters.length)} matters, ${millis(now() - started)} ms; ${differing} indicators differ`,
      )
    }
    console.log(table(['unit', 'indicator', 'reference evaluator', 'computeFigures', 'hand-written'], rows))
  }

  if (!flags['skip-load']) {
    const loads = await runLoad(
      server,
      province.id,
      provinceUnits,
      { province: provinceUnits, national },
      definitions,
      request,
    )
    console.log(
      `\n${describeTarget(target)} — HTTP latency in ms, ${CONNECTIONS} connections × ${DURATION} s, autocannon in a child process (requests completed within the ${DURATION} s);` +
        ` server p50/p99: from the server's 'request' event to the response's last byte\n`,
    )
    console.log(
      table(
        [
          'scenario',
          'p50',
          'p97.5',
          'p99',
          'max',
          'req/s',
          'requests',
          'errors',
          'non-2xx',
          'server p50',
          'server p99',
          'meanwhile',
        ],
        loads.map((l) => [
          l.label,
          ...(l.total === 0 ? ['—', '—', '—', '—'] : [String(l.p50), String(l.p97_5), String(l.p99), String(l.max)]),
          l.rps.toFixed(1),
          count(l.total),
          String(l.errors + l.timeouts),
          String(l.non2xx),
          millis(percentile(l.server, 50)),
          millis(percentile(l.server, 99)),
          l.note,
        ]),
      ),
    )
  }

  // The background warmer of the running server (warm-figures.ts) over every unit: its first
  // pass with nothing cached (a start on a new day), then a pass that finds everything fresh.
  if (flags.warmer) {
    await raw.exec(`DELETE FROM indicator_figure_cache`)
    const periods = dashboardPeriods(AS_OF).length
    const [, full] = await timeOf(() => warmFigures(db, tree, AS_OF))
    const [cachedRows] = await raw.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM indicator_figure_cache WHERE as_of = $1::date`,
      [AS_OF],
    )
    const [, fresh] = await timeOf(() => warmFigures(db, tree, AS_OF))
    console.log(
      `\nwarmer over all ${tree.byId.size} units, ${periods} periods as of ${AS_OF} (${perStatement(db)} units per statement):` +
        ` first pass ${seconds(full)} (${count(Number(cachedRows!.n))} cached rows), next pass with everything fresh ${millis(fresh)} ms`,
    )
  }

  // Summary of the targets.
  console.log(`\ntargets (${describeTarget(target)}):`)
  for (const r of scopeResults) {
    const ma = baseline(r)
    console.log(
      `  ${r.scope.name}: (b)/(a) = ${(median(r.b) / ma).toFixed(2)}, (c)/(a) = ${(median(r.c) / ma).toFixed(2)} (target ≤ ${TARGET_RATIO})`,
    )
    if (r.scope.unitIds === provinceUnits && pglite)
      console.log(
        `  ${r.scope.name} on PGlite: (b) ${millis(median(r.b))} ms, (c) ${millis(median(r.c))} ms (target < ${PROVINCE_TARGET_MS} ms): ${median(r.b) < PROVINCE_TARGET_MS && median(r.c) < PROVINCE_TARGET_MS ? 'met' : 'MISSED'}`,
      )
  }
  console.log(`\ndone in ${seconds(now() - started)}`)
  await noJit?.close()
  await server.close()
}

await main()
