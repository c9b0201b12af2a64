import { z } from 'zod'
import { isIsoDate } from '@/domain/calendar/civil-date.ts'

/**
 * Dates the system accepts: the years its calendar knows, 1900–2100 (the lunar calendar's data,
 * ../shared/data). A date outside them is a typing mistake (9999-12-31 as a target's start
 * would block every later target), not a fact of a case file.
 */
export const DATE_MIN_YEAR = 1900
export const DATE_MAX_YEAR = 2100

const onlyIfWellFormed = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0 }

/** ISO calendar date, YYYY-MM-DD, that exists (no 30/02, no month 13) in 1900–2100. Shown to users as dd/mm/yyyy. */
export const IsoDate = z
  .string({ message: 'Ngày phải có dạng YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine(isIsoDate, { message: 'Ngày không tồn tại', ...onlyIfWellFormed })
  .refine((date) => Number(date.slice(0, 4)) >= DATE_MIN_YEAR && Number(date.slice(0, 4)) <= DATE_MAX_YEAR, {
    message: `Ngày phải thuộc các năm từ ${DATE_MIN_YEAR} đến ${DATE_MAX_YEAR}`,
    ...onlyIfWellFormed,
  })
export type IsoDate = z.infer<typeof IsoDate>

/** PostgreSQL's integer: every id column is one. A larger number is no id, and must not reach the database. */
export const INT4_MAX = 2_147_483_647

const ID_MESSAGE = 'Mã số phải là số nguyên dương'

/** An id in a JSON body: a positive integer that fits PostgreSQL's integer; `message` says what to choose. */
export const refId = (message = ID_MESSAGE) => z.int({ message }).min(1, message).max(INT4_MAX, 'Mã số quá lớn')
export const RefId = refId()

/**
 * An id in a path or query string: canonical decimal digits only. `0x10`, `1e3`, ` 1`, `01`
 * and `-1` name no record: accepting them would make one record answer to many spellings.
 */
export const Id = z
  .union([RefId, z.string().regex(/^[1-9]\d{0,9}$/, ID_MESSAGE)], { message: ID_MESSAGE })
  .transform(Number)
  .pipe(RefId)

/**
 * A year in a path or query string: four decimal digits (a JSON number too), within the range.
 * `z.coerce.number()` took `0x7EA`, ` 2026` and `2026.0` for 2026 — one year under many spellings.
 */
export const YearNumber = (min: number, max: number, message = `Năm phải từ ${min} đến ${max}`) =>
  z
    .union([z.int(), z.string().regex(/^\d{4}$/, 'Năm phải gồm 4 chữ số')], { message: 'Năm phải là một số' })
    .transform(Number)
    .pipe(z.int().min(min, message).max(max, message))

const PAGE_MESSAGE = 'Số trang phải là số nguyên dương'
/** A count in a query string (page numbers, sizes): decimal digits, bounded. */
export const QueryCount = (max: number, message: string) =>
  z
    .union([z.int(), z.string().regex(/^\d{1,9}$/, message)], { message })
    .transform(Number)
    .pipe(z.int().min(1, message).max(max, message))

export const Paging = z.object({
  page: QueryCount(100_000, PAGE_MESSAGE).default(1),
  pageSize: QueryCount(200, 'Số dòng mỗi trang phải từ 1 đến 200').default(50),
})

/** The one error shape every failing response has. */
export const ApiErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string(),
  }),
})
export type ApiErrorBody = z.infer<typeof ApiErrorBody>

export const Ok = z.object({ ok: z.literal(true) })

/**
 * A search box's text: runs of spaces (two typed between words, a tab pasted in) count as one,
 * as they do in the stored names and titles, and the limit is said in words, so the page can
 * show it beside the box instead of a general "check the marked fields".
 */
export const SearchText = z
  .string()
  .transform((text) => text.replace(/\s+/gu, ' ').trim())
  .pipe(z.string().max(100, 'Từ khóa tìm kiếm tối đa 100 ký tự'))
