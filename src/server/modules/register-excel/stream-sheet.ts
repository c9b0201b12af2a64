// Reads the register's rows out of an uploaded workbook as a stream: the archive's entries come
// from zip-guard.ts (declared sizes checked first, inflated bytes counted as they come), and
// exceljs's streaming parsers turn the one sheet the import reads into rows one at a time. The
// row limit and the byte limits stop the read at the first row or byte over them, before the
// rest of the sheet is inflated or any further row is built; nothing of the sheet is held but
// the rows kept. Runs in the import's worker thread (workbook-thread.ts).
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { formatNumber } from '@/shared/format.ts'
import { AppError } from '../../platform/app-error.ts'
import { plainOf } from './cells.ts'
import { IMPORT_SHEET } from './columns.ts'
import {
  headerOf,
  HEADER_SEARCH_ROWS,
  importRowOf,
  missingColumns,
  noHeader,
  noRows,
  type SheetHeader,
  type SheetRow,
} from './sheet-rows.ts'
import {
  inflateBudget,
  openEntry,
  SHARED_STRINGS,
  zipEntries,
  type WorkbookLimits,
  type ZipEntry,
} from './zip-guard.ts'

/** What the import needs of a workbook, plain data, so that it crosses from the worker thread. */
export type ImportRows = SheetHeader & { sheetName: string; rows: SheetRow[]; inflatedBytes: number }

type StreamedRow = {
  number: number
  getCell: (col: number) => { value: ExcelJS.CellValue }
  eachCell: (callback: (cell: { value: ExcelJS.CellValue }, col: number) => void) => void
}

/** The parts of exceljs's streaming WorkbookReader (lib/stream/xlsx/workbook-reader.js, 4.4) driven here entry by entry. */
type StreamingReader = {
  _parseRels: (entry: Readable) => Promise<void>
  _parseWorkbook: (entry: Readable) => Promise<void>
  _parseSharedStrings: (entry: Readable) => AsyncGenerator<unknown>
  _parseStyles: (entry: Readable) => Promise<void>
  _parseWorksheet: (
    iterator: AsyncIterable<unknown>,
    sheetNo: string,
  ) => Generator<{ eventType: string; value: AsyncIterable<StreamedRow> }>
  workbookRels?: { Id: string; Target: string }[]
  model?: { sheets?: { name: string; rId: string }[] }
}

const invalid = (message: string) => new AppError('IMPORT_FILE_INVALID', message)
const unreadable = () => invalid('Không đọc được tệp. Hãy gửi tệp Excel dạng .xlsx (tải mẫu tại nút "Tải tệp mẫu")')

export const tooManyRows = (limits: WorkbookLimits) =>
  new AppError(
    'IMPORT_TOO_MANY_ROWS',
    `Tệp có quá nhiều dòng: mỗi lần nhập tối đa ${formatNumber(limits.maxRows)} dòng; hãy chia thành nhiều tệp`,
  )

/** A relationship's target, relative to xl/ or absolute ("/xl/worksheets/sheet1.xml"), as an entry name. */
const entryNameOf = (target: string): string =>
  target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`

/** The import's sheet ("Sổ thụ lý", or the first), as exceljs's full reader chooses it. */
const chooseSheet = (reader: StreamingReader, entries: Map<string, ZipEntry>) => {
  const sheets = reader.model?.sheets ?? []
  const sheet = sheets.find((s) => s.name === IMPORT_SHEET) ?? sheets[0]
  if (!sheet) throw invalid('Tệp không có trang tính nào')
  const target = reader.workbookRels?.find((rel) => rel.Id === sheet.rId)?.Target
  const entry = target ? entries.get(entryNameOf(target)) : undefined
  if (!entry) throw unreadable()
  return { name: sheet.name, entry }
}

/** `budget` only to let a test see how far the read got. */
export const streamImportRows = async (
  zip: Buffer,
  limits: WorkbookLimits,
  budget = inflateBudget(limits),
): Promise<ImportRows> => {
  const entries = zipEntries(zip, limits)
  const open = (name: string) => {
    const entry = entries.get(name)
    return entry ? openEntry(zip, entry, budget) : null
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    sharedStrings: 'cache',
    // Styles tell a date from a number (a cell's number format); hyperlinks are read as their text.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  }) as unknown as StreamingReader

  // The entries in the order the sheet needs them, whatever their order in the archive: exceljs's
  // own loop would spool a sheet that comes before the shared strings to a temporary file.
  const rels = open('xl/_rels/workbook.xml.rels')
  const book = open('xl/workbook.xml')
  if (!rels || !book) throw unreadable()
  await guarded(() => reader._parseRels(rels))
  await guarded(() => reader._parseWorkbook(book))
  const strings = open(SHARED_STRINGS)
  if (strings)
    await guarded(async () => {
      for await (const _ of reader._parseSharedStrings(strings));
    })
  const styles = open('xl/styles.xml')
  if (styles) await guarded(() => reader._parseStyles(styles))

  const { name, entry } = chooseSheet(reader, entries)
  const sheetStream = openEntry(zip, entry, budget)
  const [emitted] = [...reader._parseWorksheet(sheetStream, '1')]
  if (!emitted) throw unreadable()

  let header: SheetHeader | null = null
  const rows: SheetRow[] = []
  await guarded(async () => {
    try {
      for await (const row of emitted.value) {
        const valueAt = (col: number) => plainOf(row.getCell(col).value)
        if (!header) {
          // Rows above the header (a title, a note) are skipped; the header is in the first ten.
          if (row.number > HEADER_SEARCH_ROWS) break
          header = headerOf(row)
          continue
        }
        const kept = importRowOf(row.number, header.columns, valueAt)
        if (!kept) continue
        rows.push(kept)
        if (rows.length > limits.maxRows) throw tooManyRows(limits)
      }
    } finally {
      sheetStream.destroy()
    }
  })
  if (!header) throw noHeader(name)
  const missing = missingColumns(header)
  if (missing) throw missing
  if (rows.length === 0) throw noRows(name)
  return { sheetName: name, ...(header as SheetHeader), rows, inflatedBytes: budget.inflated }
}

/** Our own refusals pass through; anything else a parser throws means a broken file. */
const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work()
  } catch (error) {
    if (error instanceof AppError) throw error
    throw unreadable()
  }
}
