// The embedded database in a thread of its own. PGlite executes SQL synchronously inside
// WebAssembly: on the HTTP thread, a 0.4 s statistics statement would hold every request,
// even those that never touch the database, and a chain of awaited queries would not yield to
// the event loop between them. Here it serves the PostgreSQL wire protocol on a Unix socket in a
// private folder, so the HTTP thread talks to it with node-postgres exactly as it talks to a
// PostgreSQL server, and parses, renders and answers while a statement runs.
//
// Started by pglite-host.ts (through pglite-thread.mjs); messages from the host: 'dump', 'close'.
import { rmSync } from 'node:fs'
import { createServer, type Socket } from 'node:net'
import { parentPort, workerData } from 'node:worker_threads'
import type { PGlite } from '@electric-sql/pglite'
import { durableNodeFs, pgliteStartParams } from './durable-nodefs.ts'
import { splitFrames, ProtocolError } from './pglite-wire.ts'

export type ThreadStart = {
  dataDir: string | null
  socketPath: string
  sharedBuffers: string
  /** Sync every commit to the disk (a data folder only; an in-memory database has nothing to sync). */
  durable: boolean
}
export type HostMessage = { type: 'dump'; id: number } | { type: 'close' }
export type ThreadMessage =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'dump'; id: number; bytes?: ArrayBuffer; message?: string }
  | { type: 'closed' }

type Connection = { socket: Socket; buffer: Buffer; started: boolean; chain: Promise<void> }
type Job = { connection: Connection; type: string | null; bytes: Uint8Array; done: () => void }

/**
 * One statement at a time, in arrival order, except that a connection which has begun a
 * transaction, or an extended-protocol exchange not yet ended by Sync, keeps the database until
 * it is done: another connection's messages wait rather than land inside it.
 */
class Executor {
  private readonly jobs: Job[] = []
  private owner: Connection | null = null
  private running = false

  constructor(private readonly db: PGlite) {}

  run(connection: Connection, type: string | null, bytes: Uint8Array): Promise<void> {
    return new Promise((done) => {
      this.jobs.push({ connection, type, bytes, done })
      void this.pump()
    })
  }

  /** A connection gone: its waiting messages are dropped and an open transaction of its is rolled back. */
  async release(connection: Connection): Promise<void> {
    for (let i = this.jobs.length - 1; i >= 0; i--)
      if (this.jobs[i]!.connection === connection) this.jobs.splice(i, 1)[0]!.done()
    if (this.owner !== connection) return
    this.owner = null
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK').catch(() => {})
    void this.pump()
  }

  private async pump(): Promise<void> {
    if (this.running) return
    this.running = true
    try {
      while (this.jobs.length > 0) {
        const index = this.owner ? this.jobs.findIndex((job) => job.connection === this.owner) : 0
        if (index < 0) break
        const job = this.jobs.splice(index, 1)[0]!
        const { socket } = job.connection
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(job.bytes, {
              // The chunk may be a view of WebAssembly memory that the next statement reuses: copy it.
              onRawData: (chunk) => {
                if (socket.writable) socket.write(Buffer.from(chunk))
              },
            }),
          )
        } catch (error) {
          socket.destroy(error as Error)
        }
        // Simple Query and Sync end an exchange; a transaction keeps its connection the owner.
        const exchangeOpen = job.type !== null && job.type !== 'Q' && job.type !== 'S'
        this.owner = exchangeOpen || this.db.isInTransaction() ? job.connection : null
        job.done()
      }
    } finally {
      this.running = false
    }
  }
}

const serve = async ({ dataDir, socketPath, sharedBuffers, durable }: ThreadStart): Promise<void> => {
  const { PGlite } = await import('@electric-sql/pglite')
  const { NodeFS } = await import('@electric-sql/pglite/nodefs')
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent')
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm')

  const db = await PGlite.create({
    ...(dataDir ? { fs: durable ? durableNodeFs(NodeFS, dataDir) : new NodeFS(dataDir) } : {}),
    extensions: { unaccent, pg_trgm },
    startParams: pgliteStartParams(PGlite.defaultStartParams, sharedBuffers, durable && dataDir !== null),
  })
  const executor = new Executor(db)
  const connections = new Set<Connection>()

  const server = createServer((socket) => {
    const connection: Connection = { socket, buffer: Buffer.alloc(0), started: false, chain: Promise.resolve() }
    connections.add(connection)
    socket.setNoDelay(true)
    socket.on('data', (data) => {
      let framed: ReturnType<typeof splitFrames>
      try {
        framed = splitFrames(
          connection.buffer.length ? Buffer.concat([connection.buffer, data]) : data,
          connection.started,
        )
      } catch (error) {
        if (error instanceof ProtocolError) return void socket.destroy()
        throw error
      }
      connection.buffer = Buffer.from(framed.rest)
      connection.started = framed.started
      for (const frame of framed.frames) {
        connection.chain = connection.chain.then(async () => {
          if (frame.kind === 'encryption-request') socket.write('N')
          else if (frame.kind === 'cancel') socket.end()
          // Terminate is the client's goodbye; the single backend must not see it and shut down.
          else if (frame.kind === 'message' && frame.type === 'X') socket.end()
          else await executor.run(connection, frame.kind === 'message' ? frame.type : null, frame.bytes)
        })
      }
    })
    socket.on('error', () => {})
    socket.on('close', () => {
      connections.delete(connection)
      void executor.release(connection)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(socketPath, () => resolve())
  })

  const port = parentPort!
  port.on('message', async (message: HostMessage) => {
    if (message.type === 'dump') {
      try {
        const blob = await db.dumpDataDir('gzip')
        const bytes = await blob.arrayBuffer()
        port.postMessage({ type: 'dump', id: message.id, bytes } satisfies ThreadMessage, [bytes])
      } catch (error) {
        port.postMessage({ type: 'dump', id: message.id, message: (error as Error).message } satisfies ThreadMessage)
      }
    } else if (message.type === 'close') {
      server.close()
      for (const { socket } of connections) socket.destroy()
      await db.close()
      rmSync(socketPath, { force: true })
      port.postMessage({ type: 'closed' } satisfies ThreadMessage)
      port.close()
    }
  })
  port.postMessage({ type: 'ready' } satisfies ThreadMessage)
}

serve(workerData as ThreadStart).catch((error: Error) => {
  parentPort!.postMessage({ type: 'failed', message: error.message } satisfies ThreadMessage)
})
