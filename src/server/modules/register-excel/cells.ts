// Cell values as exceljs gives them (text, numbers, dates, rich text, formulas, links)
// reduced to what the import needs: trimmed text, whole numbers, calendar days.
import type { CellValue } from 'exceljs'
import { fromParts, isIsoDate, type IsoDate } from '@/domain/calendar/index.ts'

export type Plain = string | number | boolean | Date | null

export type Read<T> = { ok: true; value: T } | { ok: false; message: string }

const ok = <T>(value: T): Read<T> => ({ ok: true, value })
const fail = (message: string): Read<never> => ({ ok: false, message })

const FORMULA_ERROR = 'Ô có lỗi công thức'

/** The value a cell shows: a formula's result, a link's text, rich text joined. */
export const plainOf = (value: CellValue): Plain | { error: string } => {
  if (value === null || value === undefined) return null
  if (typeof value !== 'object' || value instanceof Date) return value
  if ('error' in value) return { error: value.error }
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : plainOf(value.text as CellValue)
  if ('result' in value) return value.result === undefined ? null : plainOf(value.result as CellValue)
  return null
}

export const isBlank = (value: Plain | { error: string }): boolean =>
  value === null || (typeof value === 'string' && value.trim() === '')

/** Text cells; a number reads as its digits ("12" for 12). A date in a text column is a mistake Excel makes. */
export const readText = (value: Plain | { error: string }): Read<string> => {
  if (value === null) return ok('')
  if (typeof value === 'object' && 'error' in value) return fail(FORMULA_ERROR)
  if (value instanceof Date)
    return fail('Excel đã hiểu ô này là ngày tháng; hãy định dạng ô là Văn bản (Text) rồi nhập lại')
  if (typeof value === 'number') return ok(Number.isInteger(value) ? String(value) : String(value).replace('.', ','))
  if (typeof value === 'boolean') return fail('Giá trị không hợp lệ')
  return ok(value.replace(/\s+/g, ' ').trim())
}

/** Whole numbers: 173, "173", "Điều 173", "khoản 2". */
export const readWholeNumber = (value: Plain | { error: string }, words: RegExp): Read<number | null> => {
  if (typeof value === 'number')
    return Number.isInteger(value) && value > 0 ? ok(value) : fail('Phải là số nguyên dương')
  const text = readText(value)
  if (!text.ok) return text
  if (text.value === '') return ok(null)
  const digits = text.value.toLowerCase().replace(words, '').trim()
  return /^\d{1,4}$/.test(digits) && Number(digits) > 0 ? ok(Number(digits)) : fail('Phải là số nguyên dương')
}

/** A Penal Code article id: 173, "173", "Điều 217a", "256A" → "173", "217a", "256a". */
export const readArticleId = (value: Plain | { error: string }, words: RegExp): Read<string | null> => {
  if (typeof value === 'number')
    return Number.isInteger(value) && value > 0 ? ok(String(value)) : fail('Phải là số điều, ví dụ 173 hoặc 217a')
  const text = readText(value)
  if (!text.ok) return text
  if (text.value === '') return ok(null)
  const id = text.value.toLowerCase().replace(words, '').replace(/\s+/g, '').replace(/\.$/, '')
  return /^[1-9]\d{0,3}[a-z]?$/.test(id) ? ok(id) : fail('Phải là số điều, ví dụ 173 hoặc 217a')
}

// Excel's day 0 of the 1900 date system (the 1900 leap-year bug is already in the serial).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)
const DAY_MS = 86_400_000

/**
 * A date cell holds the wall-clock day Excel shows, which exceljs hands over as a UTC
 * instant: its UTC fields are that day, whatever the server's own time zone.
 */
const dayOfInstant = (date: Date): IsoDate => {
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000)
  return fromParts({ year: rounded.getUTCFullYear(), month: rounded.getUTCMonth() + 1, day: rounded.getUTCDate() })
}

const TEXT_DATE = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2,4})$/
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Dates arrive as real Excel dates, as serial numbers, or typed as "dd/mm/yyyy" text. */
export const readDate = (value: Plain | { error: string }): Read<IsoDate | null> => {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? fail('Ngày không hợp lệ') : ok(dayOfInstant(value))
  if (typeof value === 'number') {
    if (value < 1 || value > 2_958_465) return fail('Ngày không hợp lệ; nhập dạng dd/mm/yyyy')
    return ok(dayOfInstant(new Date(EXCEL_EPOCH + Math.floor(value) * DAY_MS)))
  }
  const text = readText(value)
  if (!text.ok) return text
  if (text.value === '') return ok(null)
  const iso = ISO_DATE.exec(text.value)
  const vi = TEXT_DATE.exec(text.value)
  const parts = iso
    ? { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }
    : vi
      ? { year: Number(vi[3]), month: Number(vi[2]), day: Number(vi[1]) }
      : null
  if (!parts) return fail(`"${text.value}" không phải ngày dạng dd/mm/yyyy`)
  if (vi && vi[3]!.length !== 4) return fail('Năm phải đủ 4 chữ số, dạng dd/mm/yyyy')
  const date = fromParts(parts)
  return isIsoDate(date) ? ok(date) : fail(`Ngày ${text.value} không có trong lịch`)
}
