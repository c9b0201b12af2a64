// The real server (buildApp) over the benchmark database, driven through app.inject with
// signed-in users, as test/support/test-app.ts does. The database is opened like
// src/server/db/client.ts opens it (through openDatabase itself), plus a recorder of the
// SQL of one request, so that a slow request's queries can be EXPLAINed exactly as they ran.
import type { FastifyInstance } from 'fastify'
import { DEMO_PASSWORD } from '../../src/demo/types.ts'
import { buildApp } from '../../src/server/app.ts'
import { openDatabase, type Database } from '../../src/server/db/client.ts'
import { loadConfig, type Config } from '../../src/server/platform/config.ts'
import { databaseUrl, type Raw, type Target } from './engine.ts'
import { now } from './report.ts'

export type Captured = { query: string; params: unknown[] }

export type Agent = {
  username: string
  personId: number
  get: (url: string) => Promise<{ status: number; ms: number; body: any }>
  send: (
    method: 'POST' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
  ) => Promise<{ status: number; ms: number; body: any }>
}

export type BenchServer = {
  app: FastifyInstance
  db: Database
  raw: Raw
  signIn: (username: string) => Promise<Agent>
  /** Records the SQL sent while `run` runs. */
  capture: <T>(run: () => Promise<T>) => Promise<{ result: T; queries: Captured[] }>
  close: () => Promise<void>
}

export const startServer = async (
  target: Target,
  { poolSize = 10, config: overrides = {} }: { poolSize?: number; config?: Partial<Config> } = {},
): Promise<BenchServer> => {
  let recording: Captured[] | null = null
  const logQuery = (query: string, params: unknown[]) => void recording?.push({ query, params })

  // Opened as the server opens it, so that the server code knows which engine it runs on
  // (engineOf: e.g. indicator figures are computed in smaller statements on the embedded one).
  const handle = await openDatabase(
    target.engine === 'postgres'
      ? { kind: 'postgres', url: databaseUrl(target), poolSize }
      : { kind: 'pglite', dataDir: target.dataDir },
    { logQuery },
  )
  const db = handle.db
  const raw: Raw = { query: handle.query, exec: handle.exec, close: async () => {} }
  const closeDb = () => handle.close()

  const config = loadConfig({}, { webRoot: '/nonexistent', logLevel: 'warn', demoMode: true, ...overrides })
  const app = await buildApp({ db, config, logger: false })
  await app.ready()

  const signIn = async (username: string): Promise<Agent> => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: DEMO_PASSWORD },
    })
    if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`)
    const cookie = res.cookies.find((c) => c.name === 'ks_session')!
    const me = res.json()
    const call = async (method: string, url: string, body?: unknown) => {
      const started = now()
      const reply = await app.inject({
        method: method as never,
        url,
        headers: {
          cookie: `ks_session=${cookie.value}`,
          ...(method === 'GET' ? {} : { 'x-csrf-token': me.csrfToken }),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
      })
      const ms = now() - started
      let parsed: unknown = reply.body
      try {
        parsed = reply.json()
      } catch {}
      return { status: reply.statusCode, ms, body: parsed as any }
    }
    return {
      username,
      personId: me.user.personId,
      get: (url) => call('GET', url),
      send: (method, url, body) => call(method, url, body),
    }
  }

  const capture = async <T>(run: () => Promise<T>) => {
    recording = []
    try {
      const result = await run()
      return { result, queries: recording }
    } finally {
      recording = null
    }
  }

  return {
    app,
    db,
    raw,
    signIn,
    capture,
    close: async () => {
      await app.close()
      await closeDb()
    },
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of captured queries; returns each plan with its execution time. */
export const explain = async (raw: Raw, queries: readonly Captured[]) => {
  const plans: { query: string; ms: number; plan: string }[] = []
  for (const q of queries) {
    if (!/^\s*select/i.test(q.query)) continue
    const rows = await raw.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${q.query}`,
      q.params.map((p) => (p instanceof Date ? p.toISOString() : p)),
    )
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n')
    const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN)
    plans.push({ query: q.query, ms, plan })
  }
  return plans.sort((a, b) => b.ms - a.ms)
}
