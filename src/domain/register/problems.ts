// What the validator says about a proposed act: a stable code, the field it concerns and a
// Vietnamese message. The server turns a non-empty list into one 422 answer.
import type { z } from 'zod'

export type EventProblemCode =
  | 'EVENT_IN_FUTURE'
  | 'EVENT_BEFORE_RECEIPT'
  | 'EVENT_OUT_OF_ORDER'
  | 'EVENT_KIND_MISMATCH'
  | 'EVENT_DATA_INVALID'
  | 'EVENT_EXTENSION_LIMIT'
  /** Điều 174 khoản 2: the file was already returned as often as the law allows. */
  | 'EVENT_RETURN_LIMIT'
  | 'EVENT_MATTER_CLOSED'
  | 'EVENT_SUBJECT_INVALID'
  | 'PENAL_CODE_UNKNOWN_CHARGE'
  | 'PENAL_CODE_NOT_IN_FORCE'

/** `path` names the input field: 'occurredOn', 'subjectId', 'data.charge.article'… */
export type EventProblem = { code: EventProblemCode; path: string; message: string }

export const problem = (code: EventProblemCode, path: string, message: string): EventProblem => ({
  code,
  path,
  message,
})

const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  )

const vi = new Intl.NumberFormat('vi-VN')

// The event schemas carry no messages of their own: these say the same as the web form's.
const messageOf = (issue: z.core.$ZodIssue, value: unknown): string => {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined || value === null || value === '' ? 'Chưa nhập thông tin này' : 'Giá trị không hợp lệ'
    case 'too_small':
      if (issue.origin === 'string') return `Nhập ít nhất ${vi.format(issue.minimum)} ký tự`
      if (issue.origin === 'array') return 'Chọn ít nhất một mục'
      return `Giá trị nhỏ nhất là ${vi.format(issue.minimum)}`
    case 'too_big':
      if (issue.origin === 'string') return `Tối đa ${vi.format(issue.maximum)} ký tự`
      if (issue.origin === 'array') return `Tối đa ${vi.format(issue.maximum)} mục`
      return `Giá trị lớn nhất là ${vi.format(issue.maximum)}`
    case 'invalid_value':
      return 'Chọn một giá trị trong danh sách'
    case 'invalid_format':
      return 'Không đúng định dạng'
    case 'unrecognized_keys':
      return `Có thông tin không thuộc hành vi tố tụng này: ${issue.keys.join(', ')}`
    default:
      return 'Giá trị không hợp lệ'
  }
}

/** One EVENT_DATA_INVALID problem per zod issue, with its path under `data.`. */
export const dataProblems = (schema: z.ZodType, data: unknown): EventProblem[] => {
  const parsed = schema.safeParse(data)
  if (parsed.success) return []
  // An unknown key is named at its own path, so that the message points at it.
  return parsed.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) =>
          problem(
            'EVENT_DATA_INVALID',
            ['data', ...issue.path.map(String), key].join('.'),
            'Thông tin này không thuộc hành vi tố tụng đang ghi',
          ),
        )
      : [
          problem(
            'EVENT_DATA_INVALID',
            ['data', ...issue.path.map(String)].join('.'),
            messageOf(issue, valueAt(data, issue.path)),
          ),
        ],
  )
}
