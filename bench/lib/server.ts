// The real server (buildApp) over the benchmark database, driven through app.inject with
// signed-in users, as test/support/test-app.ts does. The database is opened like
// src/server/db/client.ts opens it (PGlite through openDatabase itself), plus a recorder of the
// SQL of one request, so that a slow request's queries can be EXPLAINed exactly as they ran.
import type { FastifyInstance } from 'fastify'
import pg from 'pg'
import { DEMO_PASSWORD } from '../../src/demo/types.ts'
import { buildApp } from '../../src/server/app.ts'
import * as schema from '../../src/server/db/schema.ts'
import { openDatabase, type Database } from '../../src/server/db/client.ts'
import { loadConfig } from '../../src/server/platform/config.ts'
import { databaseUrl, type Raw, type Target } from './engine.ts'
import { now } from './report.ts'

export type Captured = { query: string; params: unknown[] }

export type Agent = {
  username: string
  personId: number
  get: (url: string) => Promise<{ status: number; ms: number; body: any }>
  send: (method: 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) => Promise<{ status: number; ms: number; body: any }>
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

export const startServer = async (target: Target, { poolSize = 10 } = {}): Promise<BenchServer> => {
  let recording: Captured[] | null = null
  const logger = { logQuery: (query: string, params: unknown[]) => recording?.push({ query, params }) }
  let db: Database
  let raw: Raw
  let closeDb: () => Promise<void>

  if (target.engine === 'postgres') {
    const { drizzle } = await import('drizzle-orm/node-postgres')
    const pool = new pg.Pool({ connectionString: databaseUrl(target), max: poolSize })
    db = drizzle(pool, { schema, logger }) as unknown as Database
    raw = {
      query: async <T,>(text: string, params?: unknown[]) => (await pool.query(text, params as unknown[])).rows as T[],
      exec: async (text) => {
        await pool.query(text)
      },
      close: async () => {},
    }
    closeDb = () => pool.end()
  } else {
    // Opened as the server opens it (openDatabase), so that the server code knows it runs on the
    // embedded database (engineOf: e.g. indicator figures are computed in smaller statements
    // there). The SQL of a request is captured by wrapping the instance's query method.
    const handle = await openDatabase({ kind: 'pglite', dataDir: target.dataDir })
    const client = handle.pglite!
    const query = client.query.bind(client)
    client.query = ((text: string, params?: unknown[], options?: unknown) => {
      recording?.push({ query: text, params: params ?? [] })
      return query(text, params, options as never)
    }) as typeof client.query
    db = handle.db
    raw = {
      query: async <T,>(text: string, params?: unknown[]) => (await query<T>(text, params)).rows,
      exec: async (text) => {
        await client.exec(text)
      },
      close: async () => {},
    }
    closeDb = () => handle.close()
  }

  const config = loadConfig({}, { webRoot: '/nonexistent', logLevel: 'warn', loginMaxFailures: 1000 })
  const app = await buildApp({ db, config, logger: false })
  await app.ready()

  const signIn = async (username: string): Promise<Agent> => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } })
    if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`)
    const cookie = res.cookies.find((c) => c.name === 'ks_session')!
    const me = res.json()
    const call = async (method: string, url: string, body?: unknown) => {
      const started = now()
      const reply = await app.inject({
        method: method as never,
        url,
        headers: { cookie: `ks_session=${cookie.value}`, ...(method === 'GET' ? {} : { 'x-csrf-token': me.csrfToken }), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
      })
      const ms = now() - started
      let parsed: unknown = reply.body
      try {
        parsed = reply.json()
      } catch {}
      return { status: reply.statusCode, ms, body: parsed as any }
    }
    return { username, personId: me.user.personId, get: (url) => call('GET', url), send: (method, url, body) => call(method, url, body) }
  }

  const capture = async <T,>(run: () => Promise<T>) => {
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
    const rows = await raw.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.query}`, q.params.map((p) => (p instanceof Date ? p.toISOString() : p)))
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n')
    const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN)
    plans.push({ query: q.query, ms, plan })
  }
  return plans.sort((a, b) => b.ms - a.ms)
}
