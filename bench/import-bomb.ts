// The workbook bomb of issue 10 against a real `kiemsat serve` (PGlite, a fresh data folder):
// a ~7 MB xlsx whose sheet unpacks to ~480 MB (170,000 rows × 12 cells × 200 characters, inline
// strings), written with exceljs's streaming WorkbookWriter and cached in the temporary folder.
// Two rounds of 4 concurrent `POST /api/register/import?dryRun=true` (from 4 sessions of 3
// prosecutors and a head): the bomb as it is (its central directory declares the sizes), and the
// same bomb forged to declare 1 kB per entry, so that only the counted inflated bytes stop it.
// Meanwhile /api/health is polled; printed: the answers' codes and times, p50/p99/max of health,
// the server's peak RSS (VmHWM of /proc/<pid>/status) after each round.
// A quiet round (health alone, after the start's own background work has settled) comes first.
//   npx tsx bench/import-bomb.ts [--rows 170000] [--uploads 4] [--poll-ms 50] [--settle-seconds 30] [--quiet-seconds 10]
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { XLSX_MIME } from '@/shared/api/register-excel.ts'
import { zipEntries } from '@/server/modules/register-excel/zip-guard.ts'
import { cachedBomb, lieAboutSizes } from '../test/support/bomb-workbook.ts'
import { signInOver, spawnKiemsat, untilReady } from '../test/support/spawned-server.ts'

const { values: flags } = parseArgs({
  options: {
    rows: { type: 'string', default: '170000' },
    uploads: { type: 'string', default: '4' },
    'poll-ms': { type: 'string', default: '50' },
    'settle-seconds': { type: 'string', default: '30' },
    'quiet-seconds': { type: 'string', default: '10' },
  },
})
const ROWS = Number(flags.rows)
const UPLOADS = Number(flags.uploads)
const POLL_MS = Number(flags['poll-ms'])
const USERS = ['ksv', 'ksv2', 'truongphong', 'ksv']

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
const statusOf = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024
  return { rss: kb('VmRSS'), peak: kb('VmHWM') }
}
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN

/** A child process that GETs `url` every POLL_MS ms until told to stop, then reports each request's time. */
const pollHealth = (url: string) => {
  const code = `
    const times = [], failures = []; let stop = false
    process.stdin.on('data', () => (stop = true)).resume()
    ;(async () => {
      while (!stop) {
        const at = performance.now()
        try { const res = await fetch(${JSON.stringify(url)}); await res.arrayBuffer(); if (res.status !== 200) failures.push(res.status) } catch (e) { failures.push(String(e)) }
        times.push(performance.now() - at)
        await new Promise((r) => setTimeout(r, ${POLL_MS}))
      }
      process.stdout.write(JSON.stringify({ health: times, failures }))
      process.exit(0)
    })()`
  const child = spawn(process.execPath, ['-e', code], { stdio: ['pipe', 'pipe', 'inherit'] })
  let out = ''
  child.stdout!.on('data', (chunk) => (out += chunk))
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  return {
    stop: async (): Promise<{ health: number[]; failures: unknown[] }> => {
      child.stdin!.end('stop\n')
      await exited
      return JSON.parse(out)
    },
  }
}

let started = performance.now()
const { file, bytes: bomb } = await cachedBomb({ rows: ROWS })
const declared = [
  ...zipEntries(bomb, {
    maxUncompressedBytes: Number.MAX_SAFE_INTEGER,
    maxSharedStringsBytes: Number.MAX_SAFE_INTEGER,
    maxEntries: 1e6,
    maxRows: 0,
  }).values(),
]
console.log(
  `bomb ${file}: ${mb(bomb.length)}, sheet ${mb(declared.find((e) => e.name.startsWith('xl/worksheets/'))!.declaredSize)} unpacked (${ROWS} rows × 12 cells × 200 characters), ready in ${((performance.now() - started) / 1000).toFixed(1)} s`,
)

const dataDir = join(mkdtempSync(join(tmpdir(), 'kiemsat-bench-bomb-')), 'data')
const port = await freePort()
const base = `http://127.0.0.1:${port}`
const server = spawnKiemsat(['serve', '--port', String(port)], { KIEMSAT_DATA_DIR: dataDir, DATABASE_URL: undefined })
try {
  started = performance.now()
  await untilReady(server, 600)
  const pid = server.child.pid!
  console.log(
    `server ${pid} ready in ${((performance.now() - started) / 1000).toFixed(1)} s; RSS ${mb(statusOf(pid).rss)}, peak so far ${mb(statusOf(pid).peak)}`,
  )
  const agents = await Promise.all(USERS.slice(0, UPLOADS).map((u) => signInOver(base, u)))
  // The start's own work (the figures warmer, the job queue's maintenance) runs first.
  await new Promise((resolve) => setTimeout(resolve, Number(flags['settle-seconds']) * 1000))

  for (const [label, body] of [
    ['no upload (quiet)', null],
    ['the bomb as it is', bomb],
    ['the bomb declaring 1 kB per entry', lieAboutSizes(bomb)],
  ] as const) {
    // Health is polled from a process of its own: sending the uploads (27 MB through fetch) must not
    // delay the bench's own clock of the health requests.
    const poller = pollHealth(`${base}/api/health`)
    started = performance.now()
    const quiet = new Promise<never[]>((resolve) =>
      setTimeout(() => resolve([]), Number(flags['quiet-seconds']) * 1000),
    )
    const answers =
      body === null
        ? await quiet
        : await Promise.all(
            agents.map(async (agent) => {
              const at = performance.now()
              const res = await agent
                .post('/api/register/import?dryRun=true', body, XLSX_MIME)
                .catch((e: Error) => ({ status: 0, body: { error: { code: e.message } } }))
              return {
                user: agent.me.user?.username ?? '?',
                status: res.status,
                code: res.body?.error?.code ?? 'OK',
                ms: performance.now() - at,
                message: res.body?.error?.message ?? '',
              }
            }),
          )
    const roundMs = performance.now() - started
    // Health keeps being polled a moment after the last answer: the server must still be there.
    await new Promise((resolve) => setTimeout(resolve, 500))
    const { health, failures } = await poller.stop()
    const sorted = [...health].sort((a, b) => a - b)
    const { rss, peak } = statusOf(pid)
    console.log(
      `\n${label}${body ? ` (${mb(body.length)}), ${UPLOADS} concurrent dry runs` : ''}, round ${(roundMs / 1000).toFixed(1)} s:`,
    )
    for (const a of answers)
      console.log(
        `  ${a.user.padEnd(12)} ${a.status} ${a.code.padEnd(18)} ${Math.round(a.ms).toString().padStart(6)} ms  ${a.message}`,
      )
    console.log(
      `  /api/health: ${health.length} requests, p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms, failures ${failures.length}`,
    )
    console.log(`  server RSS ${mb(rss)}, peak (VmHWM) ${mb(peak)}; alive: ${server.child.exitCode === null}`)
  }
} finally {
  server.child.kill('SIGTERM')
  await server.exited
  rmSync(join(dataDir, '..'), { recursive: true, force: true })
}
