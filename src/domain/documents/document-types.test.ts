import { describe, expect, it } from 'vitest'
import { DOCUMENT_TYPE_NAMES, DOCUMENT_TYPES, documentCode, registerYearOf } from './document-types.ts'

describe('the code and the register year of a document', () => {
  it('opens the code with the type abbreviation, and a công văn with the agency', () => {
    expect(documentCode('ke_hoach', 'VKS')).toBe('KH-VKS')
    expect(documentCode('ke_hoach', 'VKSTC', 'VP')).toBe('KH-VKSTC-VP')
    expect(documentCode('quyet_dinh', 'VKSTC')).toBe('QĐ-VKSTC')
    expect(documentCode('cong_van', 'VKS', 'TK')).toBe('VKS-TK')
  })

  it('numbers by calendar year: 31/12 closes a year, 01/01 opens the next (Art. 15), whatever the statistics year', () => {
    expect(registerYearOf('2025-12-31')).toBe(2025)
    expect(registerYearOf('2026-01-01')).toBe(2026)
    // 01/12/2026 opens statistics year 2027, but the document is numbered in 2026's register.
    expect(registerYearOf('2026-12-01')).toBe(2026)
    expect(() => registerYearOf('01/01/2026')).toThrow()
  })
})

describe('the names of the document types', () => {
  it('are printed in capitals, one for every type (Phụ lục I Mục V: tên loại in capitals)', () => {
    expect(Object.keys(DOCUMENT_TYPE_NAMES).sort()).toEqual([...DOCUMENT_TYPES].sort())
    for (const name of Object.values(DOCUMENT_TYPE_NAMES)) expect(name).toBe(name.toLocaleUpperCase('vi'))
    expect(DOCUMENT_TYPE_NAMES.ke_hoach).toBe('KẾ HOẠCH')
    expect(DOCUMENT_TYPE_NAMES.bao_cao).toBe('BÁO CÁO')
  })
})
