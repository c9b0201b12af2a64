// The import sheet's dropdowns (the look every workbook shares is in platform/excel.ts).
import type ExcelJS from 'exceljs'
import { KIND_CHOICES, SOURCE_CHOICES, type ImportColumnKey } from './columns.ts'

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
