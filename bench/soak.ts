// A soak of the PostgreSQL deployment: two `kiemsat serve` processes on one fresh database
// (kiemsat_soak, the demo province seeded by the first), and N signed-in sessions alternating
// between them in closed loops of mixed reads and writes with a think time.
//   npx tsx bench/soak.ts [--minutes 10] [--sessions 200] [--think-ms 1000] [--url postgres://postgres@127.0.0.1:5432/postgres]
//                         [--database kiemsat_soak] [--ports 3301,3302]
// Mix per session: list the register, open a matter, search; the indicators dashboard; and for
// the prosecutors (ksv, ksv2) writes: a crime report received (POST /api/matters), a subject
// added, a decision recorded (report_not_instituted) on a report of their own.
// Prints errors by kind and status, p50/p99 per kind, each instance's RSS (/proc/<pid>/status)
// at start and end, and checks that every write acknowledged with a 2xx (its returned id) is in
// the database at the end.
import { readFileSync } from 'node:fs'
import pg from 'pg'
import { DEMO_PASSWORD } from '@/demo/types.ts'
import { spawnKiemsat, untilReady, type Spawned } from '../test/support/spawned-server.ts'
import { bytes, count, intFlag, millis, now, parseFlags, percentile, table } from './lib/report.ts'

const flags = parseFlags(process.argv.slice(2))
const MINUTES = Number(flags.minutes ?? 10)
const SESSIONS = intFlag(flags, 'sessions', 200)
const THINK_MS = intFlag(flags, 'think-ms', 1000)
const SERVER_URL = String(flags.url ?? 'postgres://postgres@127.0.0.1:5432/postgres')
const DATABASE = String(flags.database ?? 'kiemsat_soak')
const PORTS = String(flags.ports ?? '3301,3302')
  .split(',')
  .map(Number)
if (!DATABASE.includes('soak')) throw new Error(`refusing to drop ${DATABASE}: the name must contain "soak"`)

const withDatabase = (url: string, name: string) => {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}
const DATABASE_URL = withDatabase(SERVER_URL, DATABASE)

const rssOf = (pid: number): number => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'))
  return Number(line?.match(/(\d+)/)?.[1] ?? 0) * 1024
}

// ── The database and the two instances ─────────────────────────────────────────────────────

const admin = new pg.Client({ connectionString: SERVER_URL })
await admin.connect()
await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
await admin.query(`CREATE DATABASE ${DATABASE}`)
await admin.end()

const servers: Spawned[] = []
const stopAll = () => servers.forEach((s) => s.child.exitCode === null && s.child.kill('SIGTERM'))
process.on('exit', stopAll)
process.on('SIGINT', () => process.exit(130))

console.log(`soak: ${SESSIONS} sessions × ${MINUTES} min, think ${THINK_MS} ms, 2 instances on ${DATABASE_URL}`)
let started = now()
// The first migrates and seeds the demo province; the second starts on the filled database.
for (const port of PORTS) {
  const server = spawnKiemsat(['serve'], { DATABASE_URL, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' })
  servers.push(server)
  await untilReady(server, 600)
  console.log(`  instance :${port} (pid ${server.child.pid}) ready after ${((now() - started) / 1000).toFixed(1)} s`)
  started = now()
}
const bases = PORTS.map((p) => `http://127.0.0.1:${p}`)

// ── Sessions ───────────────────────────────────────────────────────────────────────────────

type Kind = 'list' | 'open' | 'search' | 'dashboard' | 'create' | 'subject' | 'act' | 'sign-in'
type Sample = { kind: Kind; status: number; ms: number }
const samples: Sample[] = []
const acknowledged = { matters: [] as number[], subjects: [] as number[], events: [] as number[] }

type Session = {
  base: string
  cookie: string
  csrf: string
  unitId: number
  writer: boolean
  matterIds: number[]
  own: number[]
  undecided: number[]
  index: number
}

const call = async (
  session: Pick<Session, 'base' | 'cookie' | 'csrf'> | { base: string; cookie?: undefined; csrf?: undefined },
  kind: Kind,
  method: string,
  path: string,
  body?: unknown,
) => {
  const t = now()
  let status = 0
  let json: any = null
  let setCookie: string[] = []
  try {
    const res = await fetch(`${session.base}${path}`, {
      method,
      headers: {
        ...(session.cookie ? { cookie: session.cookie } : {}),
        ...(method !== 'GET' && session.csrf ? { 'x-csrf-token': session.csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(60_000),
    })
    status = res.status
    setCookie = res.headers.getSetCookie()
    const text = await res.text()
    try {
      json = JSON.parse(text)
    } catch {}
  } catch {
    status = 0 // connection refused, reset or timed out
  }
  samples.push({ kind, status, ms: now() - t })
  return { status, json, setCookie }
}

const USERS = ['ksv', 'ksv2', 'lanhdao', 'truongphong', 'thongke', 'xem', 'ksv', 'ksv2']
const todayInVietnam = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)

const signIn = async (index: number): Promise<Session> => {
  const base = bases[index % bases.length]!
  const username = USERS[index % USERS.length]!
  const res = await call({ base }, 'sign-in', 'POST', '/api/auth/login', { username, password: DEMO_PASSWORD })
  if (res.status !== 200) throw new Error(`sign-in of ${username}: ${res.status} ${JSON.stringify(res.json)}`)
  const cookie = res.setCookie.map((c) => c.split(';')[0]).join('; ')
  const me = res.json
  return {
    base,
    cookie,
    csrf: me.csrfToken,
    unitId: me.user.roles[0].unitId,
    writer: username.startsWith('ksv'),
    matterIds: [],
    own: [],
    undecided: [],
    index,
  }
}

const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(Math.random() * items.length)]
let serial = 0

const step = async (s: Session) => {
  const r = Math.random()
  const reads = s.writer ? [0.3, 0.55, 0.65, 0.75] : [0.35, 0.65, 0.8, 1]
  if (r < reads[0]! || s.matterIds.length === 0) {
    const res = await call(
      s,
      'list',
      'GET',
      `/api/matters?unitId=${s.unitId}&closed=all&sort=-receivedOn&page=${1 + Math.floor(Math.random() * 3)}`,
    )
    if (res.status === 200) s.matterIds = (res.json.items as { id: number }[]).map((m) => m.id)
  } else if (r < reads[1]!) {
    await call(s, 'open', 'GET', `/api/matters/${pick([...s.matterIds, ...s.own])}`)
  } else if (r < reads[2]!) {
    await call(
      s,
      'search',
      'GET',
      `/api/matters?unitId=${s.unitId}&closed=all&q=${encodeURIComponent(pick(['trộm', 'nguyen van', 'tai san', 'lừa đảo', 'TB'])!)}`,
    )
  } else if (r < reads[3]!) {
    await call(s, 'dashboard', 'GET', `/api/indicators/values?unitId=${s.unitId}&period=NTK2026`)
  } else {
    const w = Math.random()
    const today = todayInVietnam()
    if (w < 0.6 || s.own.length === 0) {
      const res = await call(s, 'create', 'POST', '/api/matters', {
        kind: 'crime_report',
        unitId: s.unitId,
        number: `${s.index}-${++serial}/2026/TB-SOAK`,
        title: 'Tin báo trộm cắp tài sản (thử tải)',
        subjects: [],
        initialEvent: {
          type: 'report_received',
          occurredOn: today,
          data: { source: 'tin_bao', investigatingBody: 'Công an phường Vị Tân' },
        },
      })
      if (res.status === 201) {
        acknowledged.matters.push(res.json.id)
        s.own.push(res.json.id)
        s.undecided.push(res.json.id)
      }
    } else if (w < 0.85 || s.undecided.length === 0) {
      const id = pick(s.own)!
      const res = await call(s, 'subject', 'POST', `/api/matters/${id}/subjects`, {
        fullName: `Nguyễn Văn Thử ${serial++}`,
        birthYear: 1990,
        gender: 'nam',
      })
      if (res.status === 200)
        acknowledged.subjects.push(Math.max(...(res.json.subjects as { id: number }[]).map((x) => x.id)))
    } else {
      const id = s.undecided.shift()!
      const res = await call(s, 'act', 'POST', `/api/matters/${id}/events`, {
        type: 'report_not_instituted',
        occurredOn: today,
        documentNumber: `${serial++}/QĐ`,
        issuingBody: null,
        data: { reason: 'Không có sự việc phạm tội' },
      })
      if (res.status === 200)
        acknowledged.events.push(Math.max(...(res.json.events as { id: number }[]).map((x) => x.id)))
    }
  }
}

const rssStart = servers.map((s) => rssOf(s.child.pid!))
console.log(`  signing in ${SESSIONS} sessions …`)
const sessions: Session[] = []
for (let i = 0; i < SESSIONS; i += 10)
  sessions.push(...(await Promise.all(Array.from({ length: Math.min(10, SESSIONS - i) }, (_, k) => signIn(i + k)))))
const rssSignedIn = servers.map((s) => rssOf(s.child.pid!))

const endsAt = now() + MINUTES * 60_000
const loadStarted = now()
const rssSeries: number[][] = []
const monitor = setInterval(() => rssSeries.push(servers.map((s) => rssOf(s.child.pid!))), 10_000)
const progress = setInterval(
  () =>
    process.stdout.write(`  ${((now() - loadStarted) / 60_000).toFixed(1)} min, ${count(samples.length)} requests\n`),
  60_000,
)
await Promise.all(
  sessions.map(async (s) => {
    // Spread the start over one think time, then loop until the end.
    await new Promise((r) => setTimeout(r, Math.random() * THINK_MS))
    while (now() < endsAt) {
      await step(s)
      await new Promise((r) => setTimeout(r, THINK_MS * (0.5 + Math.random())))
    }
  }),
)
clearInterval(monitor)
clearInterval(progress)
const elapsed = now() - loadStarted
const rssEnd = servers.map((s) => rssOf(s.child.pid!))

// ── Every acknowledged write present? ──────────────────────────────────────────────────────

const db = new pg.Client({ connectionString: DATABASE_URL })
await db.connect()
const present = async (table: string, ids: number[], extra = '') =>
  ids.length
    ? Number(
        (await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE id = ANY($1::int[]) ${extra}`, [ids])).rows[0].n,
      )
    : 0
const found = {
  matters: await present('matters', acknowledged.matters),
  subjects: await present('matter_subjects', acknowledged.subjects),
  events: await present('matter_events', acknowledged.events, 'AND voided_at IS NULL'),
}
await db.end()
for (const server of servers) server.child.kill('SIGTERM')
await Promise.all(servers.map((s) => s.exited))

// ── Report ─────────────────────────────────────────────────────────────────────────────────

const kinds: Kind[] = ['sign-in', 'list', 'open', 'search', 'dashboard', 'create', 'subject', 'act']
const load = samples.filter((s) => s.kind !== 'sign-in')
console.log(
  `\n${count(load.length)} requests in ${(elapsed / 60_000).toFixed(1)} min (${(load.length / (elapsed / 1000)).toFixed(1)} req/s), ${SESSIONS} sessions\n`,
)
console.log(
  table(
    ['kind', 'requests', 'p50 ms', 'p99 ms', 'max ms', 'errors (status × n)'],
    kinds.map((kind) => {
      const of = samples.filter((s) => s.kind === kind)
      const times = of.map((s) => s.ms).sort((a, b) => a - b)
      const errors = new Map<number, number>()
      for (const s of of) if (s.status === 0 || s.status >= 400) errors.set(s.status, (errors.get(s.status) ?? 0) + 1)
      return [
        kind,
        count(of.length),
        millis(percentile(times, 50)),
        millis(percentile(times, 99)),
        millis(times.at(-1) ?? NaN),
        [...errors].map(([st, n]) => `${st || 'network'} × ${n}`).join(', ') || '0',
      ]
    }),
  ),
)
console.log()
console.log(
  table(
    ['instance', 'RSS at start', 'after sign-ins', 'at end', 'growth', 'max during'],
    servers.map((s, i) => [
      `:${PORTS[i]} (pid ${s.child.pid})`,
      bytes(rssStart[i]!),
      bytes(rssSignedIn[i]!),
      bytes(rssEnd[i]!),
      `${rssEnd[i]! >= rssStart[i]! ? '+' : ''}${bytes(rssEnd[i]! - rssStart[i]!)}`,
      bytes(Math.max(...rssSeries.map((r) => r[i]!), rssEnd[i]!)),
    ]),
  ),
)
console.log()
const lost =
  acknowledged.matters.length -
  found.matters +
  (acknowledged.subjects.length - found.subjects) +
  (acknowledged.events.length - found.events)
console.log(
  table(
    ['acknowledged write', 'acknowledged', 'in the database'],
    [
      ['crime reports (matters)', count(acknowledged.matters.length), count(found.matters)],
      ['subjects added', count(acknowledged.subjects.length), count(found.subjects)],
      ['decisions recorded (acts)', count(acknowledged.events.length), count(found.events)],
    ],
  ),
)
console.log(
  lost === 0 ? '\nEvery acknowledged write is in the database.' : `\n${lost} acknowledged writes are MISSING.`,
)
process.exitCode = lost === 0 ? 0 : 1
