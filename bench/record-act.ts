// What recording one act costs (issue 11, item 8): SQL statements sent and time per act through
// the real route (POST /api/matters/:id/events: session lookup, lock, validation, the act, the
// stage and deadlines derived again, the audit row, the answer), on a fresh demo database
// (organisation scale 1 and its register of activity) on PGlite and on PostgreSQL.
//   npx tsx bench/record-act.ts [--acts 40] [--engine pglite|postgres|both] [--verbose]
//     [--url postgres://postgres@127.0.0.1:5432/postgres] [--data-dir /tmp/kiemsat-bench-record-act]
// Each act is recorded on a criminal case of its own, created just before (not counted): a suspect
// instituted on the case's one subject with a heavier charge, so the stage, the subject's charge and
// category, and the investigation deadline all change (the register test's second act). Statements
// are counted where node-postgres sends them (pg.Client.prototype.query, which every pooled
// connection uses), BEGIN and COMMIT included; the job queue's own polls (schema pgboss) are left out.
import pg from 'pg'
import { generateDemoActivity } from '@/demo/activity.ts'
import { generateDemoOrganisation } from '@/demo/organisation.ts'
import { DEMO_PASSWORD } from '@/demo/types.ts'
import { buildApp } from '@/server/app.ts'
import { migrateDatabase, type DatabaseHandle } from '@/server/db/client.ts'
import { loadConfig } from '@/server/platform/config.ts'
import { manualClock } from '@/server/platform/time.ts'
import { loadDemoActivity } from '@/server/seed/load-activity.ts'
import { loadOrganisation } from '@/server/seed/load-organisation.ts'
import { openFresh, type Engine } from './lib/engine.ts'
import { intFlag, millis, now, parseFlags } from './lib/report.ts'

const flags = parseFlags(process.argv.slice(2))
const ACTS = intFlag(flags, 'acts', 40)
const WARMUP = 3
const ENGINE_FLAG = String(flags.engine ?? 'both')
const ENGINES_RUN: Engine[] = ENGINE_FLAG === 'both' ? ['pglite', 'postgres'] : [ENGINE_FLAG as Engine]
const VERBOSE = flags.verbose === true
// The day the server reads (Vietnam time 08:00): the acts below are of the days before it.
const TODAY = '2026-03-16'

// Every statement any pooled connection sends, while `recording` is on.
let recording: string[] | null = null
const originalQuery = pg.Client.prototype.query
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const first = args[0] as string | { text?: string } | undefined
  const text = typeof first === 'string' ? first : (first?.text ?? '')
  recording?.push(text)
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args)
} as typeof pg.Client.prototype.query

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!

const open = (engine: Engine): Promise<DatabaseHandle> =>
  openFresh({
    engine,
    serverUrl: String(flags.url ?? 'postgres://postgres@127.0.0.1:5432/postgres'),
    database: 'kiemsat_bench_record_act',
    dataDir: String(flags['data-dir'] ?? '/tmp/kiemsat-bench-record-act'),
  })

const measure = async (engine: Engine) => {
  const handle = await open(engine)
  try {
    await migrateDatabase(handle)
    const organisation = generateDemoOrganisation({ seed: 2025, scale: 1 })
    await loadOrganisation(handle.db, organisation, DEMO_PASSWORD)
    const seeded = await loadDemoActivity(handle.db, generateDemoActivity({ seed: 2025, organisation, today: TODAY }), {
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
      payload: { username: 'ksv', password: DEMO_PASSWORD },
    })
    const cookie = login.cookies.find((c) => c.name === 'ks_session')!
    const me = login.json()
    const [unit] = await handle.query<{ id: number }>(`SELECT id FROM units WHERE code = 'CT.KV6'`)
    const send = async (url: string, body: unknown) => {
      const res = await app.inject({
        method: 'POST',
        url,
        headers: {
          cookie: `ks_session=${cookie.value}`,
          'x-csrf-token': me.csrfToken,
          'content-type': 'application/json',
        },
        payload: JSON.stringify(body),
      })
      if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
      return res.json()
    }

    const times: number[] = []
    const statements: number[] = []
    let sample: string[] = []
    for (let i = 0; i < WARMUP + ACTS; i++) {
      const matter = await send('/api/matters', {
        kind: 'criminal_case',
        unitId: unit!.id,
        number: `${i + 1}/2026/HS-BENCH`,
        title: `Vụ án đo ghi số ${i + 1}`,
        prosecutorId: me.user.personId,
        subjects: [{ fullName: 'Lâm Văn Tèo', birthYear: 1995, gender: 'nam' }],
        initialEvent: {
          type: 'case_instituted',
          occurredOn: '2026-03-02',
          documentNumber: '45/QĐ-CSĐT',
          data: { charge: { article: 173, clause: 1 }, investigatingBody: 'Cơ quan CSĐT Công an TP Cần Thơ' },
        },
      })
      recording = []
      const started = now()
      await send(`/api/matters/${matter.id}/events`, {
        type: 'suspect_instituted',
        occurredOn: '2026-03-03',
        subjectId: matter.subjects[0].id,
        documentNumber: '46/QĐ-CSĐT',
        data: { charge: { article: 173, clause: 2 } },
      })
      const elapsed = now() - started
      const sent = recording.filter((text) => !text.includes('pgboss'))
      recording = null
      if (i < WARMUP) continue
      times.push(elapsed)
      statements.push(sent.length)
      if (sample.length === 0) sample = sent
    }
    await app.close()

    times.sort((a, b) => a - b)
    statements.sort((a, b) => a - b)
    return {
      seeded,
      statements: { min: statements[0]!, max: statements.at(-1)! },
      p50: percentile(times, 0.5),
      p90: percentile(times, 0.9),
      sample,
    }
  } finally {
    await handle.close()
  }
}

for (const engine of ENGINES_RUN) {
  const r = await measure(engine)
  const count =
    r.statements.min === r.statements.max ? `${r.statements.min}` : `${r.statements.min}–${r.statements.max}`
  console.log(
    `${engine.padEnd(8)} demo register of ${r.seeded.matters} matters; ${ACTS} acts: ${count} statements per act, p50 ${millis(r.p50)} ms, p90 ${millis(r.p90)} ms`,
  )
  if (VERBOSE)
    for (const [i, text] of r.sample.entries()) console.log(`  ${i + 1}. ${text.replace(/\s+/g, ' ').slice(0, 160)}`)
}
