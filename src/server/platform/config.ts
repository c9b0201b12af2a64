import { resolve } from 'node:path'
import { DEFAULT_JOBS_CONFIG, type JobsConfig } from './jobs.ts'
import { DEFAULT_THROTTLE_RULES, type ThrottleRules } from '@/domain/auth/throttle-rules.ts'

/** KIEMSAT_TRUST_PROXY: 'true'/'false', a number of hops, or addresses and CIDRs separated by commas. */
export const parseTrustProxy = (value: string | undefined): boolean | number | string[] => {
  if (value === undefined || value === '' || value === 'false') return false
  if (value === 'true') return true
  if (/^\d+$/.test(value)) return Number(value)
  return value.split(',').map((part) => part.trim()).filter(Boolean)
}

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
  /** Progressive delays per username + address, and per account for change-password (auth/throttle-rules.ts). */
  loginThrottle: ThrottleRules
  /** Failed sign-ins one address may make within the window before its failures answer 429; a right password is never held by it. */
  loginAddressMaxFailures: number
  loginAddressWindowMinutes: number
  /** Force the Secure flag on the session cookie; without it the flag follows the request's protocol. */
  secureCookies: boolean
  /**
   * Fastify's trustProxy (KIEMSAT_TRUST_PROXY): which proxies' X-Forwarded-For/-Proto to believe —
   * 'true', a hop count, or addresses/CIDRs separated by commas. Unset: none (a client could
   * claim HTTPS or any address otherwise).
   */
  trustProxy: boolean | number | string[]
  /**
   * Demo mode (KIEMSAT_DEMO=1): the demo province's logins sign in with the published demo
   * password. Off, a login flagged demo must change its password before anything else.
   * `kiemsat serve` (npm start) turns it on unless --no-demo or KIEMSAT_DEMO=0.
   */
  demoMode: boolean
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
  loginThrottle: {
    freeFailures: Number(env.LOGIN_FREE_FAILURES ?? DEFAULT_THROTTLE_RULES.freeFailures),
    maxDelaySeconds: Number(env.LOGIN_MAX_DELAY_SECONDS ?? DEFAULT_THROTTLE_RULES.maxDelaySeconds),
    resetAfterHours: DEFAULT_THROTTLE_RULES.resetAfterHours,
  },
  loginAddressMaxFailures: Number(env.LOGIN_ADDRESS_MAX_FAILURES ?? 30),
  loginAddressWindowMinutes: Number(env.LOGIN_ADDRESS_WINDOW_MINUTES ?? 5),
  secureCookies: env.SECURE_COOKIES === 'true',
  trustProxy: parseTrustProxy(env.KIEMSAT_TRUST_PROXY),
  demoMode: env.KIEMSAT_DEMO === '1' || env.KIEMSAT_DEMO === 'true',
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
