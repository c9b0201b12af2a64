// Starts the embedded database's thread (pglite-thread.ts) and waits until it listens on its
// Unix socket. The socket lives in a fresh folder only this user can enter, so no other local
// user can reach the database through it.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { isProcessRunning } from './data-folder-lock.ts'
import type { HostMessage, ThreadMessage, ThreadStart } from './pglite-thread.ts'

/**
 * The embedded database's buffer cache. PGlite reads its data folder through WebAssembly file
 * calls, far dearer than a server's reads from the operating system's cache: at PostgreSQL's
 * default of 128 MB, the statistics of one province on the national benchmark register took
 * 379 ms, at 512 MB 273 ms (bench/README.md). PGlite's memory is capped at 2 GB (it fails to
 * start with 2 GB of buffers), so half a gigabyte leaves three times as much for everything else.
 */
export const SHARED_BUFFERS = '512MB'

/** At most 1.5 GB of the 2 GB PGlite can address, in PostgreSQL's size syntax (kB, MB, GB). */
const MAX_SHARED_BUFFERS_KB = 1536 * 1024
const UNIT_KB: Record<string, number> = { kB: 1, MB: 1024, GB: 1024 * 1024 }

/** The size in kB, or null when it is not one PGlite can start with. */
export const sharedBuffersKb = (size: string): number | null => {
  const match = /^(\d+)(kB|MB|GB)$/.exec(size)
  if (!match) return null
  const kb = Number(match[1]) * UNIT_KB[match[2]!]!
  return kb >= 128 && kb <= MAX_SHARED_BUFFERS_KB ? kb : null
}

/** node-postgres connects to `${host}/.s.PGSQL.${port}` when host is a folder. */
export const SOCKET_PORT = 5432

export type PgliteThread = {
  /** The folder holding the socket: node-postgres's `host`. */
  socketDir: string
  /** PGlite's own dump of the data folder (a gzip tarball), taken inside the thread. */
  dumpDataDir: () => Promise<Buffer>
  /** Settles if the thread stops other than by close(): the database is gone, the process should stop. */
  lost: Promise<Error>
  close: () => Promise<void>
}

const SOCKET_DIR_PREFIX = 'kiemsat-db-'

/**
 * A process killed with SIGKILL (or by the power) runs no exit handler, so its socket folder
 * stays in the temporary folder: remove those whose process is gone, once per start.
 */
export const sweepAbandonedSocketDirs = (folder = tmpdir()): string[] => {
  const swept: string[] = []
  for (const name of readdirSync(folder)) {
    const pid = Number(/^kiemsat-db-(\d+)-/.exec(name)?.[1])
    if (!pid || pid === process.pid || isProcessRunning(pid)) continue
    rmSync(join(folder, name), { recursive: true, force: true })
    swept.push(name)
  }
  return swept
}

export const startPgliteThread = async ({
  dataDir,
  sharedBuffers = SHARED_BUFFERS,
  durable = true,
  entry = new URL('./pglite-thread.mjs', import.meta.url),
}: {
  dataDir: string | null
  sharedBuffers?: string | undefined
  /** Sync each commit to the disk (pglite-thread.ts, durableStartParams). */
  durable?: boolean
  /** The thread's script; another only in the tests of this host. */
  entry?: URL
}): Promise<PgliteThread> => {
  if (sharedBuffersKb(sharedBuffers) === null)
    throw new Error(
      `Bộ đệm của cơ sở dữ liệu nhúng "${sharedBuffers}" không hợp lệ: cần một cỡ từ 128kB đến 1536MB, viết như 512MB hoặc 1GB`,
    )
  sweepAbandonedSocketDirs()
  // mkdtemp creates the folder with mode 0700; the PID in its name lets a later start sweep it.
  const socketDir = mkdtempSync(join(tmpdir(), `${SOCKET_DIR_PREFIX}${process.pid}-`))
  const removeSocketDir = () => {
    rmSync(socketDir, { recursive: true, force: true })
    process.off('exit', removeSocketDir)
  }
  // A process that exits without closing the database (an error in a command) leaves no folder behind.
  process.on('exit', removeSocketDir)
  const worker = new Worker(entry, {
    workerData: {
      dataDir,
      socketPath: join(socketDir, `.s.PGSQL.${SOCKET_PORT}`),
      sharedBuffers,
      durable,
    } satisfies ThreadStart,
  })
  const send = (message: HostMessage) => worker.postMessage(message)
  const dumps = new Map<number, { resolve: (bytes: Buffer) => void; reject: (error: Error) => void }>()
  let nextDump = 1
  let closed: (() => void) | null = null
  let stopped = false
  let markLost: (error: Error) => void = () => {}
  const lost = new Promise<Error>((resolve) => (markLost = resolve))

  await new Promise<void>((resolve, reject) => {
    worker.on('message', (message: ThreadMessage) => {
      if (message.type === 'ready') resolve()
      else if (message.type === 'failed') reject(new Error(`Không mở được cơ sở dữ liệu nhúng: ${message.message}`))
      else if (message.type === 'dump') {
        const waiting = dumps.get(message.id)
        dumps.delete(message.id)
        if (message.bytes) waiting?.resolve(Buffer.from(message.bytes))
        else waiting?.reject(new Error(`Không sao lưu được cơ sở dữ liệu nhúng: ${message.message}`))
      } else if (message.type === 'closed') closed?.()
    })
    worker.on('error', (error) => {
      reject(error)
      console.error(`Luồng cơ sở dữ liệu nhúng bị lỗi: ${error.message}`)
    })
    worker.on('exit', (code) => {
      stopped = true
      removeSocketDir()
      const error = new Error(`Luồng cơ sở dữ liệu nhúng dừng (mã ${code})`)
      reject(error)
      if (!closed) markLost(error)
      for (const waiting of dumps.values()) waiting.reject(new Error('Luồng cơ sở dữ liệu nhúng đã dừng'))
      dumps.clear()
      closed?.()
    })
  }).catch((error: Error) => {
    void worker.terminate()
    removeSocketDir()
    throw error
  })

  return {
    socketDir,
    lost,
    dumpDataDir: () =>
      new Promise<Buffer>((resolve, reject) => {
        if (stopped) return reject(new Error('Luồng cơ sở dữ liệu nhúng đã dừng'))
        const id = nextDump++
        dumps.set(id, { resolve, reject })
        send({ type: 'dump', id })
      }),
    close: async () => {
      if (stopped) return
      await new Promise<void>((resolve) => {
        closed = resolve
        send({ type: 'close' })
      })
      await worker.terminate()
      removeSocketDir()
    },
  }
}
