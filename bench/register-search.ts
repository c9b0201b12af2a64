// Latency of the register's lists and searches at national size, through the real server
// (buildApp + app.inject: session lookup, validation, access check, queries, mapping, JSON).
// Run bench/register-dataset.ts first. Signed in as:
//   bench_lanhdao — leadership over the province TN05 (10–11 regional units and departments)
//   bench_quocgia — read-only over VKSNDTC, i.e. the whole country
//   bench_ksv     — the regional prosecutor with the most open deadlines
// Requests run one after another (latency, not throughput); inputs rotate between requests
// (units, kinds, years, numbers). A list whose p95 exceeds --slow-ms is run once more with its
// SQL recorded, and every query of that request is EXPLAIN ANALYZEd (plans saved to --plans-dir).
//
//   npx tsx bench/register-search.ts [--engine pglite] [--requests 200] [--max-seconds 60] [--only national]
//                                    [--name 'nguyen van'] [--full-name 'nguyen van duc'] [--slow-ms 500]
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describeTarget, targetFrom } from './lib/engine.ts'
import { explain, startServer, type Agent } from './lib/server.ts'
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
const REQUESTS = intFlag(flags, 'requests', 200)
const WARMUP = intFlag(flags, 'warmup', 3)
const MAX_SECONDS = intFlag(flags, 'max-seconds', 60)
const SLOW_MS = intFlag(flags, 'slow-ms', 500)
const ONLY = flags.only === undefined ? null : String(flags.only)
const PLANS_DIR = String(flags['plans-dir'] ?? '/tmp/kiemsat-bench-plans')
const NAME_QUERY = String(flags.name ?? 'nguyen van')
const FULL_NAME_QUERY = String(flags['full-name'] ?? 'nguyen van duc')

type Who = 'lanhdao' | 'quocgia' | 'ksv'
type Scenario = { name: string; who: Who; url: (i: number) => string }
type Result = { scenario: Scenario; samples: number[]; total: number | null; failures: number }

const main = async () => {
  const server = await startServer(target)
  const { raw } = server
  const [province] = await raw.query<{ id: number }>(`SELECT id FROM units WHERE code = 'TN05'`)
  if (!province) throw new Error('no province TN05: run bench/register-dataset.ts first')
  const regional = (
    await raw.query<{ id: number }>(`SELECT id FROM units WHERE parent_id = $1 AND level = 'regional' ORDER BY id`, [
      province.id,
    ])
  ).map((r) => r.id)
  const provinceNumbers = (
    await raw.query<{ number: string }>(
      `SELECT m.number FROM matters m JOIN units u ON u.id = m.unit_id WHERE u.parent_id = $1 OR u.id = $1 ORDER BY hashint8(m.id::bigint) LIMIT $2`,
      [province.id, REQUESTS + WARMUP],
    )
  ).map((r) => r.number)
  const nationalNumbers = (
    await raw.query<{ number: string }>(`SELECT number FROM matters ORDER BY hashint8(id::bigint + 7) LIMIT $1`, [
      REQUESTS + WARMUP,
    ])
  ).map((r) => r.number)
  const [sizes] = await raw.query<{ matters: string; events: string }>(
    `SELECT (SELECT count(*) FROM matters)::text AS matters, (SELECT reltuples::bigint FROM pg_class WHERE relname = 'matter_events')::text AS events`,
  )
  const agents: Record<Who, Agent> = {
    lanhdao: await server.signIn('bench_lanhdao'),
    quocgia: await server.signIn('bench_quocgia'),
    ksv: await server.signIn('bench_ksv'),
  }
  console.log(
    `register-search: ${describeTarget(target)}, ${count(Number(sizes!.matters))} matters, ~${count(Number(sizes!.events))} events; ${machine()}; ${codeVersion()}`,
  )
  console.log(
    `${REQUESTS} requests per list (at most ${MAX_SECONDS} s each), one at a time, after ${WARMUP} warm-up requests\n`,
  )

  const at = <T>(items: readonly T[], i: number): T => items[i % items.length]!
  const kinds = ['criminal_case', 'crime_report', 'civil']
  const years = [2022, 2023, 2024, 2025, 2026]
  const q = encodeURIComponent(NAME_QUERY)
  const fullName = encodeURIComponent(FULL_NAME_QUERY)
  const all: Scenario[] = [
    {
      name: 'regional unit, newest first, page 1',
      who: 'lanhdao',
      url: (i) => `/api/matters?unitId=${at(regional, i)}&closed=all&sort=-receivedOn&page=1`,
    },
    {
      name: 'regional unit, newest first, page 50',
      who: 'lanhdao',
      url: (i) => `/api/matters?unitId=${at(regional, i)}&closed=all&sort=-receivedOn&page=50`,
    },
    {
      name: 'regional unit, open matters (default filter)',
      who: 'lanhdao',
      url: (i) => `/api/matters?unitId=${at(regional, i)}`,
    },
    {
      name: 'province, kind + one year',
      who: 'lanhdao',
      url: (i) =>
        `/api/matters?unitId=${province.id}&kind=${at(kinds, i)}&from=${at(years, i)}-01-01&to=${at(years, i)}-12-31&closed=all`,
    },
    { name: `province, subject name "${NAME_QUERY}"`, who: 'lanhdao', url: () => `/api/matters?q=${q}&closed=all` },
    { name: `national, subject name "${NAME_QUERY}"`, who: 'quocgia', url: () => `/api/matters?q=${q}&closed=all` },
    {
      name: `province, full name "${FULL_NAME_QUERY}"`,
      who: 'lanhdao',
      url: () => `/api/matters?q=${fullName}&closed=all`,
    },
    {
      name: `national, full name "${FULL_NAME_QUERY}"`,
      who: 'quocgia',
      url: () => `/api/matters?q=${fullName}&closed=all`,
    },
    {
      name: 'province, by number',
      who: 'lanhdao',
      url: (i) => `/api/matters?q=${encodeURIComponent(at(provinceNumbers, i))}&closed=all`,
    },
    {
      name: 'national, by number',
      who: 'quocgia',
      url: (i) => `/api/matters?q=${encodeURIComponent(at(nationalNumbers, i))}&closed=all`,
    },
    { name: 'province, charge article 173', who: 'lanhdao', url: () => `/api/matters?article=173&closed=all` },
    { name: 'national, charge article 173', who: 'quocgia', url: () => `/api/matters?article=173&closed=all` },
    { name: 'my deadlines (regional prosecutor)', who: 'ksv', url: () => `/api/deadlines?scope=mine` },
    { name: 'unit deadlines, regional unit', who: 'ksv', url: () => `/api/deadlines?scope=unit` },
    { name: 'unit deadlines, province', who: 'lanhdao', url: () => `/api/deadlines?scope=unit` },
    { name: 'unit deadlines, national', who: 'quocgia', url: () => `/api/deadlines?scope=unit` },
  ]
  const scenarios = all.filter((s) => ONLY === null || s.name.includes(ONLY))

  const results: Result[] = []
  for (const scenario of scenarios) {
    const agent = agents[scenario.who]
    for (let i = 0; i < WARMUP; i++) await agent.get(scenario.url(REQUESTS + i))
    const samples: number[] = []
    let total: number | null = null
    let failures = 0
    const started = now()
    for (let i = 0; i < REQUESTS && now() - started < MAX_SECONDS * 1000; i++) {
      const res = await agent.get(scenario.url(i))
      if (res.status !== 200) {
        failures++
        if (failures === 1) console.log(`  ! ${scenario.name}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`)
      }
      if (typeof res.body?.total === 'number') total = res.body.total
      samples.push(res.ms)
    }
    samples.sort((a, b) => a - b)
    results.push({ scenario, samples, total, failures })
    console.log(
      `  ${scenario.name}: n=${samples.length} p50 ${millis(percentile(samples, 50))} ms, p95 ${millis(percentile(samples, 95))} ms (${seconds(now() - started)})`,
    )
  }

  console.log(`\n${describeTarget(target)} — latency in ms, through buildApp + app.inject\n`)
  console.log(
    table(
      ['list', 'user', 'n', 'p50', 'p95', 'p99', 'max', 'rows matched'],
      results.map((r) => [
        r.scenario.name,
        r.scenario.who,
        String(r.samples.length) + (r.failures ? ` (${r.failures} failed)` : ''),
        millis(percentile(r.samples, 50)),
        millis(percentile(r.samples, 95)),
        millis(percentile(r.samples, 99)),
        millis(r.samples[r.samples.length - 1] ?? NaN),
        r.total === null ? '' : count(r.total),
      ]),
    ),
  )

  // Slow lists: the SQL of one request, each query EXPLAIN ANALYZEd.
  const slow = results.filter((r) => percentile(r.samples, 95) > SLOW_MS)
  if (slow.length > 0) mkdirSync(PLANS_DIR, { recursive: true })
  for (const r of slow) {
    const { queries } = await server.capture(() => agents[r.scenario.who].get(r.scenario.url(0)))
    const plans = await explain(raw, queries)
    const slug = `${target.engine}-${r.scenario.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`
    const file = join(PLANS_DIR, `${slug}.txt`)
    writeFileSync(file, plans.map((p) => `-- ${millis(p.ms)} ms\n${p.query}\n\n${p.plan}\n`).join('\n\n'))
    console.log(
      `\nSLOW: ${r.scenario.name} (p95 ${millis(percentile(r.samples, 95))} ms) — ${queries.length} queries; by execution time: ${plans.map((p) => `${millis(p.ms)} ms`).join(', ')}`,
    )
    console.log(`  slowest: ${plans[0]?.query.replace(/\s+/g, ' ').slice(0, 400)}`)
    console.log(
      plans[0]?.plan
        .split('\n')
        .slice(0, 30)
        .map((l) => `    ${l}`)
        .join('\n'),
    )
    console.log(`  all plans: ${file}`)
  }
  await server.close()
}

await main()
