// One process at a time on an embedded database's data folder. PGlite runs PostgreSQL in
// single-user mode inside WebAssembly, where PostgreSQL's own postmaster.pid check cannot see
// another process: two servers on one folder both start, hand out the same ids, and one side's
// acknowledged writes are lost. The lock is a file beside the folder (`<folder>.lock`, so that
// it is neither in a backup of the folder nor in the way of "restore into an empty folder"),
// created atomically (O_CREAT | O_EXCL), holding the holder's PID, the start time of that PID
// (so that a PID reused by another process after a crash is not taken for the holder) and host.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'

export type LockHolder = { pid: number; startTime: string | null; host: string; since: string; command: string }

export class DataFolderLockedError extends Error {
  readonly code = 'DATA_FOLDER_LOCKED'
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `Thư mục dữ liệu ${dataDir} đang được một tiến trình kiemsat khác sử dụng (PID ${holder.pid} trên máy ${holder.host}, ` +
        `lệnh "${holder.command}", từ ${holder.since}). Hai tiến trình trên cùng một thư mục dữ liệu sẽ làm mất dữ liệu: ` +
        'hãy dừng tiến trình đó trước (hoặc dùng giao diện web của máy chủ đang chạy).',
    )
  }
}

export const lockFileOf = (dataDir: string): string => {
  const folder = resolve(dataDir)
  return join(dirname(folder), `${basename(folder)}.lock`)
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot; null off Linux. */
const startTimeOf = (pid: number): string | null => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (field 2) is in parentheses and may contain spaces: count after its end.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null
  } catch {
    return null
  }
}

/** Whether a process with this PID exists on this host (EPERM: it exists, owned by another user). */
export const isProcessRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const readHolder = (file: string): LockHolder | null => {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as LockHolder
    return Number.isInteger(holder.pid) ? holder : null
  } catch {
    return null
  }
}

/**
 * A lock is stale when its holder is gone: on this host, no process with that PID, or one that
 * started at another time (the PID was reused). A lock from another host (a shared folder) is
 * never taken for stale: this host cannot see that process.
 */
export const isStale = (holder: LockHolder | null, thisHost = hostname()): boolean => {
  if (!holder) return true
  if (holder.host !== thisHost) return false
  if (!isProcessRunning(holder.pid)) return true
  return holder.startTime !== null && startTimeOf(holder.pid) !== holder.startTime
}

export type DataFolderLock = { file: string; release: () => void }

export const lockDataFolder = (
  dataDir: string,
  command = process.argv.slice(2).join(' ') || 'kiemsat',
): DataFolderLock => {
  const file = lockFileOf(dataDir)
  const me: LockHolder = {
    pid: process.pid,
    startTime: startTimeOf(process.pid),
    host: hostname(),
    since: new Date().toISOString(),
    command,
  }
  const content = JSON.stringify(me)
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600)
      writeSync(fd, content)
      closeSync(fd)
      let released = false
      const release = () => {
        if (released) return
        released = true
        process.off('exit', release)
        // Only our own lock: never one that another process took after us.
        if (readHolder(file)?.pid === me.pid) unlinkSync(file)
      }
      process.on('exit', release)
      return { file, release }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = readHolder(file)
      if (holder?.pid === process.pid && holder.host === me.host)
        throw new DataFolderLockedError(resolve(dataDir), holder)
      if (!isStale(holder)) throw new DataFolderLockedError(resolve(dataDir), holder!)
      // Left by a process that died (kill -9, power loss): remove it and try again.
      try {
        unlinkSync(file)
      } catch {}
    }
  }
  throw new DataFolderLockedError(resolve(dataDir), readHolder(file) ?? me)
}
