// The embedded database runs in a thread of its own, behind a Unix socket: what the server
// relies on is that the HTTP thread stays free while a statement runs, that one connection's
// transaction is never entered by another's statements, and that a connection lost in the
// middle of a transaction leaves nothing behind.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SHARED_BUFFERS, SOCKET_PORT, startPgliteThread, type PgliteThread } from '@/server/db/pglite-host.ts'

let thread: PgliteThread
const clients: pg.Client[] = []
const connect = async (to: PgliteThread = thread) => {
  const client = new pg.Client({ host: to.socketDir, port: SOCKET_PORT, user: 'postgres', database: 'template1' })
  client.on('error', () => {})
  await client.connect()
  clients.push(client)
  return client
}

beforeAll(async () => {
  thread = await startPgliteThread({ dataDir: null })
  const setup = await connect()
  await setup.query('CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)')
})

afterAll(async () => {
  for (const client of clients) await client.end().catch(() => {})
  await thread.close()
})

describe('the embedded database in its own thread', () => {
  it('keeps its socket in a folder only this user can enter', () => {
    expect(statSync(thread.socketDir).mode & 0o777).toBe(0o700)
  })

  it('starts with the buffer cache the statistics need', async () => {
    const client = await connect()
    expect((await client.query('SHOW shared_buffers')).rows[0].shared_buffers).toBe(SHARED_BUFFERS)
  })

  it('leaves the calling thread free while a long statement runs', async () => {
    const client = await connect()
    let ticks = 0
    const timer = setInterval(() => ticks++, 10)
    const started = performance.now()
    const [row] = (
      await client.query<{ n: string }>('SELECT count(*)::text AS n FROM generate_series(1, 4000000) g WHERE g % 7 = 0')
    ).rows
    const elapsed = performance.now() - started
    clearInterval(timer)
    expect(row!.n).toBe(String(Math.floor(4_000_000 / 7)))
    // Blocked, the timer would not fire at all until the statement returned.
    expect(elapsed).toBeGreaterThan(100)
    expect(ticks).toBeGreaterThan(elapsed / 10 / 4)
  })

  it('makes a second connection wait until the first one’s transaction ends', async () => {
    const first = await connect()
    const second = await connect()
    await first.query('BEGIN')
    await first.query(`INSERT INTO notes (body) VALUES ('trong giao dịch')`)
    let secondAnswered = false
    const read = second.query<{ n: string }>('SELECT count(*)::text AS n FROM notes').then((result) => {
      secondAnswered = true
      return result.rows[0]!.n
    })
    await new Promise((resolve) => setTimeout(resolve, 100))
    // Still inside the first connection's transaction: the second has not been served.
    expect(secondAnswered).toBe(false)
    await first.query(`INSERT INTO notes (body) VALUES ('vẫn trong giao dịch')`)
    await first.query('COMMIT')
    expect(await read).toBe('2')
  })

  it('rolls back the transaction of a connection that goes away, and serves the others', async () => {
    const lost = await connect()
    const other = await connect()
    await lost.query('BEGIN')
    await lost.query(`INSERT INTO notes (body) VALUES ('sẽ mất')`)
    const read = other.query<{ n: string }>('SELECT count(*)::text AS n FROM notes')
    ;(lost as unknown as { connection: { stream: { destroy: () => void } } }).connection.stream.destroy()
    expect((await read).rows[0]!.n).toBe('2')
    const [state] = (await other.query<{ bodies: string[] }>('SELECT array_agg(body ORDER BY id) AS bodies FROM notes'))
      .rows
    expect(state!.bodies).toEqual(['trong giao dịch', 'vẫn trong giao dịch'])
  })

  it('keeps each connection’s extended-protocol exchange whole when several send at once', async () => {
    // node-postgres sends a parameterised query as Parse, Bind, Describe, Execute, Sync. The one
    // PGlite backend has one unnamed statement and portal: another connection's Parse landing
    // between them would answer the first with the second's rows (or an error). The bridge
    // serves an exchange up to its Sync before anyone else (docs/decisions/0002-wire-bridge.md).
    const pool = await Promise.all(Array.from({ length: 6 }, () => connect()))
    const wrong: string[] = []
    await Promise.all(
      pool.map(async (client, c) => {
        for (let i = 0; i < 40; i++) {
          const who = `c${c}-${i}`
          try {
            const { rows } = await client.query<{ who: string; n: number }>(
              `SELECT $1::text AS who, $2::int * 2 AS n FROM generate_series(1, ${1 + ((c + i) % 3)}) LIMIT 1`,
              [who, i],
            )
            if (rows[0]?.who !== who || rows[0]?.n !== i * 2) wrong.push(`${who}: ${JSON.stringify(rows)}`)
          } catch (error) {
            wrong.push(`${who}: ${(error as Error).message}`)
          }
        }
      }),
    )
    expect(wrong).toEqual([])
  })

  it('reports SQL errors to the client and goes on serving', async () => {
    const client = await connect()
    await expect(client.query('SELECT * FROM no_such_table')).rejects.toThrow(/no_such_table/)
    await expect(client.query('SELECT $1::int + 1 AS n', [41])).resolves.toMatchObject({ rows: [{ n: 42 }] })
  })

  it('dumps its data folder from inside the thread', async () => {
    const dump = await thread.dumpDataDir()
    // A gzip stream: magic bytes 1f 8b.
    expect(dump.subarray(0, 2).toString('hex')).toBe('1f8b')
    expect(dump.length).toBeGreaterThan(100_000)
  })

  it('tells the server when the thread stops on its own, and only then', async () => {
    const crashing = await startPgliteThread({
      dataDir: null,
      entry: new URL('../support/pglite-thread-exits.mjs', import.meta.url),
    })
    expect((await crashing.lost).message).toContain('mã 3')
    expect(existsSync(crashing.socketDir)).toBe(false)

    const closing = await startPgliteThread({ dataDir: null })
    await closing.close()
    const outcome = await Promise.race([
      closing.lost.then(() => 'lost'),
      new Promise((resolve) => setTimeout(() => resolve('still open'), 200)),
    ])
    expect(outcome).toBe('still open')
  })

  it('takes another buffer size, and refuses one it could not start with before creating anything', async () => {
    const smaller = await startPgliteThread({ dataDir: null, sharedBuffers: '256MB' })
    const client = await connect(smaller)
    expect((await client.query('SHOW shared_buffers')).rows[0].shared_buffers).toBe('256MB')
    await client.end()
    await smaller.close()

    const before = readdirSync(tmpdir()).filter((name) => name.startsWith('kiemsat-db-')).length
    await expect(startPgliteThread({ dataDir: null, sharedBuffers: '2GB' })).rejects.toThrow(
      'Bộ đệm của cơ sở dữ liệu nhúng "2GB" không hợp lệ',
    )
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith('kiemsat-db-')).length).toBe(before)
  })
})
