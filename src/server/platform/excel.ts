// The look shared by every workbook kiemsat writes (the register's import, template and export,
// the indicators' drill-down lists, and the documents to come): a bold, filled, frozen header
// row, dates shown dd/mm/yyyy, Excel's own "Bad" style for a cell in error.
import type ExcelJS from 'exceljs'

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
