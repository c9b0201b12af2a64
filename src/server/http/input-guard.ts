// Text that no field of a case file may hold, caught for every route before its own schema runs:
// in a JSON body, the query string and the path parameters.
//  - NUL (U+0000): PostgreSQL's text cannot store it (the insert fails, the user saw a 500);
//  - a lone surrogate (half of a UTF-16 pair): no character at all, not valid UTF-8;
//  - bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they make
//    a title read differently from what is stored ("Trojan Source", CVE-2021-42574), which a
//    register that others sign off must not allow;
//  - a value made only of invisible characters (zero-width space, joiners, BOM, soft hyphen)
//    and spaces: a blank title that passes a "not empty" check;
//  - JSON nested deeper than anything the API takes: each level costs stack in every walk of it,
//    and a few thousand levels fail deep inside the database (a 500).
// Other control characters (except tab, line feed, carriage return) are refused too.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { AppError, type ErrorDetail } from '../platform/app-error.ts'

/** Deeper than any body the API defines (an act's data is two or three levels). */
export const MAX_JSON_DEPTH = 16

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/
// C0 controls other than \t \n \r, DEL and the C1 block.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each joiner and mark is listed to be found alone, not as part of a sequence
const INVISIBLE_OR_SPACE = /^[\s\u200B-\u200D\u2060\uFEFF\u00AD\u180E\u034F]+$/
// biome-ignore lint/suspicious/noMisleadingCharacterClass: as above
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u180E\u034F]/

/** The Vietnamese reason a text value is refused, or null. */
export const textProblem = (value: string): string | null => {
  if (value.includes('\u0000')) return 'Không được chứa ký tự NUL'
  if (CONTROL.test(value)) return 'Không được chứa ký tự điều khiển'
  if (LONE_SURROGATE.test(value)) return 'Chứa ký tự không hợp lệ (nửa cặp mã UTF-16)'
  if (BIDI_CONTROL.test(value))
    return 'Không được chứa ký tự điều khiển hướng chữ (có thể làm nội dung hiển thị khác với nội dung lưu)'
  if (INVISIBLE.test(value) && INVISIBLE_OR_SPACE.test(value)) return 'Không được chỉ gồm ký tự vô hình'
  return null
}

/**
 * Walks a parsed value without recursion (a deep value cannot overflow the walk itself) and
 * returns the first problems found, with the path the web form maps onto its fields.
 */
export const inputProblems = (root: unknown, prefix: string, limit = 5): ErrorDetail[] => {
  const problems: ErrorDetail[] = []
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: prefix, depth: 0 }]
  while (stack.length > 0 && problems.length < limit) {
    const { value, path, depth } = stack.pop()!
    if (typeof value === 'string') {
      const problem = textProblem(value)
      if (problem) problems.push({ path, message: problem })
    } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
      if (depth >= MAX_JSON_DEPTH) {
        problems.push({ path, message: `Dữ liệu lồng nhau quá ${MAX_JSON_DEPTH} cấp` })
        continue
      }
      for (const [key, child] of Object.entries(value)) {
        const keyProblem = textProblem(key)
        const childPath = path ? `${path}.${key}` : key
        if (keyProblem) problems.push({ path: childPath, message: `Tên trường: ${keyProblem}` })
        else stack.push({ value: child, path: childPath, depth: depth + 1 })
      }
    }
  }
  return problems
}

const check = async (request: FastifyRequest) => {
  const problems = [
    ...inputProblems(request.params, ''),
    ...inputProblems(request.query, ''),
    ...(typeof request.body === 'object' && request.body !== null ? inputProblems(request.body, '') : []),
  ]
  if (problems.length > 0)
    throw new AppError(
      'VALIDATION_FAILED',
      'Dữ liệu nhập chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu',
      problems,
    )
}

export const registerInputGuard = (app: FastifyInstance): void => {
  app.addHook('preValidation', check)
}
