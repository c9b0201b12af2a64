// The server killed without warning (kill -9) in the middle of writes, and a second process on a
// data folder that a server holds: every write the server acknowledged is there after a
// restart, with its audit row; nothing of a transaction it never acknowledged is; the second
// process is refused before it touches the folder.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, describe, expect, it } from 'vitest'
import { DataFolderLockedError, lockDataFolder, lockFileOf } from '@/server/db/data-folder-lock.ts'
import { openDatabase, type DatabaseHandle } from '@/server/db/client.ts'
import { buildTemplate } from '@/server/modules/register-excel/template.ts'
import { XLSX_MIME } from '@/shared/api/register-excel.ts'
import { signInOver, spawnKiemsat, untilReady, type Spawned } from '../support/spawned-server.ts'
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/test-database.ts'

/** Each of these starts real server processes (a first start seeds the demo province): minutes on a loaded machine. */
const SERVER_TEST_TIMEOUT = 240_000

const folders: string[] = []
const freshFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'kiemsat-crash-'))
  folders.push(folder)
  return folder
}
const running: Spawned[] = []
const databases: TestDatabase[] = []
afterAll(async () => {
  for (const server of running) server.child.kill('SIGKILL')
  await Promise.all(running.map((server) => server.exited))
  for (const database of databases) await database.drop()
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

/** A PID that certainly ran and is gone: a process that has exited. */
const deadPid = () =>
  Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).toString())

describe('the lock on an embedded data folder', () => {
  it('refuses a second holder in this process, and is free again once released', () => {
    const dataDir = join(freshFolder(), 'data')
    const first = lockDataFolder(dataDir, 'serve')
    expect(() => lockDataFolder(dataDir, 'create-user')).toThrow(DataFolderLockedError)
    first.release()
    expect(existsSync(lockFileOf(dataDir))).toBe(false)
    lockDataFolder(dataDir).release()
  })

  it('takes over a lock left by a process that died, or by a PID now reused by another process', () => {
    const dataDir = join(freshFolder(), 'data')
    const left = (holder: object) =>
      writeFileSync(
        lockFileOf(dataDir),
        JSON.stringify({ host: hostname(), since: '2026-01-01T00:00:00Z', command: 'serve', ...holder }),
      )
    left({ pid: deadPid(), startTime: '1' })
    lockDataFolder(dataDir).release()
    // Our parent is alive, but it did not start at tick 1: the PID was reused.
    left({ pid: process.ppid, startTime: '1' })
    lockDataFolder(dataDir).release()
  })

  it('never takes a lock held on another host (a shared folder) for stale', () => {
    const dataDir = join(freshFolder(), 'data')
    writeFileSync(
      lockFileOf(dataDir),
      JSON.stringify({
        pid: deadPid(),
        startTime: '1',
        host: 'may-chu-khac',
        since: '2026-01-01T00:00:00Z',
        command: 'serve',
      }),
    )
    expect(() => lockDataFolder(dataDir)).toThrow(/máy may-chu-khac/)
  })
})

/** Acknowledged creations of crime reports, as fast as one client goes, until the process dies. */
const writeUntilKilled = async (base: string, server: Spawned, afterMs: number) => {
  const ksv = await signInOver(base, 'ksv')
  const acknowledged: { id: number; number: string }[] = []
  let attempted = 0
  const killAt = Date.now() + afterMs
  const loop = async (lane: number) => {
    for (let i = 0; ; i++) {
      if (Date.now() >= killAt && server.child.exitCode === null && server.child.signalCode === null)
        server.child.kill('SIGKILL')
      const number = `${lane}-${i}/2026/TB-DUNG`
      attempted++
      try {
        const res = await ksv.post('/api/matters', {
          kind: 'crime_report',
          unitId: ksv.me.user.unitId,
          number,
          title: `Tin báo ghi trước khi máy chủ dừng ${number}`,
          prosecutorId: ksv.me.user.personId,
          subjects: [],
          initialEvent: {
            type: 'report_received',
            occurredOn: '2026-11-02',
            data: { source: 'tin_bao', investigatingBody: 'Công an phường Vị Tân' },
          },
        })
        if (res.status !== 201) throw new Error(`unexpected ${res.status}: ${JSON.stringify(res.body)}`)
        acknowledged.push({ id: res.body.id, number })
      } catch (error) {
        if ((error as Error).message.startsWith('unexpected')) throw error
        return // the connection died with the server
      }
    }
  }
  await Promise.all([0, 1, 2, 3].map(loop))
  await server.exited
  return { acknowledged, attempted }
}

/** Matters of these numbers without their opening act (or, written online, their audit row): half-written. */
const halfWritten = (handle: DatabaseHandle, numbers: string, { audited }: { audited: boolean }) =>
  handle.query<{ id: number }>(
    `SELECT m.id FROM matters m
      WHERE m.number LIKE $1
        AND (NOT EXISTS (SELECT 1 FROM matter_events e WHERE e.matter_id = m.id)
             OR ($2 AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'matter' AND a.entity_id = m.id::text AND a.action = 'create')))`,
    [numbers, audited],
  )

const importWorkbook = async (rows: number, unit: string): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await buildTemplate()) as never)
  const sheet = workbook.getWorksheet('Sổ thụ lý')!
  for (let i = 0; i < rows; i++)
    sheet.getRow(3 + i).values = [
      `${i + 1}/2026/NK-${unit}`,
      'Tin báo',
      `Tin báo nhập khi máy chủ dừng ${i + 1}`,
      '02/11/2026',
      unit,
      'ksv',
      'Tin báo',
      'Công an phường Vị Tân',
    ]
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const ROWS = 4000

/**
 * On PostgreSQL, waits until the import's transaction has begun writing (its INSERT is seen in
 * pg_stat_activity), so that the kill lands inside it; on PGlite, whose single backend cannot be
 * watched from outside, kills after a while, inside or before the transaction.
 */
const untilWriting = async (engine: string, url: string | undefined) => {
  if (engine !== 'postgres') return new Promise((resolve) => setTimeout(resolve, 1500))
  const handle = await openDatabase({ kind: 'postgres', url: url!, poolSize: 1 })
  try {
    for (let i = 0; i < 600; i++) {
      const [writing] = await handle.query(
        `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE 'insert into%' AND state <> 'idle'`,
      )
      if (writing) return
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    throw new Error('the import never began writing')
  } finally {
    await handle.close()
  }
}

describe.each(ENGINES)('the server killed with kill -9 on %s', (engine) => {
  const target = async (): Promise<{
    env: Record<string, string | undefined>
    open: () => Promise<DatabaseHandle>
    dataDir?: string
  }> => {
    if (engine === 'pglite') {
      const dataDir = join(freshFolder(), 'data')
      return {
        env: { KIEMSAT_DATA_DIR: dataDir, DATABASE_URL: undefined },
        open: () => openDatabase({ kind: 'pglite', dataDir }),
        dataDir,
      }
    }
    const database = await createTestDatabase('postgres', { migrate: false })
    databases.push(database)
    return { env: { DATABASE_URL: database.url! }, open: () => openDatabase({ kind: 'postgres', url: database.url! }) }
  }

  it(
    'keeps every acknowledged write and its audit row, leaves nothing half-written, and refuses a second server on the folder',
    async () => {
      const { env, open, dataDir } = await target()
      const port = await freePort()
      const first = spawnKiemsat(['serve', '--port', String(port)], env)
      running.push(first)
      await untilReady(first)

      if (dataDir) {
        const second = spawnKiemsat(['serve', '--port', String(await freePort())], env)
        expect(await second.exited).toBe(1)
        expect(second.output()).toContain(`đang được một tiến trình kiemsat khác sử dụng (PID ${first.child.pid}`)
        const createUser = spawnKiemsat(
          ['create-user', '--username', 'nguoimoi', '--full-name', 'Người Mới', '--unit', 'CT'],
          { ...env, KIEMSAT_PASSWORD: 'mat-khau-cli-2026' },
        )
        expect(await createUser.exited).toBe(1)
        expect(createUser.output()).toContain(`PID ${first.child.pid}`)
      }

      const { acknowledged, attempted } = await writeUntilKilled(`http://127.0.0.1:${port}`, first, 1500)
      expect(acknowledged.length).toBeGreaterThan(4)
      expect(attempted).toBeGreaterThan(acknowledged.length) // some requests were cut off by the kill
      if (dataDir)
        expect(readdirSync(tmpdir()).some((name) => name.startsWith(`kiemsat-db-${first.child.pid}-`))).toBe(true)

      // The restart takes over the lock the killed server left, and sweeps its socket folder.
      const restarted = spawnKiemsat(['serve', '--port', String(port)], env)
      running.push(restarted)
      await untilReady(restarted)
      if (dataDir)
        expect(readdirSync(tmpdir()).some((name) => name.startsWith(`kiemsat-db-${first.child.pid}-`))).toBe(false)
      restarted.child.kill('SIGTERM')
      expect(await restarted.exited).toBe(0)

      const handle = await open()
      try {
        const found = await handle.query<{ id: number; number: string; audited: boolean }>(
          `SELECT m.id, m.number, EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'matter' AND a.entity_id = m.id::text) AS audited
           FROM matters m WHERE m.id = ANY($1::int[])`,
          [acknowledged.map((write) => write.id)],
        )
        expect(found.length).toBe(acknowledged.length)
        expect(found.every((row) => row.audited)).toBe(true)
        expect(await halfWritten(handle, '%/2026/TB-DUNG', { audited: true })).toEqual([])
      } finally {
        await handle.close()
      }
    },
    SERVER_TEST_TIMEOUT,
  )

  it(
    'leaves no row of an import that was killed before it was acknowledged',
    async () => {
      const { env, open } = await target()
      const port = await freePort()
      const server = spawnKiemsat(['serve', '--port', String(port)], env)
      running.push(server)
      await untilReady(server)
      const ksv = await signInOver(`http://127.0.0.1:${port}`, 'ksv')
      const workbook = await importWorkbook(ROWS, 'CT.KV6')
      const importing = ksv.post('/api/register/import', workbook, XLSX_MIME).catch((error: Error) => error)
      await untilWriting(engine, env.DATABASE_URL)
      server.child.kill('SIGKILL')
      const outcome = await importing
      await server.exited
      const handle = await open()
      try {
        const [{ n }] = (await handle.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM matters WHERE number LIKE '%/2026/NK-CT.KV6'`,
        )) as [{ n: number }]
        // All or nothing: an import answered 200 is whole; one cut off left nothing.
        if (outcome instanceof Error) expect(n).toBe(0)
        else expect(n).toBe(outcome.status === 200 ? ROWS : 0)
        expect(await halfWritten(handle, '%/2026/NK-CT.KV6', { audited: false })).toEqual([])
      } finally {
        await handle.close()
      }
    },
    SERVER_TEST_TIMEOUT,
  )
})

/**
 * A power loss simulated by copying a running server's data folder without its cooperation.
 * A file-by-file copy is not one instant, as a power loss is: data files copied early may miss
 * changes that the WAL copied later holds. Copied in the order of a base backup — pg_control
 * first (its checkpoint is where replay starts, before any change a data file could miss),
 * then the data files, then the WAL last (every commit acknowledged before the copy began is in
 * it, since a commit is acknowledged only after its WAL record is synced) — the copy is what
 * PostgreSQL's crash recovery is built to repair. What it proves: the folder opens after an
 * abrupt stop at an arbitrary moment and loses no acknowledged commit.
 */
describe('a copy of a running server’s data folder, taken at an arbitrary moment', () => {
  it.runIf(ENGINES.includes('pglite'))(
    'opens, and holds every write acknowledged before the copy began',
    async () => {
      const dataDir = join(freshFolder(), 'data')
      const port = await freePort()
      const server = spawnKiemsat(['serve', '--port', String(port)], {
        KIEMSAT_DATA_DIR: dataDir,
        DATABASE_URL: undefined,
      })
      running.push(server)
      await untilReady(server)
      const ksv = await signInOver(`http://127.0.0.1:${port}`, 'ksv')
      const acknowledged: number[] = []
      let copying = false
      let before: number[] = []
      const copy = join(freshFolder(), 'copy')
      const write = async (lane: number) => {
        for (let i = 0; !copying || i % 5 !== 0; i++) {
          const number = `${lane}-${i}/2026/TB-SAO`
          const res = await ksv.post('/api/matters', {
            kind: 'crime_report',
            unitId: ksv.me.user.unitId,
            number,
            title: `Tin báo ghi trong khi sao thư mục ${number}`,
            prosecutorId: ksv.me.user.personId,
            subjects: [],
            initialEvent: {
              type: 'report_received',
              occurredOn: '2026-11-02',
              data: { source: 'tin_bao', investigatingBody: 'Công an phường Vị Tân' },
            },
          })
          expect(res.status).toBe(201)
          acknowledged.push(res.body.id)
        }
      }
      const writers = Promise.all([0, 1, 2].map(write))
      await new Promise((resolve) => setTimeout(resolve, 1000))
      before = [...acknowledged]
      copying = true
      mkdirSync(join(copy, 'global'), { recursive: true })
      cpSync(join(dataDir, 'global', 'pg_control'), join(copy, 'global', 'pg_control'))
      for (const entry of readdirSync(dataDir))
        if (entry !== 'pg_wal' && entry !== 'global')
          cpSync(join(dataDir, entry), join(copy, entry), { recursive: true })
      for (const entry of readdirSync(join(dataDir, 'global')))
        if (entry !== 'pg_control') cpSync(join(dataDir, 'global', entry), join(copy, 'global', entry))
      cpSync(join(dataDir, 'pg_wal'), join(copy, 'pg_wal'), { recursive: true })
      await writers
      server.child.kill('SIGTERM')
      await server.exited

      expect(before.length).toBeGreaterThan(4)
      const handle = await openDatabase({ kind: 'pglite', dataDir: copy })
      try {
        const found = await handle.query<{ id: number }>('SELECT id FROM matters WHERE id = ANY($1::int[])', [before])
        expect(found.length).toBe(before.length)
      } finally {
        await handle.close()
      }
    },
    SERVER_TEST_TIMEOUT,
  )
})
