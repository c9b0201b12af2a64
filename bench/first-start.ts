// The README's two commands on a fresh clone (issue 11, item 12): how long `npm install` takes,
// how long the first `npm start` takes to print its "ready" banner (fresh data folder), and a
// second start on another fresh data folder (the web app already built, demo seeded again).
//   npx tsx bench/first-start.ts [--link-modules] [--runs 1] [--port 3391] [--keep]
// --link-modules: symlink this checkout's node_modules into the clone instead of running
// `npm install` there (measures the start alone; the install figure is then absent).
// The clone is `git clone` of this checkout's HEAD (committed work only) into a temporary folder,
// so nothing built or installed here (dist/, data/) is reused. `npm install` uses the machine's
// npm cache (~/.npm) and the registry, as a developer's machine would.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { intFlag, machine, now, parseFlags, seconds } from './lib/report.ts'

const flags = parseFlags(process.argv.slice(2))
const LINK = flags['link-modules'] === true
const RUNS = intFlag(flags, 'runs', 1)
const PORT = intFlag(flags, 'port', 3391)
const ROOT = resolve(new URL('..', import.meta.url).pathname)

/** Runs a command in `cwd`, returns its wall time; fails with its output. */
const run = (cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> =>
  new Promise((done, fail) => {
    const started = now()
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (c) => (output += c))
    child.stderr.on('data', (c) => (output += c))
    child.on('exit', (code) =>
      code === 0 ? done(now() - started) : fail(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output}`)),
    )
  })

/** `npm start` until its banner, then GET / must answer the SPA; stops the server. */
const startToReady = (cwd: string, dataDir: string): Promise<number> =>
  new Promise((done, fail) => {
    const started = now()
    const child = spawn('npm', ['start'], {
      cwd,
      env: { ...process.env, PORT: String(PORT), KIEMSAT_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so that npm's child (the server) stops with it
    })
    let output = ''
    let ready = false
    const stop = () => {
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {}
    }
    const timer = setTimeout(() => {
      stop()
      fail(new Error(`not ready after 180 s:\n${output}`))
    }, 180_000)
    child.stdout.on('data', (c) => {
      output += c
      if (!ready && output.includes('kiemsat sẵn sàng')) {
        ready = true
        const ms = now() - started
        void fetch(`http://127.0.0.1:${PORT}/`)
          .then(async (res) => {
            const html = await res.text()
            if (res.status !== 200 || !html.includes('<div id="root">'))
              throw new Error(`GET / answered ${res.status}: ${html.slice(0, 200)}`)
          })
          .then(
            () => done(ms),
            (error: unknown) => fail(error),
          )
          .finally(() => {
            clearTimeout(timer)
            stop()
          })
      }
    })
    child.stderr.on('data', (c) => (output += c))
    child.on('exit', (code) => {
      if (!ready) {
        clearTimeout(timer)
        fail(new Error(`npm start exited ${code} before it was ready:\n${output}`))
      }
    })
  })

const waitForExit = async (port: number) => {
  // The previous server must have let go of the port before the next start.
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/api/health`)
      await new Promise((r) => setTimeout(r, 100))
    } catch {
      return
    }
  }
}

console.log(`first start of a fresh clone — ${machine()}`)
console.log(
  `node ${process.version}, npm ${execFileSync('npm', ['-v']).toString().trim()}, ${LINK ? 'node_modules linked' : 'npm install in the clone'}\n`,
)

for (let i = 1; i <= RUNS; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'kiemsat-fresh-'))
  const clone = join(dir, 'kiemsat')
  try {
    execFileSync('git', ['clone', '--quiet', ROOT, clone])
    let install: number | null = null
    if (LINK) symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'))
    else install = await run(clone, 'npm', ['install'])
    const webBuiltByInstall = existsSync(join(clone, 'dist/web/index.html'))
    const first = await startToReady(clone, join(dir, 'data-1'))
    await waitForExit(PORT)
    const second = await startToReady(clone, join(dir, 'data-2'))
    await waitForExit(PORT)
    console.log(`run ${i}:`)
    if (install !== null)
      console.log(
        `  npm install                          ${seconds(install)}${webBuiltByInstall ? ' (web app built by prepare)' : ''}`,
      )
    console.log(
      `  first npm start to ready             ${seconds(first)} (fresh data folder, demo seeded${webBuiltByInstall ? '' : ', web app built on start'})`,
    )
    console.log(`  second npm start to ready            ${seconds(second)} (fresh data folder, web app already built)`)
    if (install !== null) console.log(`  npm install && npm start             ${seconds(install + first)}`)
  } finally {
    if (flags.keep === true) console.log(`  kept ${dir}`)
    else rmSync(dir, { recursive: true, force: true })
  }
}
