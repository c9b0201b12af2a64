import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { and, count, eq, sql } from 'drizzle-orm'
import { main } from '@/cli/main.ts'
import { openDatabase } from '@/server/db/client.ts'
import { auditLog, deadlines, people, units } from '@/server/db/schema.ts'
import { verifyPassword } from '@/server/modules/auth/passwords.ts'
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/test-database.ts'

const quiet = () => {
  vi.spyOn(console, 'log').mockImplementation(() => {})
  vi.spyOn(console, 'error').mockImplementation(() => {})
}

const countsOf = async (db: Awaited<ReturnType<typeof openDatabase>>['db']) => ({
  units: (await db.select({ n: count() }).from(units))[0]!.n,
  people: (await db.select({ n: count() }).from(people))[0]!.n,
})

// Each test seeds a whole demo province through the CLI (a year and a half of register activity):
// tens of seconds on a busy machine, more than the suite's default minute.
const SEEDING_MS = 240_000

describe.each(ENGINES)('the kiemsat command on %s', (engine) => {
  const dirs: string[] = []
  const databases: TestDatabase[] = []
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiemsat-cli-'))
    dirs.push(dir)
    return dir
  }
  /** Points the CLI at a fresh, empty database of this engine. */
  const freshTarget = async () => {
    if (engine === 'pglite') {
      delete process.env.DATABASE_URL
      process.env.KIEMSAT_DATA_DIR = join(tempDir(), 'data')
      return () => openDatabase({ kind: 'pglite', dataDir: process.env.KIEMSAT_DATA_DIR! })
    }
    // An empty database: `restore` loads a whole dump, schema included.
    const database = await createTestDatabase('postgres', { migrate: false })
    databases.push(database)
    process.env.DATABASE_URL = database.url!
    return () => openDatabase({ kind: 'postgres', url: database.url! })
  }

  beforeEach(quiet)
  afterEach(() => {
    vi.restoreAllMocks()
    delete process.env.DATABASE_URL
    delete process.env.KIEMSAT_DATA_DIR
    delete process.env.KIEMSAT_PASSWORD
  })
  afterAll(async () => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
    for (const database of databases) await database.drop()
  })

  it(
    'migrates, seeds the demo province once, creates a user, backs up and restores',
    async () => {
      const open = await freshTarget()
      expect(await main(['migrate'])).toBe(0)
      expect(await main(['seed-demo'])).toBe(0)
      // Seeding twice would duplicate the province: refused.
      expect(await main(['seed-demo'])).toBe(1)

      // The password policy holds on the command line too: too short, common, or the username.
      for (const weak of ['1234567890', 'matkhau@2026', 'quantri2-mua-xuan'.toUpperCase()]) {
        process.env.KIEMSAT_PASSWORD = weak
        expect([
          weak,
          await main([
            'create-user',
            '--username',
            'quantri2',
            '--full-name',
            'Lê Văn Quản Trị',
            '--unit',
            'CT',
            '--role',
            'admin',
          ]),
        ]).toEqual([weak, 1])
      }
      process.env.KIEMSAT_PASSWORD = 'mat-khau-cli-2026'
      expect(
        await main([
          'create-user',
          '--username',
          'quantri2',
          '--full-name',
          'Lê Văn Quản Trị',
          '--unit',
          'CT',
          '--role',
          'admin',
        ]),
      ).toBe(0)
      expect(await main(['create-user', '--username', 'quantri2', '--full-name', 'Trùng Tên', '--unit', 'CT'])).toBe(1)
      expect(await main(['create-user', '--username', 'x3', '--full-name', 'Không Có Đơn Vị', '--unit', 'KHONG'])).toBe(
        1,
      )

      const handle = await open()
      const before = await countsOf(handle.db)
      const [created] = await handle.db.select().from(people).where(eq(people.username, 'quantri2'))
      expect(await verifyPassword(created!.passwordHash!, 'mat-khau-cli-2026')).toBe(true)
      const [audit] = await handle.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, String(created!.id)))
      expect(audit).toMatchObject({ action: 'create', entity: 'person' })
      await handle.close()

      const file = join(tempDir(), engine === 'pglite' ? 'backup.tar.gz' : 'backup.sql')
      expect(await main(['backup', '--out', file])).toBe(0)

      const openRestored = await freshTarget()
      expect(await main(['restore', '--from', file])).toBe(0)
      const restored = await openRestored()
      expect(await countsOf(restored.db)).toEqual(before)
      const [again] = await restored.db
        .select({ fullName: people.fullName })
        .from(people)
        .where(eq(people.username, 'quantri2'))
      expect(again?.fullName).toBe('Lê Văn Quản Trị')
      // Accent-insensitive search still works in the restored database.
      const found = await restored.db.execute(
        `select count(*)::int as n from people where search_normalize(full_name) like '%quan tri%'`,
      )
      expect((found as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(1)
      await restored.close()
    },
    SEEDING_MS,
  )

  it(
    'recompute-deadlines puts back a deadline stored by older counting code, reports it as moved earlier, and is idempotent',
    async () => {
      const open = await freshTarget()
      expect(await main(['seed-demo'])).toBe(0)
      // What an upgrade leaves behind: a running deadline whose stored end the old code put 3 days
      // later than the code now derives (as the calendar-month reading of a detention term did).
      let handle = await open()
      const [target] = await handle.db
        .select()
        .from(deadlines)
        .where(eq(deadlines.status, 'open'))
        .orderBy(deadlines.id)
        .limit(1)
      expect(target).toBeDefined()
      await handle.db
        .update(deadlines)
        .set({ dueDate: sql`${deadlines.dueDate} + 3` })
        .where(eq(deadlines.id, target!.id))
      await handle.close()

      const log = vi.spyOn(console, 'log')
      expect(await main(['recompute-deadlines', '--batch', '7'])).toBe(0)
      const report = log.mock.calls.map((c) => String(c[0])).join('\n')
      expect(report).toMatch(/: 1 thời hạn thay đổi, 1 sớm hơn, 0 muộn hơn\./)

      handle = await open()
      const [after] = await handle.db
        .select()
        .from(deadlines)
        .where(and(eq(deadlines.matterId, target!.matterId), eq(deadlines.key, target!.key)))
      expect(after!.dueDate).toBe(target!.dueDate)
      const audits = await handle.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entity, 'deadline'), eq(auditLog.requestId, 'cli')))
      expect(audits).toHaveLength(1)
      expect(audits[0]!.after).toMatchObject({ command: 'recompute-deadlines', moved: 1, earlier: 1 })
      await handle.close()

      // A second run finds nothing to move.
      log.mockClear()
      expect(await main(['recompute-deadlines'])).toBe(0)
      expect(log.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/: 0 thời hạn thay đổi/)
      // A batch size that is not a number is refused before anything is opened.
      expect(await main(['recompute-deadlines', '--batch', 'x'])).toBe(1)
    },
    SEEDING_MS,
  )

  it('refuses an unknown command and an unknown role', async () => {
    expect(await main(['khong-co'])).toBe(2)
    await freshTarget()
    process.env.KIEMSAT_PASSWORD = 'mat-khau-cli-2026'
    expect(
      await main(['create-user', '--username', 'a1b', '--full-name', 'Ai Đó', '--unit', 'CT', '--role', 'vua']),
    ).toBe(1)
  })
})
