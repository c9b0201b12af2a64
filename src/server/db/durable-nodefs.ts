// A data folder that keeps what PostgreSQL was told is on the disk.
//
// Emscripten's NODEFS (the file system PGlite 0.5 mounts on a host folder) maps reads and writes
// to the host file but has no `fsync` stream operation: PostgreSQL's fsync() returned success
// without the host ever syncing, so a committed transaction could sit in the operating system's
// cache and be lost with the power (it survives `kill -9`, since the cache outlives the process).
// This file system adds the operation: fsync() of a file or a folder becomes the host's fsync(2)
// of the same descriptor.
import { fsyncSync } from 'node:fs'
import type { NodeFS } from '@electric-sql/pglite/nodefs'

type NodeFsClass = typeof NodeFS
type InitArgs = Parameters<InstanceType<NodeFsClass>['init']>

/** `sync` is the host's fsync; a test passes one that counts. */
export const durableNodeFs = (
  Base: NodeFsClass,
  dataDir: string,
  sync: (fd: number) => void = fsyncSync,
): InstanceType<NodeFsClass> => {
  class DurableNodeFS extends Base {
    override async init(...[pg, opts]: InitArgs) {
      const { emscriptenOpts } = await super.init(pg, opts)
      const addFsync = (mod: { NODEFS: { stream_ops: Record<string, unknown> } }) => {
        mod.NODEFS.stream_ops.fsync = (stream: { nfd: number }) => {
          sync(stream.nfd)
          return 0
        }
      }
      return { emscriptenOpts: { ...emscriptenOpts, preRun: [...(emscriptenOpts.preRun ?? []), addFsync as never] } }
    }
  }
  return new DurableNodeFS(dataDir)
}

/**
 * PostgreSQL's start parameters. PGlite's defaults start the backend with `-F` (fsync off).
 * Durable: without `-F`, with synchronous_commit on, PostgreSQL syncs the WAL at every commit and
 * the data files at every checkpoint. The WAL is synced with fsync(): under Emscripten
 * fdatasync() is a no-op that never reaches the file system (`__syscall_fdatasync` returns 0),
 * whereas fsync() goes through the file system's `fsync` operation that durableNodeFs supplies.
 */
export const pgliteStartParams = (defaults: readonly string[], sharedBuffers: string, durable: boolean): string[] => [
  ...defaults.filter((param) => !(durable && param === '-F')),
  ...(durable ? ['-c', 'fsync=on', '-c', 'synchronous_commit=on', '-c', 'wal_sync_method=fsync'] : []),
  '-c',
  `shared_buffers=${sharedBuffers}`,
]
