// The Vietnamese words for the checks zod makes itself, where a schema gives no message of its
// own (a `.max(500)` without text, an enum, a type). Installed once on each side — the server
// (app.ts) and the browser (main.tsx) — so no English "Too big: expected string to have <=500
// characters" reaches a user from either, and both say the same thing for the same field.
import { z } from 'zod'

type Issue = z.core.$ZodRawIssue

const fmt = (n: number | bigint) => new Intl.NumberFormat('vi-VN').format(n)

const FORMATS: Record<string, string> = {
  date: 'Ngày không đúng định dạng',
  datetime: 'Thời điểm không đúng định dạng',
  time: 'Giờ không đúng định dạng',
  email: 'Địa chỉ thư điện tử không đúng định dạng',
  uuid: 'Mã không đúng định dạng',
  url: 'Địa chỉ không đúng định dạng',
}

const isEmpty = (input: unknown) => input === undefined || input === null || input === ''

export const vietnameseIssue = (issue: Issue): string => {
  switch (issue.code) {
    case 'invalid_type':
      return isEmpty(issue.input) ? 'Chưa nhập thông tin này' : 'Giá trị không hợp lệ'
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? 'Chưa nhập thông tin này' : `Nhập ít nhất ${fmt(issue.minimum)} ký tự`
      if (issue.origin === 'array' || issue.origin === 'set')
        return Number(issue.minimum) <= 1 ? 'Chọn ít nhất một mục' : `Chọn ít nhất ${fmt(issue.minimum)} mục`
      return `Giá trị nhỏ nhất là ${fmt(issue.minimum)}`
    case 'too_big':
      if (issue.origin === 'string') return `Tối đa ${fmt(issue.maximum)} ký tự`
      if (issue.origin === 'array' || issue.origin === 'set') return `Tối đa ${fmt(issue.maximum)} mục`
      return `Giá trị lớn nhất là ${fmt(issue.maximum)}`
    case 'invalid_value':
      return 'Chọn một giá trị trong danh sách'
    case 'invalid_format':
      return FORMATS[issue.format] ?? 'Không đúng định dạng'
    case 'not_multiple_of':
      return 'Giá trị không hợp lệ'
    case 'unrecognized_keys':
      return 'Có thông tin không được chấp nhận'
    default:
      return 'Giá trị không hợp lệ'
  }
}

/**
 * A refused value's message as shown: a text over its limit also says how long it is ("Lý do hủy
 * tối đa 500 ký tự (đang có 600)"), counted as the schema counted it (after its trim or space
 * folding). The length is known when the value was parsed with `{ reportInput: true }`.
 */
export const issueMessage = (issue: z.core.$ZodIssue): string => {
  const input = (issue as { input?: unknown }).input
  if (issue.code === 'too_big' && issue.origin === 'string' && typeof input === 'string')
    return `${issue.message} (đang có ${fmt(input.length)})`
  return issue.message
}

/** Makes zod's own messages Vietnamese in this process (idempotent). */
export const installVietnameseIssues = (): void => {
  z.config({ localeError: vietnameseIssue })
}
