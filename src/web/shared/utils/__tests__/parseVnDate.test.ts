import { describe, expect, it } from 'vitest'
import { parseVnDate } from '../parseVnDate.ts'

describe('parseVnDate', () => {
  it('reads dd/mm/yyyy and its short and dotted forms', () => {
    expect(parseVnDate('01/07/2025')).toBe('2025-07-01')
    expect(parseVnDate('1/7/2025')).toBe('2025-07-01')
    expect(parseVnDate(' 29.02.2024 ')).toBe('2024-02-29')
  })

  it('refuses dates that do not exist and other shapes', () => {
    expect(parseVnDate('29/02/2025')).toBeNull()
    expect(parseVnDate('31/04/2025')).toBeNull()
    expect(parseVnDate('2025-07-01')).toBeNull()
    expect(parseVnDate('')).toBeNull()
  })
})
