// The plan page at the size issue 13 names: 10 plans × 50 tasks × 20 targets for the whole
// province (the province's plan and nine regional programmes), on a fresh demo database (scale 1
// and its register) on PGlite and on PostgreSQL. Prints p50/p95 of the plan page (GET
// /api/plans/:id: every task's state and every target's pace and forecast from the register), of
// the list, of "my tasks", and the time to write the 50-task KẾ HOẠCH as .docx.
//   npx tsx bench/plan.ts [--requests 40] [--engine pglite|postgres|both]
import { generateDemoActivity } from '@/demo/activity.ts'
import { generateDemoOrganisation } from '@/demo/organisation.ts'
import { DEMO_PASSWORD } from '@/demo/types.ts'
import { INDICATOR_CATALOGUE } from '@/domain/indicators/index.ts'
import { WORK_STREAMS } from '@/domain/plan/index.ts'
import { buildApp } from '@/server/app.ts'
import { migrateDatabase, type DatabaseHandle } from '@/server/db/client.ts'
import { loadConfig } from '@/server/platform/config.ts'
import { manualClock } from '@/server/platform/time.ts'
import { loadDemoActivity } from '@/server/seed/load-activity.ts'
import { loadOrganisation } from '@/server/seed/load-organisation.ts'
import { openFresh, type Engine } from './lib/engine.ts'
import { intFlag, millis, now, parseFlags } from './lib/report.ts'

const flags = parseFlags(process.argv.slice(2))
const REQUESTS = intFlag(flags, 'requests', 40)
const ENGINE_FLAG = String(flags.engine ?? 'both')
const ENGINES_RUN: Engine[] = ENGINE_FLAG === 'both' ? ['pglite', 'postgres'] : [ENGINE_FLAG as Engine]
const TODAY = '2026-06-15'
const YEAR = 2026
const PLANS = 10
const TASKS = 50
const TARGETS = 20

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!

const open = (engine: Engine): Promise<DatabaseHandle> =>
  openFresh({
    engine,
    serverUrl: String(flags.url ?? 'postgres://postgres@127.0.0.1:5432/postgres'),
    database: 'kiemsat_bench_plan',
    dataDir: String(flags['data-dir'] ?? '/tmp/kiemsat-bench-plan'),
  })

const measure = async (engine: Engine) => {
  const handle = await open(engine)
  try {
    await migrateDatabase(handle)
    const organisation = generateDemoOrganisation({ seed: 2025, scale: 1 })
    await loadOrganisation(handle.db, organisation, DEMO_PASSWORD)
    await loadDemoActivity(handle.db, generateDemoActivity({ seed: 2025, organisation, today: TODAY }), {
      today: TODAY,
      nowTime: '08:00',
    })
    const app = await buildApp({
      db: handle.db,
      config: loadConfig({}, { webRoot: '/nonexistent', logLevel: 'warn', demoMode: true }),
      logger: false,
      clock: manualClock(new Date(`${TODAY}T01:00:00Z`)),
    })
    await app.ready()
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'lanhdao', password: DEMO_PASSWORD },
    })
    const cookie = login.cookies.find((c) => c.name === 'ks_session')!
    const me = login.json()
    const request = async (method: string, url: string, body?: unknown) => {
      const res = await app.inject({
        method: method as never,
        url,
        headers: {
          cookie: `ks_session=${cookie.value}`,
          'x-csrf-token': me.csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
      })
      if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body.slice(0, 300)}`)
      return res
    }
    const units = await handle.query<{ id: number; code: string }>(
      `SELECT id, code FROM units WHERE code = 'CT' OR (code LIKE 'CT.KV%' AND valid_to IS NULL) ORDER BY id`,
    )
    const bound = INDICATOR_CATALOGUE.filter((d) => d.defaultTarget?.value != null)
    const planIds: number[] = []
    const started = now()
    for (const unit of units.slice(0, PLANS)) {
      const plan = (
        await request('POST', '/api/plans', {
          unitId: unit.id,
          year: YEAR,
          kind: unit.code === 'CT' ? 'annual' : 'implementing',
          title: `Kế hoạch công tác năm ${YEAR} của ${unit.code}`,
        })
      ).json()
      planIds.push(plan.id)
      for (let i = 0; i < TARGETS; i++) {
        const definition = bound[i % bound.length]!
        const free = i >= bound.length
        await request('POST', `/api/plans/${plan.id}/targets`, {
          indicatorCode: free ? null : definition.code,
          comparison: free ? '>=' : definition.defaultTarget!.comparison,
          value: free ? 4 : definition.defaultTarget!.value,
          ...(free ? { name: `Chỉ tiêu tự đặt ${i + 1}`, unitOfMeasure: 'phiên tòa' } : {}),
        })
      }
      for (let i = 0; i < TASKS; i++)
        await request('POST', `/api/plans/${plan.id}/tasks`, {
          title: `Nhiệm vụ ${i + 1} của kế hoạch`,
          workStream: WORK_STREAMS[i % WORK_STREAMS.length],
          leadUnitId: unit.id,
          ...(i % 5 === 0
            ? { recurrence: 'quarterly' }
            : { deadline: `${YEAR}-${String((i % 11) + 1).padStart(2, '0')}-15` }),
          product: 'Báo cáo kết quả',
        })
      await request('POST', `/api/plans/${plan.id}/transition`, { action: 'submit' })
      await request('POST', `/api/plans/${plan.id}/transition`, {
        action: 'issue',
        approver: 'procuracy_committee',
      })
    }
    const built = now() - started
    const series = async (url: string) => {
      const cold = now()
      await request('GET', url)
      const first = now() - cold
      const times: number[] = []
      for (let i = 0; i < REQUESTS; i++) {
        const t0 = now()
        await request('GET', url)
        times.push(now() - t0)
      }
      times.sort((a, b) => a - b)
      return { first, p50: percentile(times, 0.5), p95: percentile(times, 0.95) }
    }
    const page = await series(`/api/plans/${planIds[0]}`)
    const list = await series(`/api/plans?year=${YEAR}`)
    const mine = await series('/api/plans/my-tasks')
    const d0 = now()
    const docx = await request('GET', `/api/plans/${planIds[0]}/document.docx`)
    const docxMs = now() - d0
    await app.close()
    return { built, page, list, mine, docxMs, docxBytes: docx.rawPayload.length }
  } finally {
    await handle.close()
  }
}

for (const engine of ENGINES_RUN) {
  const r = await measure(engine)
  const line = (name: string, s: { first: number; p50: number; p95: number }) =>
    `  ${name.padEnd(22)} first ${millis(s.first)} ms, p50 ${millis(s.p50)} ms, p95 ${millis(s.p95)} ms`
  console.log(
    `${engine}: ${PLANS} plans × ${TASKS} tasks × ${TARGETS} targets built and issued in ${(r.built / 1000).toFixed(1)} s`,
  )
  console.log(line('plan page', r.page))
  console.log(line('plans of the year', r.list))
  console.log(line('my tasks', r.mine))
  console.log(`  KẾ HOẠCH .docx (50 tasks) ${millis(r.docxMs)} ms, ${(r.docxBytes / 1024).toFixed(0)} kB`)
}
process.exit(0)
