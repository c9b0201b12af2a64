// The "Điều BLHS" column of the import: article ids as the code numbers them, inserted ones included.
import { describe, expect, it } from 'vitest'
import { readArticleId } from './cells.ts'

const WORDS = /điều|dieu|blhs/g

describe('readArticleId', () => {
  it('reads a number cell, digits, and an inserted article with its letter', () => {
    expect(readArticleId(173, WORDS)).toEqual({ ok: true, value: '173' })
    expect(readArticleId('Điều 174', WORDS)).toEqual({ ok: true, value: '174' })
    expect(readArticleId('217a', WORDS)).toEqual({ ok: true, value: '217a' })
    expect(readArticleId('Điều 256A BLHS', WORDS)).toEqual({ ok: true, value: '256a' })
    expect(readArticleId('', WORDS)).toEqual({ ok: true, value: null })
  })

  it('refuses what is no article id, in Vietnamese', () => {
    for (const cell of ['abc', '17ab', 0, 1.5, 'a173'])
      expect(readArticleId(cell, WORDS), String(cell)).toEqual({
        ok: false,
        message: 'Phải là số điều, ví dụ 173 hoặc 217a',
      })
  })
})
