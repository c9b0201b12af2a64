// An .xlsx is a zip archive, and a zip can hold far more than it weighs: a 6 MB upload whose
// sheet inflates to 510 MB aborted the server (issue 10). This reads the archive's central
// directory (APPNOTE.TXT 6.3.10, section 4.3.12 and 4.3.16) and refuses before anything is
// inflated when the entries or their declared sizes pass the limits; then it inflates only the
// entries asked for, counting the bytes that actually come out, because the declared sizes are
// written by whoever made the file and can lie.
import { Readable, Transform, type TransformCallback } from 'node:stream'
import { createInflateRaw } from 'node:zlib'
import { formatNumber } from '@/shared/format.ts'
import { AppError } from '../../platform/app-error.ts'

export type WorkbookLimits = {
  /** Bytes all the entries read may inflate to, together. */
  maxUncompressedBytes: number
  /** Bytes the shared-strings part (every distinct text of the workbook) may inflate to. */
  maxSharedStringsBytes: number
  /** Entries (files) the archive may hold. */
  maxEntries: number
  /** Data rows (below the header, not blank) one import may carry. */
  maxRows: number
}

export type ZipEntry = {
  name: string
  /** 0 stored, 8 deflated: the only two an .xlsx uses. */
  method: number
  compressedSize: number
  declaredSize: number
  /** Offset of the entry's data (after its local header) in the archive. */
  dataOffset: number
}

export const SHARED_STRINGS = 'xl/sharedStrings.xml'

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
/** The end record is 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff

const invalid = () =>
  new AppError('IMPORT_FILE_INVALID', 'Không đọc được tệp: tệp không phải tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng')

const megabytes = (bytes: number) => `${formatNumber(Math.round(bytes / 1024 / 1024))} MB`

export const tooLarge = (limits: WorkbookLimits) =>
  new AppError(
    'IMPORT_TOO_LARGE',
    `Tệp quá lớn khi giải nén: nội dung một tệp nhập không được vượt quá ${megabytes(limits.maxUncompressedBytes)} sau khi giải nén. Hãy chia sổ thụ lý thành nhiều tệp nhỏ hơn`,
  )

const sharedStringsTooLarge = (limits: WorkbookLimits) =>
  new AppError(
    'IMPORT_TOO_LARGE',
    `Tệp có quá nhiều nội dung chữ: phần văn bản dùng chung của tệp không được vượt quá ${megabytes(limits.maxSharedStringsBytes)} sau khi giải nén. Hãy chia sổ thụ lý thành nhiều tệp nhỏ hơn`,
  )

const tooManyEntries = (limits: WorkbookLimits) =>
  new AppError(
    'IMPORT_TOO_LARGE',
    `Tệp có quá nhiều thành phần: một tệp Excel nhập sổ thụ lý không được chứa quá ${formatNumber(limits.maxEntries)} thành phần`,
  )

/** The archive's entries from its central directory; refuses what an import cannot need before inflating a byte. */
export const zipEntries = (zip: Buffer, limits: WorkbookLimits): Map<string, ZipEntry> => {
  let end = -1
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - EOCD_SEARCH); at--) {
    if (zip.readUInt32LE(at) === EOCD) {
      end = at
      break
    }
  }
  if (end < 0) throw invalid()
  const count = zip.readUInt16LE(end + 10)
  const directorySize = zip.readUInt32LE(end + 12)
  const directoryOffset = zip.readUInt32LE(end + 16)
  // 0xFFFF / 0xFFFFFFFF mean "see the ZIP64 record": an archive of more than 65,535 entries or
  // 4 GB, which no import of at most 20 MB needs.
  if (count === 0xffff || directoryOffset === 0xffffffff) throw tooManyEntries(limits)
  if (count > limits.maxEntries) throw tooManyEntries(limits)
  if (directoryOffset + directorySize > end) throw invalid()

  const entries = new Map<string, ZipEntry>()
  let declaredTotal = 0
  let at = directoryOffset
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== CENTRAL) throw invalid()
    const flags = zip.readUInt16LE(at + 8)
    const method = zip.readUInt16LE(at + 10)
    const compressedSize = zip.readUInt32LE(at + 20)
    const declaredSize = zip.readUInt32LE(at + 24)
    const nameLength = zip.readUInt16LE(at + 28)
    const extraLength = zip.readUInt16LE(at + 30)
    const commentLength = zip.readUInt16LE(at + 32)
    const localOffset = zip.readUInt32LE(at + 42)
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength)
    at += 46 + nameLength + extraLength + commentLength
    // Bit 0: encrypted. Excel never encrypts a part this way (a password-protected workbook is not a zip).
    if (flags & 1 || (method !== 0 && method !== 8)) throw invalid()
    if (compressedSize === 0xffffffff || declaredSize === 0xffffffff) throw tooLarge(limits)
    // Two entries of one name: which one a reader takes is up to the reader; refuse the ambiguity.
    if (entries.has(name)) throw invalid()
    declaredTotal += declaredSize
    if (declaredTotal > limits.maxUncompressedBytes) throw tooLarge(limits)
    if (name === SHARED_STRINGS && declaredSize > limits.maxSharedStringsBytes) throw sharedStringsTooLarge(limits)

    if (localOffset + 30 > zip.length || zip.readUInt32LE(localOffset) !== LOCAL) throw invalid()
    const dataOffset = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28)
    if (dataOffset + compressedSize > zip.length) throw invalid()
    entries.set(name, { name, method, compressedSize, declaredSize, dataOffset })
  }
  return entries
}

/** The inflated bytes of every entry read so far, against the limits; one per workbook read. */
export type InflateBudget = { limits: WorkbookLimits; inflated: number }

export const inflateBudget = (limits: WorkbookLimits): InflateBudget => ({ limits, inflated: 0 })

/** Counts what comes out of the inflater and stops it, mid-entry, at the first byte over a limit. */
class Counter extends Transform {
  private own = 0

  constructor(
    private readonly budget: InflateBudget,
    private readonly entryLimit: { bytes: number; error: () => AppError } | null,
  ) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    this.own += chunk.length
    this.budget.inflated += chunk.length
    if (this.budget.inflated > this.budget.limits.maxUncompressedBytes) return done(tooLarge(this.budget.limits))
    if (this.entryLimit && this.own > this.entryLimit.bytes) return done(this.entryLimit.error())
    done(null, chunk)
  }
}

/**
 * One entry's inflated bytes as a stream, counted against the budget. Inflating runs as the
 * reader pulls (zlib's 16 kB chunks), so a refused entry has cost at most one chunk over the limit.
 */
export const openEntry = (zip: Buffer, entry: ZipEntry, budget: InflateBudget): Readable => {
  const raw = Readable.from([zip.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)], {
    objectMode: false,
  })
  const limit =
    entry.name === SHARED_STRINGS
      ? { bytes: budget.limits.maxSharedStringsBytes, error: () => sharedStringsTooLarge(budget.limits) }
      : null
  const counter = new Counter(budget, limit)
  const fail = (error: Error) => counter.destroy(error instanceof AppError ? error : invalid())
  if (entry.method === 0) return raw.on('error', fail).pipe(counter)
  const inflate = createInflateRaw()
  raw.on('error', fail)
  inflate.on('error', fail)
  counter.on('close', () => {
    raw.destroy()
    inflate.destroy()
  })
  return raw.pipe(inflate).pipe(counter)
}

/**
 * Every entry inflated and counted, the bytes thrown away: before exceljs's full reader (the
 * error report) inflates the whole archive in memory, the archive is shown to fit the limits.
 */
export const checkWholeArchive = async (zip: Buffer, limits: WorkbookLimits): Promise<number> => {
  const budget = inflateBudget(limits)
  for (const entry of zipEntries(zip, limits).values()) {
    for await (const _ of openEntry(zip, entry, budget));
  }
  return budget.inflated
}
