// Runs each workbook read in a worker thread of its own (workbook-thread.ts) with a heap limit and
// a time limit: the HTTP thread keeps answering while a sheet is parsed, and a file that exhausts
// the worker's memory or time ends that worker only, answered with a Vietnamese error. A thread
// serves one task and is thrown away; loading exceljs and the module in a thread takes 1–2 s, so
// once the server has imported a file one spare thread is kept loaded for the next.
import { Worker } from 'node:worker_threads'
import { formatNumber } from '@/shared/format.ts'
import { AppError } from '../../platform/app-error.ts'
import type { RowProblem } from './row-input.ts'
import type { ImportRows } from './stream-sheet.ts'
import type { ThreadAnswer, ThreadTask } from './workbook-thread.ts'
import { zipEntries, type WorkbookLimits } from './zip-guard.ts'

export type WorkbookReaderOptions = {
  limits: WorkbookLimits
  /** The worker's V8 old generation (resourceLimits.maxOldGenerationSizeMb). */
  heapMb: number
  /** A read that takes longer is stopped (the worker terminated); counted from when the task is handed over. */
  timeoutMs: number
  /** The thread's script; another only in tests of this host. */
  entry?: URL
}

export type WorkbookReader = {
  /** The import's sheet, header and rows, within the limits. */
  read: (zip: Buffer) => Promise<ImportRows>
  /** The uploaded workbook with the problems written in (error-report.ts). */
  report: (
    zip: Buffer,
    found: Extract<ThreadTask, { kind: 'report' }>['found'],
    problems: Map<number, RowProblem[]>,
  ) => Promise<Buffer>
  /** Ends the spare thread (the server is closing). */
  close: () => Promise<void>
}

const outOfMemory = (heapMb: number) =>
  new AppError(
    'IMPORT_TOO_LARGE',
    `Tệp quá lớn để đọc: việc đọc tệp đã vượt quá ${formatNumber(heapMb)} MB bộ nhớ dành cho một lần nhập. Hãy chia sổ thụ lý thành nhiều tệp nhỏ hơn`,
  )

const tooSlow = (timeoutMs: number) =>
  new AppError(
    'IMPORT_TOO_SLOW',
    `Đọc tệp quá lâu: một lần nhập được đọc tệp tối đa ${formatNumber(timeoutMs / 1000)} giây. Hãy chia sổ thụ lý thành nhiều tệp nhỏ hơn`,
  )

type Loaded = { worker: Worker; failure: Promise<Error> }

export const createWorkbookReader = ({
  limits,
  heapMb,
  timeoutMs,
  entry = new URL('./workbook-thread.mjs', import.meta.url),
}: WorkbookReaderOptions): WorkbookReader => {
  /** A thread with its modules loaded, or the error it died of (remembered, as 'error' fires once). */
  const load = (): Promise<Loaded> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(entry, { resourceLimits: { maxOldGenerationSizeMb: heapMb } })
      // A spare thread alone does not keep the process alive.
      worker.unref()
      const failure = new Promise<Error>((settle) => {
        worker.once('error', (error: Error & { code?: string }) =>
          settle(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(heapMb) : error),
        )
        worker.once('exit', (code) => settle(new Error(`workbook thread exited (${code}) without an answer`)))
      })
      void failure.then(reject)
      worker.once('message', () => resolve({ worker, failure }))
    })

  let spare: Promise<Loaded> | null = null
  let closed = false
  const take = (): Promise<Loaded> => {
    const taken = spare ?? load()
    spare = null
    if (!closed) {
      const next = load()
      spare = next
      // An unused spare that failed (out of memory while loading, say) is replaced at the next take.
      next.catch(() => {
        if (spare === next) spare = null
      })
    }
    return taken
  }

  const run = async (task: ThreadTask): Promise<ThreadAnswer & { ok: true }> => {
    // The central directory's entries and declared sizes cost microseconds to check: a file that
    // declares too much is refused here, before a thread is taken (the thread checks them again).
    zipEntries(Buffer.from(task.zip.buffer, task.zip.byteOffset, task.zip.byteLength), task.limits)
    const { worker, failure } = await take()
    worker.ref()
    let timer: NodeJS.Timeout | undefined
    try {
      const answer = await Promise.race([
        new Promise<ThreadAnswer>((resolve) => {
          worker.once('message', resolve)
          worker.postMessage(task)
        }),
        failure.then((error) => Promise.reject(error)),
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(tooSlow(timeoutMs)), timeoutMs))),
      ])
      if (answer.ok) return answer
      if (answer.code) throw new AppError(answer.code, answer.message, 'details' in answer ? answer.details : undefined)
      throw new Error(`workbook thread failed: ${answer.message}`)
    } finally {
      clearTimeout(timer)
      void worker.terminate()
    }
  }

  return {
    read: async (zip) => {
      const answer = await run({ kind: 'read', zip, limits })
      if (!('rows' in answer)) throw new Error('workbook thread answered no rows')
      return answer.rows
    },
    report: async (zip, found, problems) => {
      const answer = await run({ kind: 'report', zip, limits, found, problems })
      if (!('report' in answer)) throw new Error('workbook thread answered no report')
      return Buffer.from(answer.report.buffer, answer.report.byteOffset, answer.report.byteLength)
    },
    close: async () => {
      closed = true
      const left = spare
      spare = null
      if (left) await left.then(({ worker }) => worker.terminate()).catch(() => {})
    },
  }
}
