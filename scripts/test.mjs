#!/usr/bin/env node
// `npm test`: every test — unit, integration (on PGlite, and on PostgreSQL when a server is
// reachable), and the browser tests in Debian's Chromium — then one closing line of counts.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import pg from 'pg'

const DEFAULT_PG = 'postgres://postgres@127.0.0.1:5432/postgres'

const postgresReachable = async (url) => {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('select 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

const env = { ...process.env, KIEMSAT_SKIP_WEB_BUILD: '1' }
if (!env.TEST_DATABASE_URL && (await postgresReachable(DEFAULT_PG))) env.TEST_DATABASE_URL = DEFAULT_PG
if (env.TEST_DATABASE_URL)
  console.log(
    `Kiểm thử tích hợp chạy trên PGlite và PostgreSQL (${env.TEST_DATABASE_URL.replace(/\/\/[^@]*@/, '//***@')}).`,
  )
else
  console.warn(
    'CẢNH BÁO: không kết nối được PostgreSQL; kiểm thử tích hợp chỉ chạy trên PGlite. Đặt TEST_DATABASE_URL để chạy cả hai.',
  )

if (!existsSync('/usr/bin/chromium') && env.KIEMSAT_SKIP_E2E !== '1') {
  console.error(
    'Thiếu trình duyệt Chromium (/usr/bin/chromium) cho kiểm thử giao diện: apt-get install chromium fonts-liberation2',
  )
  process.exit(1)
}

// The browser tests drive the built web app, so build it first (a few seconds when up to date).
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env })
if (build.status !== 0) process.exit(build.status ?? 1)

const typecheck = spawnSync('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'], { stdio: 'inherit', env })
if (typecheck.status !== 0) {
  console.error('Kiểm tra kiểu TypeScript thất bại.')
  process.exit(typecheck.status ?? 1)
}

// Format and lint (Biome's `ci`: an unformatted file fails as a lint error does — floating
// promises, unused code, the recommended rules) and unused files, exports and dependencies
// (knip): the same checks an editor shows, enforced here. `npm run format` fixes the layout.
for (const [command, args, failure] of [
  [
    'npx',
    ['biome', 'ci', '--max-diagnostics=50', '.'],
    'Kiểm tra định dạng và lint (Biome) thất bại: chạy `npm run format` hoặc sửa các lỗi được liệt kê ở trên.',
  ],
  ['npx', ['knip', '--no-progress'], 'knip tìm thấy tệp, export hoặc gói phụ thuộc không dùng đến.'],
]) {
  const run = spawnSync(command, args, { stdio: 'inherit', env })
  if (run.status !== 0) {
    console.error(failure)
    process.exit(run.status ?? 1)
  }
}

mkdirSync('test-results', { recursive: true })
const projects = env.KIEMSAT_SKIP_E2E === '1' ? ['--project', 'unit', '--project', 'integration'] : []
const vitest = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    ...projects,
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-results/vitest.json',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env },
)

if (existsSync('test-results/vitest.json')) {
  const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'))
  const skipped = report.numPendingTests + report.numTodoTests
  console.log(
    `\n${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
  )
}
process.exit(vitest.status ?? 1)
