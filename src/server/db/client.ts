// Opens the database: embedded PGlite (a data folder, or in memory) by default,
// a PostgreSQL server when a postgres:// URL is given. Both speak the same SQL and
// go through the same Drizzle schema and migrations.
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { lockDataFolder, type DataFolderLock } from './data-folder-lock.ts'
import * as schema from './schema.ts'

export type Schema = typeof schema
export type Database = PgDatabase<PgQueryResultHKT, Schema>
/** A transaction or the database itself: repositories accept either. */
export type Executor = Parameters<Parameters<Database['transaction']>[0]>[0] | Database

export type DatabaseTarget =
  | {
      kind: 'pglite'
      dataDir: string | null
      sharedBuffers?: string | undefined
      fsync?: boolean
      /** An empty data folder starts as a copy of the install's template (data-folder-template.ts); default true. */
      fromTemplate?: boolean
    }
  | { kind: 'postgres'; url: string; poolSize?: number }

export type DatabaseHandle = {
  db: Database
  kind: DatabaseTarget['kind']
  /** Runs plain SQL statements (migrations, maintenance). */
  exec: (sql: string) => Promise<void>
  /** Plain SQL with parameters, rows as objects (benchmarks, maintenance). */
  query: <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>
  close: () => Promise<void>
  /** PGlite only: its own dump of the data folder (a gzip tarball). */
  dumpDataDir?: () => Promise<Buffer>
  /** PGlite only: settles if the database's thread stops on its own (a crash). */
  lost?: Promise<Error>
}

const engines = new WeakMap<object, DatabaseTarget['kind']>()

/** Which engine a database opened by openDatabase runs on (a transaction object is not known: 'postgres'). */
export const engineOf = (db: object): DatabaseTarget['kind'] => engines.get(db) ?? 'postgres'

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../migrations', import.meta.url))

/**
 * Both engines are reached through node-postgres: a PostgreSQL server over TCP, the embedded
 * database over the Unix socket of its own thread (pglite-host.ts). One connection to the
 * embedded database, since it has a single backend: a transaction holds it, and other queries
 * wait in the pool's queue, first come first served.
 */
export const openDatabase = async (
  target: DatabaseTarget,
  /** Sees every statement Drizzle sends (benchmarks record a request's SQL with it). */
  { logQuery }: { logQuery?: (query: string, params: unknown[]) => void } = {},
): Promise<DatabaseHandle> => {
  const { default: pg } = await import('pg')
  const { drizzle } = await import('drizzle-orm/node-postgres')

  let thread: import('./pglite-host.ts').PgliteThread | null = null
  let lock: DataFolderLock | null = null
  let pool: import('pg').Pool
  if (target.kind === 'postgres') {
    pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 })
  } else {
    const { startPgliteThread, SOCKET_PORT } = await import('./pglite-host.ts')
    if (target.dataDir) {
      mkdirSync(target.dataDir, { recursive: true })
      lock = lockDataFolder(target.dataDir)
      if (target.fromTemplate !== false) {
        const { startFromTemplate } = await import('./data-folder-template.ts')
        try {
          startFromTemplate(target.dataDir, { durable: target.fsync ?? true })
        } catch (error) {
          lock.release()
          throw error
        }
      }
    }
    try {
      thread = await startPgliteThread({
        dataDir: target.dataDir,
        sharedBuffers: target.sharedBuffers,
        durable: target.fsync ?? true,
      })
    } catch (error) {
      lock?.release()
      throw error
    }
    pool = new pg.Pool({
      host: thread.socketDir,
      port: SOCKET_PORT,
      user: 'postgres',
      database: 'template1',
      max: 1,
      idleTimeoutMillis: 0,
    })
  }
  // An idle client can be cut off by the server (restart, failover, admin shutdown). Without a
  // listener that error would crash the process; the pool replaces the client on next use.
  pool.on('error', (error: Error & { code?: string }) => {
    if (error.code !== '57P01') console.error(`PostgreSQL: kết nối rảnh bị lỗi: ${error.message}`)
  })
  const db = drizzle(pool, { schema, ...(logQuery ? { logger: { logQuery } } : {}) }) as unknown as Database
  engines.set(db, target.kind)

  return {
    db,
    kind: target.kind,
    exec: async (text) => {
      await pool.query(text)
    },
    query: async <T>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as T[],
    close: async () => {
      await pool.end()
      await thread?.close()
      lock?.release()
    },
    ...(thread ? { dumpDataDir: thread.dumpDataDir, lost: thread.lost } : {}),
  }
}

export const migrateDatabase = async (handle: Pick<DatabaseHandle, 'db'>): Promise<void> => {
  const { migrate } = await import('drizzle-orm/node-postgres/migrator')
  await migrate(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER })
}

/** Parses DATABASE_URL / data folder settings into a target. */
export const databaseTargetFrom = (env: {
  databaseUrl?: string | undefined
  dataDir?: string | null
  sharedBuffers?: string | undefined
  fsync?: boolean
}): DatabaseTarget =>
  env.databaseUrl
    ? { kind: 'postgres', url: env.databaseUrl }
    : { kind: 'pglite', dataDir: env.dataDir ?? null, sharedBuffers: env.sharedBuffers, fsync: env.fsync ?? true }
