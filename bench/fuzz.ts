// The fuzz suite of test/integration/fuzz.int.test.ts with many more cases: every write route of
// the server's registry, generated malformed bodies, path parameters and query strings.
//   npx tsx bench/fuzz.ts [--engine pglite|postgres] [--runs 300] [--seed N] [--url postgres://…]
// Prints the requests sent, the status histogram, the error codes, and every failure (5xx, a
// refusal without a code or a Vietnamese message, a refusal that changed rows, certainly invalid
// input accepted). Exits 1 when there is any.
import { fuzzWriteRoutes, prepareFuzz, writeRoutesOf } from '../test/support/fuzz.ts'
import { count, intFlag, now, parseFlags, seconds, table } from './lib/report.ts'

const flags = parseFlags(process.argv.slice(2))
const engine = String(flags.engine ?? 'pglite') as 'pglite' | 'postgres'
const RUNS = intFlag(flags, 'runs', 300)
const SEED = intFlag(flags, 'seed', Date.now() % 1_000_000)
if (engine === 'postgres')
  process.env.TEST_DATABASE_URL ??= String(flags.url ?? 'postgres://postgres@127.0.0.1:5432/postgres')
// Imported after TEST_DATABASE_URL is set: the test database helper reads it.
const { startTestApp } = await import('../test/support/test-app.ts')

console.log(`fuzz: ${engine}, ${RUNS} cases per route, seed ${SEED}`)
const t = await startTestApp(engine, { scale: 1 })
try {
  const routes = writeRoutesOf(t.app.registeredRoutes, await prepareFuzz(t))
  const started = now()
  const report = await fuzzWriteRoutes(t, routes, { runs: RUNS, seed: SEED })
  const elapsed = now() - started
  console.log(
    `\n${count(report.requests)} requests to ${routes.length} write routes in ${seconds(elapsed)} (${count(report.hardCases)} certainly invalid)\n`,
  )
  console.log(
    table(
      ['status', 'requests'],
      Object.entries(report.byStatus).map(([s, n]) => [s, count(n)]),
    ),
  )
  console.log()
  console.log(
    table(
      ['error code', 'requests'],
      Object.entries(report.byCode)
        .sort((a, b) => b[1] - a[1])
        .map(([c, n]) => [c, count(n)]),
    ),
  )
  console.log()
  console.log(
    table(
      ['route', 'requests'],
      Object.entries(report.byRoute).map(([r, n]) => [r, count(n)]),
    ),
  )
  const fivexx = report.failures.filter((f) => f.status >= 500)
  console.log(`\n5xx: ${fivexx.length}; failures of any kind: ${report.failures.length}`)
  for (const f of report.failures.slice(0, 40))
    console.log(`  ${f.status} ${f.problem} — ${f.route} ${f.url}\n      ${f.describe.join(' · ')}\n      ${f.body}`)
  process.exitCode = report.failures.length ? 1 : 0
} finally {
  await t.close()
}
