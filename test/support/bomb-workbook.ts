// Workbooks that attack the import (issue 10): the "bomb" (a small upload whose sheet inflates to
// hundreds of MB: rows × 12 cells of 200 characters, inline strings under the template's headers),
// written with exceljs's streaming WorkbookWriter so that even the 510 MB sheet is never
// held in memory; and zips forged to lie about their sizes or to hold thousands of entries.
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { headerText, IMPORT_COLUMNS, IMPORT_SHEET } from '@/server/modules/register-excel/columns.ts'

export type BombShape = { rows: number; cells?: number; chars?: number }

/**
 * A cell of `chars` characters: a repeated run led by a short code that changes with the row and
 * the column, so that the sheet deflates about 65 : 1, near the file (6 MB for 510 MB).
 */
const cellText = (row: number, col: number, chars: number): string => {
  const varying = ((row * 7919) % 1296).toString(36).padStart(2, '0') + String(col % 2)
  return `${varying} ${'Vu viec mau '.repeat(Math.ceil(chars / 12))}`.slice(0, chars)
}

/** Writes the bomb to `file` row by row (exceljs's streaming writer; inline strings, as the file). */
export const writeBomb = async (file: string, { rows, cells = 12, chars = 200 }: BombShape): Promise<void> => {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: false,
    useStyles: false,
    zip: { zlib: { level: 9 } },
  } as never)
  const sheet = book.addWorksheet(IMPORT_SHEET)
  sheet.addRow(IMPORT_COLUMNS.slice(0, cells).map(headerText)).commit()
  for (let r = 0; r < rows; r++) {
    const values = Array.from({ length: cells }, (_, c) => cellText(r, c, chars))
    sheet.addRow(values).commit()
  }
  sheet.commit()
  await book.commit()
}

/** The bomb, built once per shape and kept in the temporary folder (the takes about a minute). */
export const cachedBomb = async (
  shape: BombShape,
  folder = join(tmpdir(), 'kiemsat-bombs'),
): Promise<{ file: string; bytes: Buffer }> => {
  mkdirSync(folder, { recursive: true })
  const file = join(folder, `bomb-${shape.rows}x${shape.cells ?? 12}x${shape.chars ?? 200}.xlsx`)
  if (!existsSync(file)) {
    const partial = `${file}.${process.pid}.part`
    await writeBomb(partial, shape)
    renameSync(partial, file)
  }
  return { file, bytes: readFileSync(file) }
}

const EOCD = 0x06054b50

/** Every entry's declared uncompressed size (central directory and local header) rewritten to `declared` bytes. */
export const lieAboutSizes = (zip: Buffer, declared = 1024): Buffer => {
  const out = Buffer.from(zip)
  let end = out.length - 22
  while (end >= 0 && out.readUInt32LE(end) !== EOCD) end--
  const count = out.readUInt16LE(end + 10)
  let at = out.readUInt32LE(end + 16)
  for (let i = 0; i < count; i++) {
    out.writeUInt32LE(declared, at + 24)
    const local = out.readUInt32LE(at + 42)
    out.writeUInt32LE(declared, local + 22)
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32)
  }
  return out
}

/** The workbook with `extra` small files added to its archive (each a valid, ignored part). */
export const withExtraEntries = async (xlsx: Buffer, extra: number): Promise<Buffer> => {
  const zip = await JSZip.loadAsync(xlsx)
  for (let i = 0; i < extra; i++) zip.file(`customXml/item${i}.xml`, `<a>${i}</a>`)
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}
