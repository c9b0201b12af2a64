// The register's rows on a sheet, however the sheet is read (streamed in stream-sheet.ts, or
// loaded whole for the error report): the header row found by its column names, and every
// non-empty row below it with its Excel row number, the template's example row skipped.
import type { CellValue } from 'exceljs'
import { AppError } from '../../platform/app-error.ts'
import { isBlank, plainOf, readDate, readText, type Plain } from './cells.ts'
import { columnForHeader, headerText, IMPORT_COLUMNS, type ImportColumnKey } from './columns.ts'

export type CellContent = Plain | { error: string }

export type SheetRow = { row: number; cells: Partial<Record<ImportColumnKey, CellContent>> }

export type SheetHeader = {
  headerRow: number
  /** The sheet column (1-based) of each recognised header. */
  columns: Map<ImportColumnKey, number>
}

/** Enough rows to skip a title or a note the user put above the headers. */
export const HEADER_SEARCH_ROWS = 10

type CellsOf = { number: number; eachCell: (callback: (cell: { value: CellValue }, col: number) => void) => void }

const invalid = (message: string) => new AppError('IMPORT_FILE_INVALID', message)

/** The row's recognised headers, when it has at least three of them. */
export const headerOf = (row: CellsOf): SheetHeader | null => {
  const columns = new Map<ImportColumnKey, number>()
  row.eachCell((cell, col) => {
    const text = readText(plainOf(cell.value))
    const column = text.ok ? columnForHeader(text.value) : undefined
    if (column && !columns.has(column.key)) columns.set(column.key, col)
  })
  return columns.size >= 3 ? { headerRow: row.number, columns } : null
}

export const noHeader = (sheetName: string) =>
  invalid(`Không tìm thấy dòng tiêu đề cột trong trang "${sheetName}". Hãy dùng tệp mẫu và giữ nguyên tên các cột`)

export const noRows = (sheetName: string) => invalid(`Trang "${sheetName}" chưa có dòng dữ liệu nào dưới dòng tiêu đề`)

export const missingColumns = (header: SheetHeader): AppError | null => {
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !header.columns.has(c.key))
  return missing.length > 0
    ? invalid(`Tệp thiếu cột bắt buộc: ${missing.map((c) => `"${headerText(c)}"`).join(', ')}`)
    : null
}

/** The template's example row, left as it was: skipped, so the user need not delete it. */
const isExampleRow = (cells: SheetRow['cells']): boolean =>
  IMPORT_COLUMNS.every((column) => {
    const value = cells[column.key] ?? null
    if (column.example instanceof Date) {
      const day = readDate(value)
      return day.ok && day.value === column.example.toISOString().slice(0, 10)
    }
    const text = readText(value)
    return text.ok && text.value === String(column.example)
  })

/** A data row's cells under the recognised headers; null for a blank row or the example row. */
export const importRowOf = (
  row: number,
  columns: SheetHeader['columns'],
  valueAt: (col: number) => CellContent,
): SheetRow | null => {
  const cells: SheetRow['cells'] = {}
  for (const [key, col] of columns) cells[key] = valueAt(col)
  if (Object.values(cells).every((v) => isBlank(v)) || isExampleRow(cells)) return null
  return { row, cells }
}
