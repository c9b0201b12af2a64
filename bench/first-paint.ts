// Time to the first meaningful paint of the leadership home and the dashboard on the demo
// province (issue 12, speed): `kiemsat serve` on a fresh data folder (as `npm start`), the
// provincial leader signed in, Debian's Chromium through playwright-core.
//   npx tsx bench/first-paint.ts [--runs 5] [--port 3392] [--only dashboard|home]
// For each page:
//   cold — a server just started (its first request for these figures) and a browser context
//          with an empty HTTP cache;
//   warm — the same page opened again in that context, --runs times (assets cached, figures
//          cached on the server): median and max.
// "Meaningful" is the page's own figures on screen: the home's KPI values, the dashboard's
// indicator values. Beside it the browser's first contentful paint (FCP) and largest
// contentful paint (LCP), from the navigation's start.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'
import { DEMO_PASSWORD } from '../src/demo/types.ts'
import { CHROMIUM_ARGS } from '../e2e/support/browser-harness.ts'
import { intFlag, machine, millis, now, parseFlags, table } from './lib/report.ts'

const flags = parseFlags(process.argv.slice(2))
const RUNS = intFlag(flags, 'runs', 5)
const PORT = intFlag(flags, 'port', 3392)
const ROOT = resolve(new URL('..', import.meta.url).pathname)
const BASE = `http://127.0.0.1:${PORT}`

const PAGES = [
  { name: 'leadership home', path: '/', ready: '[data-testid="kpi-value"]' },
  { name: 'dashboard', path: '/chi-tieu', ready: '[data-testid="indicator-value"]' },
] as const

/** `kiemsat serve` on a fresh data folder, resolved when its ready banner is printed. */
const startServer = (dataDir: string): Promise<ChildProcess> =>
  new Promise((done, fail) => {
    const child = spawn('node', ['bin/kiemsat.mjs', 'serve'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(PORT), KIEMSAT_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout!.on('data', (chunk) => {
      output += chunk
      if (output.includes('kiemsat sẵn sàng')) done(child)
    })
    child.stderr!.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => fail(new Error(`kiemsat serve exited ${code}:\n${output}`)))
  })

const stopServer = (child: ChildProcess) =>
  new Promise<void>((done) => {
    child.removeAllListeners('exit')
    child.on('exit', () => done())
    child.kill('SIGTERM')
  })

/** Signs the leader in through the API; the context keeps the session cookie. */
const signIn = async (context: BrowserContext) => {
  const res = await context.request.post(`${BASE}/api/auth/login`, {
    data: { username: 'lanhdao', password: DEMO_PASSWORD },
  })
  if (!res.ok()) throw new Error(`sign-in answered ${res.status()}: ${await res.text()}`)
}

type Paint = { meaningful: number; fcp: number | null; lcp: number | null }

const open = async (context: BrowserContext, path: string, ready: string): Promise<Paint> => {
  const page = await context.newPage()
  await page.addInitScript(() => {
    const w = window as unknown as { __lcp: number | null }
    w.__lcp = null
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__lcp = entry.startTime
    }).observe({ type: 'largest-contentful-paint', buffered: true })
  })
  const started = now()
  await page.goto(`${BASE}${path}`)
  await page.locator(ready).first().waitFor({ state: 'visible', timeout: 120_000 })
  const meaningful = now() - started
  // LCP is final once the page stops painting larger content; give it a frame.
  await page.waitForTimeout(200)
  const { fcp, lcp } = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    lcp: (window as unknown as { __lcp: number | null }).__lcp,
  }))
  await page.close()
  return { meaningful, fcp, lcp }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const ms = (value: number | null) => (value === null ? '—' : millis(value))

console.log(`first meaningful paint on the demo province — ${machine()}\n`)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
const rows: string[][] = []
try {
  for (const { name, path, ready } of PAGES.filter((p) => !flags.only || p.name.includes(String(flags.only)))) {
    const dir = mkdtempSync(join(tmpdir(), 'kiemsat-paint-'))
    const server = await startServer(join(dir, 'data'))
    try {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' })
      await signIn(context)
      const cold = await open(context, path, ready)
      const warm: Paint[] = []
      for (let i = 0; i < RUNS; i++) warm.push(await open(context, path, ready))
      await context.close()
      rows.push([name, 'cold', ms(cold.meaningful), ms(cold.fcp), ms(cold.lcp)])
      const values = (pick: (p: Paint) => number | null) => warm.map(pick).filter((v): v is number => v !== null)
      rows.push([
        name,
        `warm (median of ${RUNS}; max)`,
        `${ms(median(values((p) => p.meaningful)))}; ${ms(Math.max(...values((p) => p.meaningful)))}`,
        ms(median(values((p) => p.fcp))),
        ms(median(values((p) => p.lcp))),
      ])
    } finally {
      await stopServer(server)
      rmSync(dir, { recursive: true, force: true })
    }
  }
} finally {
  await browser.close()
}
console.log(table(['page', 'browser and server', 'figures on screen (ms)', 'FCP (ms)', 'LCP (ms)'], rows))
