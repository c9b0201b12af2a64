// The uploaded workbook handed back with a "Lỗi" column: each failing row's problems in
// words, the row's error cell and the cells at fault filled red. The user fixes the rows
// and sends the same file again; the reader ignores the "Lỗi" column.
import type ExcelJS from 'exceljs'
import { ERROR_HEADER, headerKey, IMPORT_COLUMNS, type ImportColumnKey } from './columns.ts'
import type { ImportSheet } from './read-workbook.ts'
import type { RowProblem } from './row-input.ts'
import { ERROR_FILL, ERROR_FONT } from '../../platform/excel.ts'
import { addImportDropdowns } from './sheet-style.ts'

const HEADERS = new Map(IMPORT_COLUMNS.map((c) => [c.key, c.header]))

export const describeProblems = (problems: RowProblem[]): string =>
  problems.map((p) => (p.column ? `${HEADERS.get(p.column)}: ${p.message}` : p.message)).join('\n')

/** The column already called "Lỗi" (a report sent back), or the first one after the last used. */
const errorColumn = (sheet: ExcelJS.Worksheet, headerRow: number): number => {
  let found: number | null = null
  sheet.getRow(headerRow).eachCell((cell, col) => {
    if (typeof cell.value === 'string' && headerKey(cell.value) === headerKey(ERROR_HEADER)) found = col
  })
  return found ?? sheet.columnCount + 1
}

const NO_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'none' }

/** Red left by an earlier report, and only that: the user's own colours stay. */
const isOurFill = (fill: ExcelJS.Fill | undefined): boolean =>
  fill?.type === 'pattern' && fill.fgColor?.argb === (ERROR_FILL as ExcelJS.FillPattern).fgColor?.argb

export const writeErrorReport = async (sheet: ImportSheet, problems: Map<number, RowProblem[]>): Promise<Buffer> => {
  const { workbook, sheet: ws, headerRow, columns } = sheet
  const col = errorColumn(ws, headerRow)
  const header = ws.getRow(headerRow).getCell(col)
  header.value = ERROR_HEADER
  header.font = { bold: true, ...ERROR_FONT }
  ws.getColumn(col).width = 60

  for (const { row } of sheet.rows) {
    const cell = ws.getRow(row).getCell(col)
    const found = problems.get(row)
    for (const at of columns.values())
      if (isOurFill(ws.getRow(row).getCell(at).fill)) ws.getRow(row).getCell(at).fill = NO_FILL
    if (!found) {
      // A report sent back again: rows now correct lose their old message.
      cell.value = null
      cell.style = {}
      continue
    }
    cell.value = describeProblems(found)
    cell.fill = ERROR_FILL
    cell.font = ERROR_FONT
    cell.alignment = { wrapText: true, vertical: 'top' }
    for (const key of new Set(found.map((p) => p.column).filter((c): c is ImportColumnKey => c !== null))) {
      const at = columns.get(key)
      if (at !== undefined) ws.getRow(row).getCell(at).fill = ERROR_FILL
    }
  }
  // Validations were not read back (see loadWorkbook); the dropdowns are put back on.
  const last = Math.max(ws.rowCount, headerRow + 1)
  addImportDropdowns(ws, columns, headerRow + 1, last)

  return Buffer.from(await workbook.xlsx.writeBuffer())
}
