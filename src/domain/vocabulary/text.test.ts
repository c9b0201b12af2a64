import { describe, expect, it } from 'vitest'
import { foldVietnamese } from './text.ts'

describe('foldVietnamese', () => {
  it('drops diacritics, đ included, and lower-cases', () => {
    expect(foldVietnamese('Nguyễn Văn Đức')).toBe('nguyen van duc')
    expect(foldVietnamese('VKSND khu vực 6 – Cần Thơ')).toBe('vksnd khu vuc 6 – can tho')
  })
})
