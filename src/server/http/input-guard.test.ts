import { describe, expect, it } from 'vitest'
import { inputProblems, MAX_JSON_DEPTH, textProblem } from './input-guard.ts'

const nested = (levels: number): unknown => {
  let value: unknown = 'đáy'
  for (let i = 0; i < levels; i++) value = { a: value }
  return value
}

describe('the input guard', () => {
  it('lets ordinary Vietnamese text through, tabs and line breaks included', () => {
    for (const text of ['Tội trộm cắp tài sản', 'Dòng một\nDòng hai\tcột', '', '   ', 'Nguyễn Thị Ánh (Bị can)'])
      expect(textProblem(text)).toBeNull()
  })

  it('names each kind of forbidden text', () => {
    expect(textProblem('a\u0000b')).toMatch(/NUL/)
    expect(textProblem('a\u001Bb')).toMatch(/điều khiển/)
    expect(textProblem('a\uD83Db')).toMatch(/UTF-16/)
    expect(textProblem('\uDE00')).toMatch(/UTF-16/)
    expect(textProblem('😀 mặt cười')).toBeNull() // a whole surrogate pair is a character
    expect(textProblem('abc\u202Edef')).toMatch(/hướng chữ/)
    expect(textProblem('\u2067x\u2069')).toMatch(/hướng chữ/)
    expect(textProblem('\u200B \u200C\uFEFF')).toMatch(/vô hình/)
    expect(textProblem('Nguyễn\u200BVăn')).toBeNull() // an invisible character inside real text is not a blank
  })

  it('refuses nesting deeper than the limit, and walks a value thousands of levels deep without overflowing', () => {
    expect(inputProblems(nested(MAX_JSON_DEPTH), '')).toEqual([])
    expect(inputProblems(nested(MAX_JSON_DEPTH + 1), '')).toHaveLength(1)
    expect(inputProblems(nested(100_000), '')[0]!.message).toMatch(/lồng nhau/)
  })

  it('reports the path of the field, keys included', () => {
    expect(inputProblems({ data: { items: ['ok', 'x\u0000'] } }, '')).toEqual([
      { path: 'data.items.1', message: 'Không được chứa ký tự NUL' },
    ])
    expect(inputProblems({ 'k\u202E': 1 }, '')[0]!.path).toBe('k\u202E')
  })
})
