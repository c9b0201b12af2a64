// What durability costs on the embedded database: commits per second with fsync on (the
// default since the data folder is synced, src/server/db/durable-nodefs.ts) and off
// (KIEMSAT_PGLITE_FSYNC=off), on a data folder of this machine's disk.
//   npx tsx bench/pglite-writes.ts [--seconds 20] [--folder /tmp/kiemsat-bench-fsync]
// 1. single-row INSERT commits, one after another (the WAL is synced at each commit);
// 2. crime reports created through the real route (POST /api/matters: the matter, its act,
//    its deadlines and the audit row in one transaction), as a prosecutor does.
import { rmSync } from 'node:fs'
import { generateDemoOrganisation } from '@/demo/organisation.ts'
import { DEMO_PASSWORD } from '@/demo/types.ts'
import { buildApp } from '@/server/app.ts'
import { migrateDatabase, openDatabase } from '@/server/db/client.ts'
import { loadConfig } from '@/server/platform/config.ts'
import { loadOrganisation } from '@/server/seed/load-organisation.ts'
import { intFlag, now, parseFlags } from './lib/report.ts'

const flags = parseFlags(process.argv.slice(2))
const SECONDS = intFlag(flags, 'seconds', 20)
const FOLDER = String(flags.folder ?? '/tmp/kiemsat-bench-fsync')
if (!FOLDER.includes('bench')) throw new Error(`refusing to remove ${FOLDER}: the folder name must contain "bench"`)

const forSeconds = async (
  seconds: number,
  step: (i: number) => Promise<void>,
): Promise<{ n: number; perSecond: number; p99: number }> => {
  const times: number[] = []
  const started = now()
  while (now() - started < seconds * 1000) {
    const t = now()
    await step(times.length)
    times.push(now() - t)
  }
  times.sort((a, b) => a - b)
  return {
    n: times.length,
    perSecond: times.length / ((now() - started) / 1000),
    p99: times[Math.floor(times.length * 0.99)]!,
  }
}

const measure = async (fsync: boolean) => {
  rmSync(FOLDER, { recursive: true, force: true })
  const handle = await openDatabase({ kind: 'pglite', dataDir: FOLDER, fsync })
  try {
    await migrateDatabase(handle)
    await loadOrganisation(handle.db, generateDemoOrganisation({ seed: 2025, scale: 1 }), DEMO_PASSWORD)
    await handle.exec('CREATE TABLE bench_commits (id int PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())')
    const inserts = await forSeconds(SECONDS, (i) =>
      handle.query('INSERT INTO bench_commits (id) VALUES ($1)', [i]).then(() => {}),
    )

    const app = await buildApp({
      db: handle.db,
      config: loadConfig({}, { webRoot: '/nonexistent', logLevel: 'warn' }),
      logger: false,
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
    const matters = await forSeconds(SECONDS, async (i) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/matters',
        headers: {
          cookie: `ks_session=${cookie.value}`,
          'x-csrf-token': me.csrfToken,
          'content-type': 'application/json',
        },
        payload: JSON.stringify({
          kind: 'crime_report',
          unitId: unit!.id,
          number: `${i + 1}/2026/TB-BENCH`,
          title: `Tin báo đo ghi số ${i + 1}`,
          prosecutorId: me.user.personId,
          subjects: [],
          initialEvent: {
            type: 'report_received',
            occurredOn: '2026-11-02',
            data: { source: 'tin_bao', investigatingBody: 'Công an phường Vị Tân' },
          },
        }),
      })
      if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`)
    })
    await app.close()
    return { inserts, matters }
  } finally {
    await handle.close()
    rmSync(FOLDER, { recursive: true, force: true })
  }
}

const on = await measure(true)
const off = await measure(false)
const line = (
  label: string,
  a: { n: number; perSecond: number; p99: number },
  b: { n: number; perSecond: number; p99: number },
) =>
  console.log(
    `${label.padEnd(38)} fsync on ${a.perSecond.toFixed(1).padStart(7)}/s (p99 ${a.p99.toFixed(1)} ms)   off ${b.perSecond.toFixed(1).padStart(7)}/s (p99 ${b.p99.toFixed(1)} ms)   cost ${(100 * (1 - a.perSecond / b.perSecond)).toFixed(0)} %`,
  )
console.log(`PGlite on ${FOLDER}, ${SECONDS} s per measurement`)
line('single-row INSERT commits', on.inserts, off.inserts)
line('crime reports created (POST /api/matters)', on.matters, off.matters)
