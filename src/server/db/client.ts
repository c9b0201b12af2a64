// Opens the database: embedded PGlite (a data folder, or in memory) by default,
// a PostgreSQL server when a postgres:// URL is given. Both speak the same SQL and
// go through the same Drizzle schema and migrations.
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import * as schema from './schema.ts'

export type Schema = typeof schema
export type Database = PgDatabase<PgQueryResultHKT, Schema>
/** A transaction or the database itself: repositories accept either. */
export type Executor = Parameters<Parameters<Database['transaction']>[0]>[0] | Database

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string | null }
  | { kind: 'postgres'; url: string; poolSize?: number }

export type DatabaseHandle = {
  db: Database
  kind: DatabaseTarget['kind']
  /** Runs plain SQL statements (migrations, maintenance). */
  exec: (sql: string) => Promise<void>
  close: () => Promise<void>
  /** PGlite only: the raw instance, for dumps. */
  pglite?: import('@electric-sql/pglite').PGlite
}

const engines = new WeakMap<object, DatabaseTarget['kind']>()

/** Which engine a database opened by openDatabase runs on (a transaction object is not known: 'postgres'). */
export const engineOf = (db: object): DatabaseTarget['kind'] => engines.get(db) ?? 'postgres'

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../migrations', import.meta.url))

export const openDatabase = async (target: DatabaseTarget): Promise<DatabaseHandle> => {
  if (target.kind === 'postgres') {
    const { default: pg } = await import('pg')
    const { drizzle } = await import('drizzle-orm/node-postgres')
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 })
    // An idle client can be cut off by the server (restart, failover, admin shutdown). Without a
    // listener that error would crash the process; the pool replaces the client on next use.
    pool.on('error', (error: Error & { code?: string }) => {
      if (error.code !== '57P01') console.error(`PostgreSQL: kết nối rảnh bị lỗi: ${error.message}`)
    })
    const db = drizzle(pool, { schema }) as unknown as Database
    engines.set(db, 'postgres')

    return {
      db,
      kind: 'postgres',
      exec: async (text) => {
        await pool.query(text)
      },
      close: () => pool.end(),
    }
  }

  const { PGlite } = await import('@electric-sql/pglite')
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent')
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm')
  const { drizzle } = await import('drizzle-orm/pglite')
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true })
  const client = await PGlite.create({
    ...(target.dataDir ? { dataDir: target.dataDir } : {}),
    extensions: { unaccent, pg_trgm },
  })
  const db = drizzle(client, { schema }) as unknown as Database
  engines.set(db, 'pglite')

  return {
    db,
    kind: 'pglite',
    pglite: client,
    exec: async (text) => {
      await client.exec(text)
    },
    close: () => client.close(),
  }
}

export const migrateDatabase = async (handle: DatabaseHandle): Promise<void> => {
  if (handle.kind === 'postgres') {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator')
    await migrate(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER })
  } else {
    const { migrate } = await import('drizzle-orm/pglite/migrator')
    await migrate(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER })
  }
}

/** Parses DATABASE_URL / data folder settings into a target. */
export const databaseTargetFrom = (env: { databaseUrl?: string | undefined; dataDir?: string | null }): DatabaseTarget =>
  env.databaseUrl ? { kind: 'postgres', url: env.databaseUrl } : { kind: 'pglite', dataDir: env.dataDir ?? null }
