// Integration tests run on every engine available: PGlite always, and the PostgreSQL server
// named by TEST_DATABASE_URL (CI sets it). Each test file gets its own fresh database.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { migrateDatabase, openDatabase, type DatabaseHandle } from '@/server/db/client.ts'

export type Engine = 'pglite' | 'postgres'

export const ENGINES: Engine[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']

export type TestDatabase = { handle: DatabaseHandle; url: string | null; drop: () => Promise<void> }

const withDatabase = (url: string, name: string) => {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

export const createTestDatabase = async (engine: Engine, { migrate = true } = {}): Promise<TestDatabase> => {
  if (engine === 'pglite') {
    const handle = await openDatabase({ kind: 'pglite', dataDir: null })
    if (migrate) await migrateDatabase(handle)
    return { handle, url: null, drop: () => handle.close() }
  }

  const serverUrl = process.env.TEST_DATABASE_URL!
  const name = `kiemsat_test_${process.pid}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = withDatabase(serverUrl, name)
  const handle = await openDatabase({ kind: 'postgres', url, poolSize: 5 })
  if (migrate) await migrateDatabase(handle)

  return {
    handle,
    url,
    drop: async () => {
      await handle.close()
      const cleanup = new pg.Client({ connectionString: serverUrl })
      await cleanup.connect()
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await cleanup.end()
    },
  }
}
