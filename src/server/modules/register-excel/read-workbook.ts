// Opens an uploaded workbook and finds the register's rows: the sheet "Sổ thụ lý" (or the
// first sheet), its header row, and every non-empty row below it with the Excel row number.
import ExcelJS from 'exceljs'
import { IMPORT_MAX_ROWS } from '@/shared/api/register-excel.ts'
import { formatNumber } from '@/shared/format.ts'
import { AppError } from '../../platform/app-error.ts'
import { isBlank, plainOf, readDate, readText, type Plain } from './cells.ts'
import { columnForHeader, headerText, IMPORT_COLUMNS, IMPORT_SHEET, type ImportColumnKey } from './columns.ts'

export type CellContent = Plain | { error: string }

export type SheetRow = { row: number; cells: Partial<Record<ImportColumnKey, CellContent>> }

export type ImportSheet = {
  workbook: ExcelJS.Workbook
  sheet: ExcelJS.Worksheet
  headerRow: number
  /** The sheet column (1-based) of each recognised header. */
  columns: Map<ImportColumnKey, number>
  rows: SheetRow[]
}

const invalid = (message: string) => new AppError('IMPORT_FILE_INVALID', message)

// Enough rows to skip a title or a note the user put above the headers.
const HEADER_SEARCH_ROWS = 10

export const loadWorkbook = async (buffer: Buffer): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook()
  try {
    // Data validations over whole columns expand to a million cells in exceljs; the import never needs them.
    await workbook.xlsx.load(buffer as never, { ignoreNodes: ['dataValidations'] })
  } catch {
    throw invalid('Không đọc được tệp. Hãy gửi tệp Excel dạng .xlsx (tải mẫu tại nút "Tải tệp mẫu")')
  }
  return workbook
}

const findHeader = (sheet: ExcelJS.Worksheet) => {
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); r++) {
    const columns = new Map<ImportColumnKey, number>()
    sheet.getRow(r).eachCell((cell, col) => {
      const text = readText(plainOf(cell.value))
      const column = text.ok ? columnForHeader(text.value) : undefined
      if (column && !columns.has(column.key)) columns.set(column.key, col)
    })
    if (columns.size >= 3) return { headerRow: r, columns }
  }
  return null
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

export const readImportSheet = async (buffer: Buffer): Promise<ImportSheet> => {
  const workbook = await loadWorkbook(buffer)
  const sheet = workbook.getWorksheet(IMPORT_SHEET) ?? workbook.worksheets[0]
  if (!sheet) throw invalid('Tệp không có trang tính nào')
  const header = findHeader(sheet)
  if (!header) throw invalid(`Không tìm thấy dòng tiêu đề cột trong trang "${sheet.name}". Hãy dùng tệp mẫu và giữ nguyên tên các cột`)
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !header.columns.has(c.key))
  if (missing.length > 0) throw invalid(`Tệp thiếu cột bắt buộc: ${missing.map((c) => `"${headerText(c)}"`).join(', ')}`)

  const rows: SheetRow[] = []
  // Only rows that exist in the file: a sheet formatted down to row 1,048,576 is not walked cell by cell.
  sheet.eachRow((row, r) => {
    if (r <= header.headerRow) return
    const cells: SheetRow['cells'] = {}
    for (const [key, col] of header.columns) cells[key] = plainOf(row.getCell(col).value)
    if (Object.values(cells).every((v) => isBlank(v)) || isExampleRow(cells)) return
    rows.push({ row: r, cells })
    if (rows.length > IMPORT_MAX_ROWS) throw invalid(`Tệp có quá nhiều dòng: mỗi lần nhập tối đa ${formatNumber(IMPORT_MAX_ROWS)} dòng; hãy chia thành nhiều tệp`)
  })
  if (rows.length === 0) throw invalid(`Trang "${sheet.name}" chưa có dòng dữ liệu nào dưới dòng tiêu đề`)

  return { workbook, sheet, ...header, rows }
}
