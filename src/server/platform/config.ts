import { resolve } from 'node:path'
import { IMPORT_MAX_ROWS } from '@/shared/api/register-excel.ts'
import { DEFAULT_JOBS_CONFIG, type JobsConfig } from './jobs.ts'
import { DEFAULT_THROTTLE_RULES, type ThrottleRules } from '@/domain/auth/throttle-rules.ts'

/** KIEMSAT_TRUST_PROXY: 'true'/'false', a number of hops, or addresses and CIDRs separated by commas. */
export const parseTrustProxy = (value: string | undefined): boolean | number | string[] => {
  if (value === undefined || value === '' || value === 'false') return false
  if (value === 'true') return true
  if (/^\d+$/.test(value)) return Number(value)
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
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
  /** The register import's bounds (src/server/modules/register-excel, docs/register-import.md). */
  registerImport: RegisterImportConfig
}

export type RegisterImportConfig = {
  /** Bytes the workbook's parts may inflate to, together; shared strings alone; entries (files) of the archive; data rows. */
  limits: { maxUncompressedBytes: number; maxSharedStringsBytes: number; maxEntries: number; maxRows: number }
  /** Heap of the worker thread that reads one workbook, in MB. */
  workerHeapMb: number
  timeoutSeconds: number
  /** Imports running at once in this instance, and per person. */
  concurrency: number
  concurrencyPerUser: number
}

const MB = 1024 * 1024

/**
 * A 50,000-row register on our template unpacks to 26 MB (48 MB with 300-character titles and
 * five suspects per case, 29 MB of it shared strings; the 10,000 rows of bench/import-10k.ts to
 * 5 MB), so 128 MB and 64 MB leave room for what a procuracy types while a bomb (510 MB in
 * issue 10) is refused after at most 128 MB of inflating. The worker's heap holds the shared
 * strings and the rows kept: 768 MB reads the 48 MB file; 2 imports at once (1 per person)
 * keep the server's own copies of the rows within a few hundred MB.
 */
export const DEFAULT_REGISTER_IMPORT: RegisterImportConfig = {
  limits: {
    maxUncompressedBytes: 128 * MB,
    maxSharedStringsBytes: 64 * MB,
    maxEntries: 1_000,
    maxRows: IMPORT_MAX_ROWS,
  },
  workerHeapMb: 768,
  timeoutSeconds: 120,
  concurrency: 2,
  concurrencyPerUser: 1,
}

const positive = (value: string | undefined, fallback: number): number => {
  const n = Number(value)
  return value !== undefined && value !== '' && Number.isFinite(n) && n > 0 ? n : fallback
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
  registerImport: {
    limits: {
      maxUncompressedBytes:
        positive(env.KIEMSAT_IMPORT_MAX_UNCOMPRESSED_MB, DEFAULT_REGISTER_IMPORT.limits.maxUncompressedBytes / MB) * MB,
      maxSharedStringsBytes:
        positive(env.KIEMSAT_IMPORT_MAX_SHARED_STRINGS_MB, DEFAULT_REGISTER_IMPORT.limits.maxSharedStringsBytes / MB) *
        MB,
      maxEntries: positive(env.KIEMSAT_IMPORT_MAX_ENTRIES, DEFAULT_REGISTER_IMPORT.limits.maxEntries),
      maxRows: positive(env.KIEMSAT_IMPORT_MAX_ROWS, DEFAULT_REGISTER_IMPORT.limits.maxRows),
    },
    workerHeapMb: positive(env.KIEMSAT_IMPORT_WORKER_HEAP_MB, DEFAULT_REGISTER_IMPORT.workerHeapMb),
    timeoutSeconds: positive(env.KIEMSAT_IMPORT_TIMEOUT_SECONDS, DEFAULT_REGISTER_IMPORT.timeoutSeconds),
    concurrency: positive(env.KIEMSAT_IMPORT_CONCURRENCY, DEFAULT_REGISTER_IMPORT.concurrency),
    concurrencyPerUser: positive(env.KIEMSAT_IMPORT_CONCURRENCY_PER_USER, DEFAULT_REGISTER_IMPORT.concurrencyPerUser),
  },
  ...overrides,
})
