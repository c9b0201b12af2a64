// The look shared by every workbook kiemsat writes: a bold, filled, frozen header row,
// dates shown dd/mm/yyyy, and the import sheet's dropdowns.
import type ExcelJS from 'exceljs'
import { KIND_CHOICES, SOURCE_CHOICES, type ImportColumnKey } from './columns.ts'

export const DATE_FORMAT = 'dd/mm/yyyy'
export const TEXT_FORMAT = '@'

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } }
/** Excel's own "Bad" style: light red fill, dark red text. */
export const ERROR_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } }
export const ERROR_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF9C0006' } }

export const styleHeaderRow = (sheet: ExcelJS.Worksheet, row = 1): void => {
  const header = sheet.getRow(row)
  header.font = { bold: true }
  header.alignment = { vertical: 'middle', wrapText: true }
  header.height = 32
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8EA9C1' } } }
  })
  sheet.views = [{ state: 'frozen', ySplit: row, activeCell: `A${row + 1}` }]
}

/** A calendar day as Excel stores it: midnight of that day, read back as the same day anywhere. */
export const excelDate = (iso: string | null): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null)

type Validations = { add: (range: string, validation: ExcelJS.DataValidation) => void }

const LISTS: Partial<Record<ImportColumnKey, readonly string[]>> = { kind: KIND_CHOICES, source: SOURCE_CHOICES }

/** Dropdowns on "Loại vụ việc" and "Nguồn tin", over the rows a user is likely to fill. */
export const addImportDropdowns = (
  sheet: ExcelJS.Worksheet,
  columns: Map<ImportColumnKey, number>,
  firstRow: number,
  lastRow: number,
): void => {
  // exceljs keeps data validations at run time but leaves them out of its typings.
  const validations = (sheet as unknown as { dataValidations: Validations }).dataValidations
  for (const [key, list] of Object.entries(LISTS) as [ImportColumnKey, readonly string[]][]) {
    const col = columns.get(key)
    if (col === undefined) continue
    const letter = sheet.getColumn(col).letter
    validations.add(`${letter}${firstRow}:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${list.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Giá trị không hợp lệ',
      error: `Chọn một trong: ${list.join(', ')}`,
    })
  }
}
