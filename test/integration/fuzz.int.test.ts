// Every write route the server registers, sent generated malformed bodies, path parameters and
// query strings (test/support/fuzz.ts): no 5xx, a refusal has a stable code and a Vietnamese
// message and changes no row, certainly invalid input is refused. Bounded for CI: a few cases per
// route with a fixed seed (KIEMSAT_FUZZ_RUNS, KIEMSAT_FUZZ_SEED to vary); bench/fuzz.ts runs many more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type TestApp } from '../support/test-app.ts'
import { fuzzWriteRoutes, NOT_FUZZED, prepareFuzz, writeRoutesOf, type FuzzRoute } from '../support/fuzz.ts'

const RUNS = Number(process.env.KIEMSAT_FUZZ_RUNS ?? 12)
const SEED = Number(process.env.KIEMSAT_FUZZ_SEED ?? 20261124)

describe.each(ENGINES)('malformed input to every write route on %s', (engine) => {
  let t: TestApp
  let routes: FuzzRoute[]
  beforeAll(async () => {
    t = await startTestApp(engine, { scale: 1 })
    routes = writeRoutesOf(t.app.registeredRoutes, await prepareFuzz(t))
  })
  afterAll(() => t?.close())

  it('takes the routes from the server’s registry: every write route but the ones listed as not fuzzed', () => {
    const writes = t.app.registeredRoutes.filter(
      (r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) && r.url.startsWith('/api/'),
    )
    expect(routes.map((r) => `${r.method} ${r.url}`).sort()).toEqual(
      writes
        .map((r) => `${r.method} ${r.url}`)
        .filter((k) => !(k in NOT_FUZZED))
        .sort(),
    )
    expect(routes.length).toBeGreaterThanOrEqual(20)
  })

  it(`answers ${RUNS} generated malformed requests per route with a Vietnamese refusal and changes nothing`, {
    timeout: 120_000,
  }, async () => {
    const report = await fuzzWriteRoutes(t, routes, { runs: RUNS, seed: SEED })
    expect(report.failures, JSON.stringify(report.failures.slice(0, 10), null, 1)).toEqual([])
    // Every route was reached, most cases were certainly invalid, and none got through to a 5xx.
    for (const route of routes)
      expect(report.byRoute[`${route.method} ${route.url}`], `${route.method} ${route.url}`).toBeGreaterThan(0)
    expect(report.hardCases).toBeGreaterThan(report.requests / 2)
    expect(Object.keys(report.byStatus).filter((s) => Number(s) >= 500)).toEqual([])
  })
})
