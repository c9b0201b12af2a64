import { resolve } from 'node:path'
import { DEFAULT_JOBS_CONFIG, type JobsConfig } from './jobs.ts'

export type Config = {
  host: string
  port: number
  /** PGlite data folder; ignored when databaseUrl is set. */
  dataDir: string
  databaseUrl: string | undefined
  /** PGlite's buffer cache (PostgreSQL size syntax); unset: SHARED_BUFFERS of src/server/db/pglite-host.ts. */
  pgliteSharedBuffers: string | undefined
  /** PGlite syncs every commit to the disk; off only for throwaway data (KIEMSAT_PGLITE_FSYNC=off). */
  pgliteFsync: boolean
  /** Absolute session lifetime and idle timeout. */
  sessionTtlHours: number
  sessionIdleMinutes: number
  /** Failed sign-ins allowed per username (and per address, ×4) within the window. */
  loginMaxFailures: number
  loginWindowMinutes: number
  secureCookies: boolean
  webRoot: string
  logLevel: string
  /** The background job queue (src/server/platform/jobs.ts). */
  jobs: JobsConfig
  /** Matters derived again per transaction by the recompute after a calendar change; unset: 50 on PostgreSQL, 10 on PGlite. */
  calendarRecomputeBatch: number | undefined
}

export const loadConfig = (env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config => ({
  host: env.HOST ?? '127.0.0.1',
  port: Number(env.PORT ?? 3000),
  dataDir: resolve(env.KIEMSAT_DATA_DIR ?? 'data'),
  databaseUrl: env.DATABASE_URL || undefined,
  pgliteSharedBuffers: env.KIEMSAT_PGLITE_SHARED_BUFFERS || undefined,
  pgliteFsync: env.KIEMSAT_PGLITE_FSYNC !== 'off',
  sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 12),
  sessionIdleMinutes: Number(env.SESSION_IDLE_MINUTES ?? 120),
  loginMaxFailures: Number(env.LOGIN_MAX_FAILURES ?? 5),
  loginWindowMinutes: Number(env.LOGIN_WINDOW_MINUTES ?? 15),
  secureCookies: env.SECURE_COOKIES === 'true',
  webRoot: resolve(env.KIEMSAT_WEB_ROOT ?? 'dist/web'),
  logLevel: env.LOG_LEVEL ?? 'info',
  jobs: {
    ...DEFAULT_JOBS_CONFIG,
    pollingIntervalSeconds: Number(env.KIEMSAT_JOB_POLL_SECONDS ?? DEFAULT_JOBS_CONFIG.pollingIntervalSeconds),
    workers: env.KIEMSAT_JOB_WORKERS !== 'false',
  },
  calendarRecomputeBatch: env.KIEMSAT_RECOMPUTE_BATCH ? Number(env.KIEMSAT_RECOMPUTE_BATCH) : undefined,
  ...overrides,
})
