// A new data folder starts as a copy of the install's template (src/server/db/data-folder-template.ts):
// the copy is a complete, migrated database that takes writes and reopens; a folder that already
// holds a database, or a template that is missing, is left to the ordinary path.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MIGRATIONS_FOLDER, migrateDatabase, openDatabase } from '@/server/db/client.ts'
import { makeTemplate, startFromTemplate } from '@/server/db/data-folder-template.ts'

const root = mkdtempSync(join(tmpdir(), 'kiemsat-template-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const template = join(root, 'cache', 'pglite-test-1')
const journalEntries = (
  JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }
).entries.length

const appliedMigrations = async (dataDir: string): Promise<number> => {
  const handle = await openDatabase({ kind: 'pglite', dataDir, fsync: false, fromTemplate: false })
  try {
    const [row] = await handle.query<{ n: number }>('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations')
    return row?.n ?? 0
  } finally {
    await handle.close()
  }
}

describe('the data folder template', () => {
  it('is made once, with every migration applied, and replaces templates of other versions', async () => {
    mkdirSync(join(root, 'cache', 'pglite-older-0'), { recursive: true })
    expect(await makeTemplate(template)).toBe('made')
    expect(await makeTemplate(template)).toBe('present')
    expect(readdirSync(join(root, 'cache')).filter((entry) => !entry.endsWith('.lock'))).toEqual(['pglite-test-1'])
    expect(await appliedMigrations(template)).toBe(journalEntries)
  })

  it('starts an empty data folder as a migrated database that takes writes and reopens', async () => {
    const dataDir = join(root, 'fresh')
    mkdirSync(dataDir)
    expect(startFromTemplate(dataDir, { template, durable: true })).toBe(true)
    expect(existsSync(`${dataDir}.template-${process.pid}`)).toBe(false)

    const handle = await openDatabase({ kind: 'pglite', dataDir, fsync: false, fromTemplate: false })
    await migrateDatabase(handle)
    await handle.exec('CREATE TABLE written_after_copy (id int PRIMARY KEY); INSERT INTO written_after_copy VALUES (7)')
    await handle.close()

    const reopened = await openDatabase({ kind: 'pglite', dataDir, fsync: false, fromTemplate: false })
    expect(await reopened.query('SELECT id FROM written_after_copy')).toEqual([{ id: 7 }])
    await reopened.close()
    expect(await appliedMigrations(dataDir)).toBe(journalEntries)
    // The template itself is untouched by the copy's writes.
    const original = await openDatabase({ kind: 'pglite', dataDir: template, fsync: false, fromTemplate: false })
    expect(await original.query("SELECT to_regclass('written_after_copy') AS t")).toEqual([{ t: null }])
    await original.close()
  })

  it('never touches a folder that already holds a database or any file', async () => {
    const existing = join(root, 'existing')
    const handle = await openDatabase({ kind: 'pglite', dataDir: existing, fsync: false, fromTemplate: false })
    await handle.exec('CREATE TABLE kept (id int)')
    await handle.close()
    expect(startFromTemplate(existing, { template })).toBe(false)
    const again = await openDatabase({ kind: 'pglite', dataDir: existing, fsync: false, fromTemplate: false })
    expect(await again.query("SELECT to_regclass('kept')::text AS t")).toEqual([{ t: 'kept' }])
    await again.close()

    const stranger = join(root, 'stranger')
    mkdirSync(stranger)
    writeFileSync(join(stranger, 'notes.txt'), 'không phải cơ sở dữ liệu')
    expect(startFromTemplate(stranger, { template })).toBe(false)
    expect(readdirSync(stranger)).toEqual(['notes.txt'])
  })

  it('leaves a new folder to initdb when no template of this version exists', async () => {
    const dataDir = join(root, 'no-template')
    expect(startFromTemplate(dataDir, { template: join(root, 'cache', 'pglite-missing') })).toBe(false)
    expect(existsSync(dataDir)).toBe(false)
  })
})
