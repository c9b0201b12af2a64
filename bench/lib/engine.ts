// Opening the benchmark database on either engine: a database of its own on the PostgreSQL
// server (created and dropped here, never the server's others), or a PGlite data folder.
// Both come with the project's DatabaseHandle (for the server code) and a raw SQL channel
// (one connection, for session settings and bulk statements).
import { rmSync } from 'node:fs'
import pg from 'pg'
import { openDatabase, type DatabaseHandle } from '../../src/server/db/client.ts'

export type Engine = 'postgres' | 'pglite'

export type Raw = {
  query: <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>
  exec: (text: string) => Promise<void>
  close: () => Promise<void>
}

export type Target = { engine: Engine; serverUrl: string; database: string; dataDir: string }

export const DEFAULT_TARGET: Target = {
  engine: 'postgres',
  serverUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
  database: 'kiemsat_bench',
  dataDir: '/tmp/kiemsat-bench-pglite',
}

export const targetFrom = (flags: Record<string, string | boolean>): Target => {
  const engine = (flags.engine ?? DEFAULT_TARGET.engine) as Engine
  if (engine !== 'postgres' && engine !== 'pglite')
    throw new Error(`--engine must be postgres or pglite, got ${String(engine)}`)
  return {
    engine,
    serverUrl: String(flags.url ?? DEFAULT_TARGET.serverUrl),
    database: String(flags.database ?? DEFAULT_TARGET.database),
    dataDir: String(flags['data-dir'] ?? DEFAULT_TARGET.dataDir),
  }
}

export const databaseUrl = (target: Target): string => {
  const url = new URL(target.serverUrl)
  url.pathname = `/${target.database}`
  return url.toString()
}

export const describeTarget = (target: Target): string =>
  target.engine === 'postgres' ? `PostgreSQL ${databaseUrl(target)}` : `PGlite ${target.dataDir}`

const assertBenchName = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name) || !name.includes('bench'))
    throw new Error(`refusing to touch database "${name}": a benchmark database name must contain "bench"`)
}

/** Drops and re-creates the benchmark database (or removes the PGlite folder). */
export const recreate = async (target: Target): Promise<void> => {
  if (target.engine === 'pglite') {
    if (!target.dataDir.includes('bench'))
      throw new Error(`refusing to remove ${target.dataDir}: the folder name must contain "bench"`)
    rmSync(target.dataDir, { recursive: true, force: true })
    return
  }
  assertBenchName(target.database)
  const admin = new pg.Client({ connectionString: target.serverUrl })
  await admin.connect()
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${target.database} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE ${target.database}`)
  } finally {
    await admin.end()
  }
}

export type Bench = { target: Target; handle: DatabaseHandle; raw: Raw; close: () => Promise<void> }

/** The project's handle and a raw channel on the same database. */
export const openBench = async (target: Target, { poolSize = 10 } = {}): Promise<Bench> => {
  if (target.engine === 'pglite') {
    const handle = await openDatabase({ kind: 'pglite', dataDir: target.dataDir })
    const raw: Raw = { query: handle.query, exec: handle.exec, close: async () => {} }
    return { target, handle, raw, close: () => handle.close() }
  }
  const url = databaseUrl(target)
  const handle = await openDatabase({ kind: 'postgres', url, poolSize })
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const raw: Raw = {
    query: async <T>(text: string, params?: unknown[]) => (await client.query(text, params as unknown[])).rows as T[],
    exec: async (text) => {
      await client.query(text)
    },
    close: () => client.end(),
  }
  return {
    target,
    handle,
    raw,
    close: async () => {
      await client.end()
      await handle.close()
    },
  }
}

/** Table sizes, as the engine reports them. */
export const tableSizes = async (raw: Raw, tables: readonly string[]) =>
  raw.query<{ table: string; rows: string; table_bytes: string; index_bytes: string; total_bytes: string }>(
    `select c.relname as table, c.reltuples::bigint::text as rows,
            pg_table_size(c.oid)::text as table_bytes, pg_indexes_size(c.oid)::text as index_bytes, pg_total_relation_size(c.oid)::text as total_bytes
       from pg_class c where c.relname = any($1::text[]) and c.relkind = 'r' order by pg_total_relation_size(c.oid) desc`,
    [tables],
  )

export const databaseBytes = async (raw: Raw): Promise<number> =>
  Number((await raw.query<{ n: string }>('select pg_database_size(current_database())::text as n'))[0]!.n)

/** A fresh, empty benchmark database (dropped and re-created first) through the project's own handle. */
export const openFresh = async (target: Target, { poolSize = 10 } = {}): Promise<DatabaseHandle> => {
  await recreate(target)
  return openDatabase(
    target.engine === 'postgres'
      ? { kind: 'postgres', url: databaseUrl(target), poolSize }
      : { kind: 'pglite', dataDir: target.dataDir },
  )
}
