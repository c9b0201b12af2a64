// The leadership home's two deadline requests on the demo province (issue 12, speed): the unit's
// deadlines counted (GET /api/deadlines?scope=unit&pageSize=1) and its persons in custody or
// detention (group=detention), at 50 connections × 10 s (autocannon in a child process), quiet
// and while a crime report is recorded every 1.5 s in a regional procuracy of the province. For
// machines without the national benchmark register (bench/register-dataset.ts): there,
// bench/indicators.ts measures the same two requests.
//
//   npx tsx bench/home-deadlines.ts [--engine pglite|postgres] [--url postgres://…/empty_db]
//        [--connections 50] [--duration 10] [--write-every 1500]
// On PostgreSQL give an empty database: the demo province is loaded into it.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { generateDemoActivity } from '../src/demo/activity.ts'
import { generateDemoOrganisation } from '../src/demo/organisation.ts'
import { DEMO_PASSWORD } from '../src/demo/types.ts'
import { buildApp } from '../src/server/app.ts'
import { migrateDatabase, openDatabase } from '../src/server/db/client.ts'
import { loadConfig } from '../src/server/platform/config.ts'
import { todayInVietnam } from '../src/server/platform/time.ts'
import { loadDemoActivity } from '../src/server/seed/load-activity.ts'
import { loadOrganisation } from '../src/server/seed/load-organisation.ts'
import { intFlag, parseFlags } from './lib/report.ts'

const flags = parseFlags(process.argv.slice(2))
const ENGINE = flags.engine === 'postgres' ? 'postgres' : 'pglite'
const CONNECTIONS = intFlag(flags, 'connections', 50)
const DURATION = intFlag(flags, 'duration', 10)
const WRITE_EVERY = intFlag(flags, 'write-every', 1500)

const handle = await openDatabase(
  ENGINE === 'postgres'
    ? { kind: 'postgres', url: String(flags.url ?? 'postgres://postgres@127.0.0.1:5432/kiemsat_home'), poolSize: 10 }
    : { kind: 'pglite', dataDir: null },
)
await migrateDatabase(handle)
const organisation = generateDemoOrganisation({ seed: 2025, scale: 1 })
await loadOrganisation(handle.db, organisation, DEMO_PASSWORD)
const today = todayInVietnam()
await loadDemoActivity(handle.db, generateDemoActivity({ seed: 2025, organisation, today }), { today })
const app = await buildApp({ db: handle.db, config: loadConfig({}, { demoMode: true }), logger: false })
await app.listen({ host: '127.0.0.1', port: 0 })
const address = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`

const signIn = async (username: string) => {
  const res = await fetch(`${address}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  })
  const body = (await res.json()) as { csrfToken: string; user: { unitId: number } }
  return { cookie: /ks_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')![1]!, ...body }
}
const leader = await signIn('lanhdao')
const writer = await signIn('ksv')
const province = leader.user.unitId
const units = (await (
  await fetch(`${address}/api/units`, { headers: { cookie: `ks_session=${leader.cookie}` } })
).json()) as { items: { id: number; code: string }[] }
const kv6 = units.items.find((u) => u.code === 'CT.KV6')!.id

const autocannon = createRequire(import.meta.url).resolve('autocannon/autocannon.js')
type Result = { latency: { p50: number; p99: number; max: number }; requests: { average: number }; non2xx: number }
const cannon = (url: string): Promise<Result> =>
  new Promise((resolve, reject) => {
    const args = ['-c', String(CONNECTIONS), '-d', String(DURATION), '-t', '60', '-j', '-n']
    const child = spawn(process.execPath, [autocannon, ...args, '-H', `cookie=ks_session=${leader.cookie}`, url], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.on('exit', () => {
      try {
        resolve(JSON.parse(out))
      } catch (error) {
        reject(error)
      }
    })
  })

let seq = 0
const writeCrimeReport = async () => {
  const res = await fetch(`${address}/api/matters`, {
    method: 'POST',
    headers: {
      cookie: `ks_session=${writer.cookie}`,
      'x-csrf-token': writer.csrfToken,
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      kind: 'crime_report',
      unitId: kv6,
      number: `BENCH-HOME-${Date.now()}-${seq++}`,
      title: 'Tin báo trộm cắp tài sản (bench/home-deadlines.ts)',
      prosecutorId: null,
      subjects: [],
      initialEvent: {
        type: 'report_received',
        occurredOn: today,
        data: { source: 'tin_bao', investigatingBody: 'Cơ quan Cảnh sát điều tra Công an TP Cần Thơ' },
      },
    }),
  })
  if (res.status !== 201) console.log(`  ! write answered ${res.status}`)
}

const requests = {
  'unit deadlines counted': `${address}/api/deadlines?scope=unit&unitId=${province}&urgency=open&page=1&pageSize=1`,
  'custody and detention': `${address}/api/deadlines?scope=unit&unitId=${province}&urgency=open&group=detention&page=1&pageSize=50`,
}
console.log(`${ENGINE}, demo province, ${CONNECTIONS} connections × ${DURATION} s (ms)`)
for (const writes of [false, true])
  for (const [name, url] of Object.entries(requests)) {
    const timer = writes ? setInterval(() => void writeCrimeReport(), WRITE_EVERY) : null
    const r = await cannon(url)
    if (timer) clearInterval(timer)
    console.log(
      `${name}${writes ? `, a crime report every ${WRITE_EVERY} ms` : ''}: p50 ${r.latency.p50} / p99 ${r.latency.p99} / max ${r.latency.max}, ${r.requests.average} req/s${r.non2xx ? `, ${r.non2xx} not 2xx` : ''}`,
    )
  }
await app.close()
await handle.close()
