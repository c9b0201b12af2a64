// The whole workbook in memory, for the error report only: the report hands back the user's
// own file with a "Lỗi" column, so every part of it must be kept. It runs in the import's worker
// thread, after stream-sheet.ts has read the same file within the limits (so what is loaded
// here is bounded), and the worker's own heap limit stops anything that still grows too big.
import ExcelJS from 'exceljs'
import { AppError } from '../../platform/app-error.ts'
import type { SheetHeader, SheetRow } from './sheet-rows.ts'

export type { SheetRow } from './sheet-rows.ts'

export type ImportSheet = SheetHeader & {
  workbook: ExcelJS.Workbook
  sheet: ExcelJS.Worksheet
  rows: Pick<SheetRow, 'row'>[]
}

export const loadWorkbook = async (buffer: Buffer): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook()
  try {
    // Data validations over whole columns expand to a million cells in exceljs; the import never needs them.
    await workbook.xlsx.load(buffer as never, { ignoreNodes: ['dataValidations'] })
  } catch {
    throw new AppError(
      'IMPORT_FILE_INVALID',
      'Không đọc được tệp. Hãy gửi tệp Excel dạng .xlsx (tải mẫu tại nút "Tải tệp mẫu")',
    )
  }
  return workbook
}

/** The loaded workbook with the sheet, header and rows the streamed read found in it. */
export const reportSheetOf = (
  workbook: ExcelJS.Workbook,
  found: SheetHeader & { sheetName: string; rows: Pick<SheetRow, 'row'>[] },
): ImportSheet => {
  const sheet = workbook.getWorksheet(found.sheetName)
  if (!sheet)
    throw new AppError(
      'IMPORT_FILE_INVALID',
      'Không đọc được tệp. Hãy gửi tệp Excel dạng .xlsx (tải mẫu tại nút "Tải tệp mẫu")',
    )
  return { workbook, sheet, headerRow: found.headerRow, columns: found.columns, rows: found.rows }
}
