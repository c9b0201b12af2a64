// The streamed read stops at the first byte or row over a limit: the bytes inflated are counted
// here through the read's budget, against bombs from test/support/bomb-workbook.ts.
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { cachedBomb, lieAboutSizes, withExtraEntries } from '../../../../test/support/bomb-workbook.ts'
import { AppError } from '../../platform/app-error.ts'
import { streamImportRows } from './stream-sheet.ts'
import { buildTemplate } from './template.ts'
import { inflateBudget, type WorkbookLimits } from './zip-guard.ts'

const MB = 1024 * 1024
const LIMITS: WorkbookLimits = {
  maxUncompressedBytes: 8 * MB,
  maxSharedStringsBytes: 2 * MB,
  maxEntries: 200,
  maxRows: 500,
}
/** zlib hands over 16 kB at a time; the stream's buffers hold a few chunks ahead of the parser. */
const SLACK = 256 * 1024

const refusal = async (read: Promise<unknown>): Promise<AppError> => {
  const error = await read.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AppError)
  return error as AppError
}

const filledTemplate = async (rows: unknown[][]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await buildTemplate()) as never)
  const sheet = workbook.getWorksheet('Sổ thụ lý')!
  rows.forEach((values, i) => (sheet.getRow(3 + i).values = values as ExcelJS.CellValue[]))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

describe('streamImportRows', { timeout: 60_000 }, () => {
  it('refuses a bomb by its declared size without inflating a byte', async () => {
    const { bytes } = await cachedBomb({ rows: 10_000 })
    const budget = inflateBudget(LIMITS)
    expect((await refusal(streamImportRows(bytes, LIMITS, budget))).code).toBe('IMPORT_TOO_LARGE')
    expect(budget.inflated).toBe(0)
  })

  it('a bomb that declares 1 kB per entry is stopped at the limit of inflated bytes, a quarter of its 30 MB', async () => {
    const { bytes } = await cachedBomb({ rows: 400, chars: 2_500 })
    const budget = inflateBudget(LIMITS)
    const error = await refusal(streamImportRows(lieAboutSizes(bytes), LIMITS, budget))
    expect([error.code, error.userMessage]).toEqual([
      'IMPORT_TOO_LARGE',
      expect.stringContaining('8 MB sau khi giải nén'),
    ])
    expect(budget.inflated).toBeGreaterThan(LIMITS.maxUncompressedBytes)
    expect(budget.inflated).toBeLessThan(LIMITS.maxUncompressedBytes + SLACK)
  })

  it('stops at the first row over the limit: of a 28 MB sheet, about 1.5 MB is inflated', async () => {
    const { bytes } = await cachedBomb({ rows: 10_000 })
    const limits = { ...LIMITS, maxUncompressedBytes: 128 * MB }
    const budget = inflateBudget(limits)
    const error = await refusal(streamImportRows(bytes, limits, budget))
    expect([error.code, error.userMessage]).toEqual([
      'IMPORT_TOO_MANY_ROWS',
      expect.stringContaining('tối đa 500 dòng'),
    ])
    // 501 rows of 2.8 kB (the header and the XML before the first row aside), plus what the streams read ahead.
    expect(budget.inflated).toBeLessThan(501 * 2_900 + 10_000 + SLACK)
  })

  it('refuses more entries than the limit, and shared strings over theirs even when declared small', async () => {
    const three = await filledTemplate([
      ['1/2026/TB-KV6', 'Tin báo', 'Tin báo thứ nhất', '01/11/2026', 'CT.KV6', '', 'Tin báo', 'Công an phường Vị Tân'],
    ])
    const budget = inflateBudget(LIMITS)
    expect((await refusal(streamImportRows(await withExtraEntries(three, 250), LIMITS, budget))).userMessage).toContain(
      '200 thành phần',
    )
    expect(budget.inflated).toBe(0)

    const long = await filledTemplate(
      Array.from({ length: 400 }, (_, i) => [
        `${i}/2026/TB-KV6`,
        'Tin báo',
        `${i} ${'Tóm tắt rất dài '.repeat(400)}`,
        '01/11/2026',
        'CT.KV6',
      ]),
    )
    const declared = inflateBudget(LIMITS)
    expect((await refusal(streamImportRows(long, LIMITS, declared))).userMessage).toContain(
      'văn bản dùng chung của tệp không được vượt quá 2 MB',
    )
    expect(declared.inflated).toBe(0)
    const shared = inflateBudget(LIMITS)
    const error = await refusal(streamImportRows(lieAboutSizes(long), LIMITS, shared))
    expect(error.userMessage).toContain('văn bản dùng chung của tệp không được vượt quá 2 MB')
    expect(shared.inflated).toBeLessThan(LIMITS.maxSharedStringsBytes + 64 * 1024 + SLACK)
  })

  it('reads the template as the full reader did: the header row, the example row skipped, dates as dates', async () => {
    const file = await filledTemplate([
      [
        '01/2026/TB-KV6',
        'Tin báo',
        'Tin báo mất trộm',
        new Date(Date.UTC(2026, 9, 20)),
        'CT.KV6',
        'ksv',
        'Tố giác',
        'Công an phường Vị Tân',
      ],
      [],
      ['02/2026/HS-KV6', 'Vụ án hình sự', 'Trộm cắp', '02/03/2026', 'CT.KV6', '', '', 'Cơ quan CSĐT', 173, 1],
    ])
    const read = await streamImportRows(file, LIMITS)
    expect(read).toMatchObject({ sheetName: 'Sổ thụ lý', headerRow: 1 })
    expect(read.columns.get('number')).toBe(1)
    expect(read.rows.map((r) => r.row)).toEqual([3, 5])
    expect(read.rows[0]!.cells).toMatchObject({
      number: '01/2026/TB-KV6',
      receivedOn: new Date(Date.UTC(2026, 9, 20)),
      source: 'Tố giác',
    })
    expect(read.rows[1]!.cells).toMatchObject({ receivedOn: '02/03/2026', article: 173, clause: 1 })
  })

  it('what is not a zip, or a zip without a workbook, is IMPORT_FILE_INVALID', async () => {
    expect((await refusal(streamImportRows(Buffer.from('không phải tệp Excel'), LIMITS))).code).toBe(
      'IMPORT_FILE_INVALID',
    )
    const JSZip = (await import('jszip')).default
    const zip = new JSZip()
    zip.file('hello.txt', 'xin chào')
    expect((await refusal(streamImportRows(await zip.generateAsync({ type: 'nodebuffer' }), LIMITS))).code).toBe(
      'IMPORT_FILE_INVALID',
    )
  })
})
