// Excel in and out of the register: importing an existing register from a workbook, and
// exporting any list of matters or deadlines. Shared by the server routes and the web app.
import { z } from 'zod'
import { DeadlineQuery, MatterQuery } from './register.ts'

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** A workbook larger than this is refused before it is read (413). */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024
/** Rows one import may carry; a bigger register is imported in several files. */
export const IMPORT_MAX_ROWS = 50_000
/** Rows one export may carry; a bigger list must be narrowed by its filters. */
export const EXPORT_MAX_ROWS = 50_000

export const ImportQuery = z.object({
  /** true: check every row and answer, writing nothing. */
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** 'xlsx': answer the uploaded workbook with a "Lỗi" column filled for each failing row (never writes). */
  report: z.enum(['xlsx']).optional(),
})

/** On a dry run, `imported` is the number of rows that would be imported. */
export const ImportResult = z.object({ imported: z.number().int(), dryRun: z.boolean() })
export type ImportResult = z.infer<typeof ImportResult>

/** The filters of GET /api/matters, without paging: an export carries every page. */
export const MatterExportQuery = MatterQuery.omit({ page: true, pageSize: true })
export const DeadlineExportQuery = DeadlineQuery.omit({ page: true, pageSize: true })

/** Row problems come back as ApiErrorBody details with paths like 'row 12.Ngày thụ lý'. */
export const IMPORT_ROW_PATH = /^row (\d+)(?:\.(.+))?$/

export const importProblemPath = (row: number, column: string | null): string =>
  column ? `row ${row}.${column}` : `row ${row}`

export const parseImportProblemPath = (path: string): { row: number; column: string | null } | null => {
  const match = IMPORT_ROW_PATH.exec(path)
  return match ? { row: Number(match[1]), column: match[2] ?? null } : null
}
