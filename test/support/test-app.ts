// A real server (Fastify + real database + demo organisation) driven through app.inject:
// every request goes through the same hooks, validation and error mapping as in production.
import type { FastifyInstance } from 'fastify'
import { count, eq } from 'drizzle-orm'
import { generateDemoOrganisation } from '@/demo/organisation.ts'
import { DEMO_PASSWORD } from '@/demo/types.ts'
import { buildApp } from '@/server/app.ts'
import { auditLog, units } from '@/server/db/schema.ts'
import { loadConfig, type Config } from '@/server/platform/config.ts'
import { systemClock, todayInVietnam, type Clock } from '@/server/platform/time.ts'
import { openDatabase } from '@/server/db/client.ts'
import { loadOrganisation } from '@/server/seed/load-organisation.ts'
import { createTestDatabase, type Engine, type TestDatabase } from './test-database.ts'

export type Response = { status: number; body: any; headers: Record<string, unknown> }

export type RawOptions = {
  method: string
  url: string
  body?: unknown
  rawBody?: string
  headers?: Record<string, string>
}

export type Agent = {
  username: string
  csrfToken: string
  /** The session cookie's value, for requests built by hand (e.g. a workbook body). */
  sessionCookie: string
  me: any
  get: (url: string) => Promise<Response>
  post: (url: string, body?: unknown) => Promise<Response>
  patch: (url: string, body?: unknown) => Promise<Response>
  put: (url: string, body?: unknown) => Promise<Response>
  delete: (url: string) => Promise<Response>
  /** Sends a request with full control over headers (e.g. no CSRF token) and body (rawBody: JSON text as is). */
  raw: (options: RawOptions) => Promise<Response>
}

export type TestApp = {
  app: FastifyInstance
  database: TestDatabase
  signIn: (username: string, password?: string) => Promise<Agent>
  anonymous: (options: RawOptions) => Promise<Response>
  unitId: (code: string) => Promise<number>
  auditCount: () => Promise<number>
  /** The server's clock (the one given, or the system's) and the day in Vietnam it reads now. */
  clock: Clock
  today: () => string
  /** A second server instance on the same database (its own pool on PostgreSQL), e.g. to share the job queue. */
  another: (
    config?: Partial<Config>,
    options?: { periodicJobs?: boolean },
  ) => Promise<{ app: FastifyInstance; close: () => Promise<void> }>
  close: () => Promise<void>
}

/** scale 2 adds a second, generated province, so tests can cross provincial borders too. */
/**
 * A calendar change's deadlines are derived again in a background job: waits (bounded) until its
 * status says done and returns the moves it lists; [] when the change queued nothing.
 */
export const recomputeMoves = async (
  admin: Pick<Agent, 'get'>,
  change: { body: { recompute?: { jobId: string } } },
): Promise<any[]> => {
  if (!change.body.recompute) return []
  for (let i = 0; i < 200; i++) {
    const status = (await admin.get(`/api/calendar/recomputes/${change.body.recompute.jobId}`)).body
    if (status.status === 'done') return status.moves
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('the recompute did not finish')
}

export const startTestApp = async (
  engine: Engine,
  {
    scale = 2,
    config: overrides = {},
    periodicJobs = false,
    clock,
  }: { scale?: number; config?: Partial<Config>; periodicJobs?: boolean; clock?: Clock } = {},
): Promise<TestApp> => {
  const database = await createTestDatabase(engine)
  const { db } = database.handle
  await loadOrganisation(db, generateDemoOrganisation({ seed: 2025, scale }), DEMO_PASSWORD)
  const configWith = (more: Partial<Config>) => loadConfig({}, { webRoot: '/nonexistent', demoMode: true, ...more })
  const app = await buildApp({
    db,
    config: configWith(overrides),
    logger: false,
    periodicJobs,
    ...(clock ? { clock } : {}),
  })
  await app.ready()

  const inject = async (options: RawOptions): Promise<Response> => {
    const json = options.rawBody ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined)
    const res = await app.inject({
      method: options.method as never,
      url: options.url,
      headers: { ...(json !== undefined ? { 'content-type': 'application/json' } : {}), ...options.headers },
      ...(json !== undefined ? { payload: json } : {}),
    })
    let body: unknown = res.body
    try {
      body = res.json()
    } catch {}
    return { status: res.statusCode, body, headers: res.headers }
  }

  const signIn = async (username: string, password = DEMO_PASSWORD): Promise<Agent> => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } })
    if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`)
    const cookie = res.cookies.find((c) => c.name === 'ks_session')!
    const me = res.json()
    const withSession = (options: RawOptions) =>
      inject({ ...options, headers: { cookie: `ks_session=${cookie.value}`, ...options.headers } })
    const write = (method: string) => (url: string, body?: unknown) =>
      withSession({ method, url, body, headers: { 'x-csrf-token': me.csrfToken } })

    return {
      username,
      csrfToken: me.csrfToken,
      sessionCookie: cookie.value,
      me,
      get: (url) => withSession({ method: 'GET', url }),
      post: write('POST'),
      patch: write('PATCH'),
      put: write('PUT'),
      delete: write('DELETE'),
      raw: withSession,
    }
  }

  const serverClock = clock ?? systemClock

  return {
    app,
    database,
    signIn,
    clock: serverClock,
    today: () => todayInVietnam(serverClock.now()),
    anonymous: inject,
    unitId: async (code) => {
      const [row] = await db.select({ id: units.id }).from(units).where(eq(units.code, code))
      if (!row) throw new Error(`no unit ${code}`)
      return row.id
    },
    auditCount: async () => {
      const [row] = await db.select({ n: count() }).from(auditLog)
      return row!.n
    },
    another: async (more = {}, options = {}) => {
      const own = database.url ? await openDatabase({ kind: 'postgres', url: database.url, poolSize: 5 }) : null
      const second = await buildApp({
        db: own?.db ?? db,
        config: configWith({ ...overrides, ...more }),
        logger: false,
        periodicJobs: options.periodicJobs ?? false,
        ...(clock ? { clock } : {}),
      })
      await second.ready()
      return {
        app: second,
        close: async () => {
          await second.close()
          await own?.close()
        },
      }
    },
    close: async () => {
      await app.close()
      await database.drop()
    },
  }
}
