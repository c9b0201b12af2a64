// The one background job queue: pg-boss on the application's own database, on both engines.
//
// - Tables: pg-boss installs and migrates its own schema (`pgboss`) at start, under an advisory
//   lock, so any number of instances may start at once; plain SQL, valid on PostgreSQL 13+ and on
//   PGlite (the same queue tables serve there).
// - Connections: pg-boss sends every statement through the application's own pool (`db.$client`),
//   one statement at a time, and needs no LISTEN: workers poll. On the embedded database, which
//   has one connection and lets a transaction keep it, a poll is one short statement that waits in
//   the pool's queue like any request.
// - Once: a worker takes a job with `FOR UPDATE SKIP LOCKED`, so with several instances on one
//   database each job runs in one of them. A handler that throws is retried with exponential
//   backoff (retryDelay · 2^n, with jitter) up to retryLimit, then the job is failed.
// - In a transaction: `send(tx, …)` writes the job in the caller's transaction, so a job exists if
//   and only if the change that asked for it committed, and its worker sees that change.
// - Periodic work (the daily digest, the figures warmer, the session sweep) is a cron schedule
//   of pg-boss: every instance writes the same schedule rows, one instance per minute sends the
//   due jobs, and the queue's 'stately' policy keeps at most one waiting and one running job per
//   queue, so a slow run is never stacked behind itself and two instances never run it twice.
// Handlers must be idempotent: a job interrupted by a crash runs again after it expires.
import PgBoss from 'pg-boss'
import { sql, type SQL } from 'drizzle-orm'
import type { Database, Executor } from '../db/client.ts'

export type JobsConfig = {
  /** How often an idle worker looks for a job (pg-boss's floor is 0.5 s). */
  pollingIntervalSeconds: number
  /** Retries after the first attempt, before a job is failed. */
  retryLimit: number
  /** The first retry's delay; each next one doubles (retryBackoff). */
  retryDelaySeconds: number
  /** A job still active after this long is taken as lost (its instance died) and retried. */
  expireInSeconds: number
  /** false: this instance queues jobs but works none (an instance that only answers requests). */
  workers: boolean
}

export const DEFAULT_JOBS_CONFIG: JobsConfig = {
  pollingIntervalSeconds: 2,
  retryLimit: 3,
  retryDelaySeconds: 10,
  expireInSeconds: 15 * 60,
  workers: true,
}

export type Job<T> = { id: string; data: T; retryCount: number; retryLimit: number }
export type JobHandler<T> = (job: Job<T>) => Promise<unknown>

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed'
export type JobInfo = { id: string; state: JobState; retryCount: number; retryLimit: number; output: unknown }

/** A job as the administrators' list shows it (newest first), with the error of a failed one. */
export type JobRecord = {
  id: string
  name: string
  state: JobState
  retryCount: number
  retryLimit: number
  createdOn: string
  startedOn: string | null
  completedOn: string | null
  output: unknown
}

export type PeriodicJob = {
  /** Five-field cron in Vietnam's time zone, e.g. '5 * * * *' (minute 5 of every hour). */
  cron: string
  /** Also queue one run when the queue starts (a fresh instance does not wait for the first slot). */
  atStart: boolean
}

/** Instances that start within the same slot of this many seconds share one start-up run. */
export const AT_START_SLOT_SECONDS = 300

/** Periodic jobs are checked in Vietnam's time: "the digest at 06:00" means 06:00 there. */
export const SCHEDULE_TIME_ZONE = 'Asia/Ho_Chi_Minh'

export type JobQueue = {
  /** A handler for a queue; before start(). */
  define: <T extends object>(name: string, handler: JobHandler<T>) => void
  /** A handler run on a cron schedule (and at start when asked); before start(). */
  every: (name: string, schedule: PeriodicJob, handler: JobHandler<Record<string, never>>) => void
  start: () => Promise<void>
  /** Stops polling and waits (up to 30 s) for running handlers. */
  stop: () => Promise<void>
  /** Writes a job in the caller's transaction (or on its own on the database); returns its id. */
  send: <T extends object>(tx: Executor, name: string, data: T, options?: { id?: string }) => Promise<string>
  /** After the sending transaction committed: this instance's worker looks at once instead of at its next poll. */
  nudge: (name: string) => void
  info: (name: string, id: string) => Promise<JobInfo | null>
  /** The newest jobs of every queue, queued, running, done or failed. */
  recent: (limit: number) => Promise<JobRecord[]>
  /** The periodic jobs this instance defined, by queue name. */
  schedules: () => ReadonlyMap<string, PeriodicJob>
}

type SqlResult = { rows: unknown[]; rowCount?: number | null }
type SqlRunner = { executeSql: (text: string, values?: unknown[]) => Promise<SqlResult> }

/** pg-boss's `$1 … $n` text and values as one Drizzle statement, so it can run inside a Drizzle transaction. */
export const toDrizzleSql = (text: string, values: unknown[] = []): SQL => {
  const parts = text.split(/\$(\d+)\b/)
  return sql.join(parts.map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql`${values[Number(part) - 1] ?? null}`)))
}

const runnerOf = (tx: Executor): SqlRunner => ({
  executeSql: async (text, values) => (await tx.execute(toDrizzleSql(text, values))) as unknown as SqlResult,
})

/** The node-postgres pool under a Drizzle database opened by openDatabase. */
const poolOf = (db: Database) =>
  (db as unknown as { $client: { query: (text: string, values?: unknown[]) => Promise<SqlResult> } }).$client

export const createJobQueue = (
  db: Database,
  config: JobsConfig,
  log: (message: string) => void = () => {},
): JobQueue => {
  const pool = poolOf(db)
  const boss = new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => pool.query(text, values) },
    // Cron schedules on (periodic jobs); the timekeeper's own queue is polled like the others.
    schedule: true,
    cronWorkerIntervalSeconds: Math.max(1, Math.round(config.pollingIntervalSeconds)),
    supervise: true,
    maintenanceIntervalSeconds: 60,
  })
  boss.on('error', (error) => log(`Hàng đợi tác vụ nền: ${error.message}`))
  const handlers = new Map<string, JobHandler<object>>()
  const periodic = new Map<string, PeriodicJob>()
  const workers = new Map<string, string>()
  let started = false

  const sendOptions = () => ({
    retryLimit: config.retryLimit,
    retryDelay: config.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: config.expireInSeconds,
  })

  return {
    define: (name, handler) => {
      if (started) throw new Error(`job queue already started: ${name}`)
      handlers.set(name, handler as JobHandler<object>)
    },
    every: (name, schedule, handler) => {
      if (started) throw new Error(`job queue already started: ${name}`)
      handlers.set(name, handler as JobHandler<object>)
      periodic.set(name, schedule)
    },
    start: async () => {
      await boss.start()
      for (const [name, handler] of handlers) {
        // createQueue is idempotent (insert … on conflict do nothing), so every instance may call it.
        await boss.createQueue(name, { name, ...sendOptions(), ...(periodic.has(name) ? { policy: 'stately' } : {}) })
        const schedule = periodic.get(name)
        if (schedule) {
          // An upsert keyed by the queue's name: the same row whichever instance writes it.
          await boss.schedule(name, schedule.cron, {}, { tz: SCHEDULE_TIME_ZONE, ...sendOptions() })
          // One start-up run per slot whichever instances start in it (the same singleton key and
          // time slot are one job); stately also drops it while a start-up run is still waiting.
          if (schedule.atStart)
            await boss.send(
              name,
              {},
              { ...sendOptions(), singletonKey: 'start', singletonSeconds: AT_START_SLOT_SECONDS },
            )
        }
        if (!config.workers) continue
        const id = await boss.work<object>(
          name,
          { pollingIntervalSeconds: config.pollingIntervalSeconds, includeMetadata: true, batchSize: 1 },
          async ([job]) =>
            handler({ id: job!.id, data: job!.data, retryCount: job!.retryCount, retryLimit: job!.retryLimit }),
        )
        workers.set(name, id)
      }
      started = true
    },
    stop: async () => {
      if (!started) return
      started = false
      await boss.stop({ graceful: true, wait: true, close: false, timeout: 30_000 })
    },
    send: async (tx, name, data, options = {}) => {
      const id = await boss.send(name, data, {
        ...sendOptions(),
        ...(options.id ? { id: options.id } : {}),
        db: runnerOf(tx),
      } as PgBoss.SendOptions)
      if (!id) throw new Error(`job not queued: ${name}`)
      return id
    },
    nudge: (name) => {
      const worker = workers.get(name)
      if (worker && started) boss.notifyWorker(worker)
    },
    info: async (name, id) => {
      const job = await boss.getJobById(name, id, { includeArchive: true })
      return job
        ? {
            id: job.id,
            state: job.state as JobState,
            retryCount: job.retryCount,
            retryLimit: job.retryLimit,
            output: job.output,
          }
        : null
    },
    recent: async (limit) => {
      // pg-boss keeps running and recent jobs in pgboss.job and moves finished ones to
      // pgboss.archive after a while: the list reads both. Its own internal queues are left out.
      const { rows } = await pool.query(
        `SELECT id, name, state, retry_count, retry_limit, created_on, started_on, completed_on, output FROM (
           SELECT id, name, state::text, retry_count, retry_limit, created_on, started_on, completed_on, output FROM pgboss.job
           UNION ALL
           SELECT id, name, state::text, retry_count, retry_limit, created_on, started_on, completed_on, output FROM pgboss.archive
         ) j WHERE name NOT LIKE '\\_\\_pgboss%' ORDER BY created_on DESC, id LIMIT $1`,
        [limit],
      )
      const iso = (value: unknown) =>
        value === null || value === undefined ? null : new Date(value as string).toISOString()
      return (rows as Record<string, unknown>[]).map((r) => ({
        id: String(r.id),
        name: String(r.name),
        state: r.state as JobState,
        retryCount: Number(r.retry_count),
        retryLimit: Number(r.retry_limit),
        createdOn: iso(r.created_on)!,
        startedOn: iso(r.started_on),
        completedOn: iso(r.completed_on),
        output: r.output ?? null,
      }))
    },
    schedules: () => periodic,
  }
}
