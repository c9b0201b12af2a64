// One uploaded workbook read in a worker thread of its own (started by workbook-host.ts through
// workbook-thread.mjs): parsing a sheet is synchronous JavaScript, which on the HTTP thread held
// every other request (~4 s for one bomb upload, issue 10), and a workbook that still grows too
// big stops at this thread's heap limit, not the server's. One task per thread, so no import
// sees what another left in memory: the thread loads its modules, says 'ready', takes one task
// and answers it. The answer is plain data (structured clone); an AppError travels as its code,
// message and details.
import { parentPort } from 'node:worker_threads'
import { AppError, type ErrorCode, type ErrorDetail } from '../../platform/app-error.ts'
import { writeErrorReport } from './error-report.ts'
import { loadWorkbook, reportSheetOf } from './read-workbook.ts'
import type { RowProblem } from './row-input.ts'
import { streamImportRows, type ImportRows } from './stream-sheet.ts'
import { checkWholeArchive, type WorkbookLimits } from './zip-guard.ts'

export type ThreadTask =
  | { kind: 'read'; zip: Uint8Array; limits: WorkbookLimits }
  | {
      kind: 'report'
      zip: Uint8Array
      limits: WorkbookLimits
      found: Pick<ImportRows, 'sheetName' | 'headerRow' | 'columns'> & { rows: { row: number }[] }
      problems: Map<number, RowProblem[]>
    }

export type ThreadAnswer =
  | { ok: true; rows: ImportRows }
  | { ok: true; report: Uint8Array }
  | { ok: false; code: ErrorCode; message: string; details?: ErrorDetail[] }
  | { ok: false; code: null; message: string }

const run = async (task: ThreadTask): Promise<ThreadAnswer> => {
  const zip = Buffer.from(task.zip.buffer, task.zip.byteOffset, task.zip.byteLength)
  if (task.kind === 'read') return { ok: true, rows: await streamImportRows(zip, task.limits) }
  await checkWholeArchive(zip, task.limits)
  const sheet = reportSheetOf(await loadWorkbook(zip), task.found)
  return { ok: true, report: await writeErrorReport(sheet, task.problems) }
}

parentPort!.once('message', async (task: ThreadTask) => {
  const answer = await run(task).catch(
    (error: unknown): ThreadAnswer =>
      error instanceof AppError
        ? {
            ok: false,
            code: error.code,
            message: error.userMessage,
            ...(error.details ? { details: error.details } : {}),
          }
        : { ok: false, code: null, message: error instanceof Error ? (error.stack ?? error.message) : String(error) },
  )
  parentPort!.postMessage(answer)
})
parentPort!.postMessage('ready')
