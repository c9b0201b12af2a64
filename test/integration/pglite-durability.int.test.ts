// A commit on the embedded database reaches the disk: PostgreSQL's fsync() of the WAL becomes
// the host's fsync(2) (src/server/db/durable-nodefs.ts). Run in this thread, with a host sync
// that counts, so the test sees every sync PostgreSQL asks for.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { NodeFS } from '@electric-sql/pglite/nodefs'
import { afterAll, describe, expect, it } from 'vitest'
import { durableNodeFs, pgliteStartParams } from '@/server/db/durable-nodefs.ts'
import { openDatabase } from '@/server/db/client.ts'

const folders: string[] = []
const freshFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'kiemsat-durability-'))
  folders.push(folder)
  return folder
}
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })))

/** Host syncs issued by one committed INSERT after the table exists. */
const syncsPerCommit = async (durable: boolean): Promise<number> => {
  let syncs = 0
  const dataDir = freshFolder()
  const db = await PGlite.create({
    fs: durable ? durableNodeFs(NodeFS, dataDir, () => void syncs++) : new NodeFS(dataDir),
    startParams: pgliteStartParams(PGlite.defaultStartParams, '128MB', durable),
  })
  try {
    await db.exec('CREATE TABLE acknowledged (id int PRIMARY KEY)')
    const before = syncs
    await db.query('INSERT INTO acknowledged VALUES (1)')
    return syncs - before
  } finally {
    await db.close()
  }
}

describe('the embedded database on a data folder', () => {
  it('syncs the write-ahead log to the disk before a commit is acknowledged', async () => {
    expect(await syncsPerCommit(true)).toBeGreaterThanOrEqual(1)
  })

  it('would not sync at all with PGlite’s own defaults (fsync off, no fsync operation)', async () => {
    expect(await syncsPerCommit(false)).toBe(0)
  })

  it('runs with fsync on and the WAL synced by fsync() when the server opens a folder', async () => {
    const handle = await openDatabase({ kind: 'pglite', dataDir: freshFolder() })
    try {
      const [settings] = await handle.query<{ fsync: string; wal_sync_method: string; synchronous_commit: string }>(
        `SELECT current_setting('fsync') AS fsync, current_setting('wal_sync_method') AS wal_sync_method,
                current_setting('synchronous_commit') AS synchronous_commit`,
      )
      expect(settings).toEqual({ fsync: 'on', wal_sync_method: 'fsync', synchronous_commit: 'on' })
    } finally {
      await handle.close()
    }
  })
})
