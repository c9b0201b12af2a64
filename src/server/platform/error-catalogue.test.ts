import { describe, expect, it } from 'vitest'
import { ERRORS } from '../errors.ts'
import { defineErrors, mergeErrorCatalogues } from './error-catalogue.ts'

describe('the error registry', () => {
  it('merges the modules’ catalogues', () => {
    const merged = mergeErrorCatalogues({
      register: defineErrors({ MATTER_NOT_FOUND: { status: 404, message: 'Không tìm thấy vụ việc' } }),
      units: defineErrors({ UNIT_NOT_FOUND: { status: 404, message: 'Không tìm thấy đơn vị' } }),
    })
    expect(merged).toEqual({
      MATTER_NOT_FOUND: { status: 404, message: 'Không tìm thấy vụ việc' },
      UNIT_NOT_FOUND: { status: 404, message: 'Không tìm thấy đơn vị' },
    })
  })

  it('refuses a code two modules declare, naming both', () => {
    expect(() =>
      mergeErrorCatalogues({
        register: defineErrors({ NOT_FOUND: { status: 404, message: 'Không tìm thấy vụ việc' } }),
        platform: defineErrors({ NOT_FOUND: { status: 404, message: 'Không tìm thấy' } }),
      }),
    ).toThrow('Error code NOT_FOUND is declared twice: by register and by platform')
  })

  it('declares every code of the server with an error status and a Vietnamese message', () => {
    const entries = Object.entries(ERRORS)
    expect(entries.length).toBeGreaterThan(90)
    for (const [code, spec] of entries) {
      expect(code).toMatch(/^[A-Z][A-Z_]+$/)
      expect(spec.status, code).toBeGreaterThanOrEqual(400)
      expect(spec.status, code).toBeLessThan(600)
      // Vietnamese: a letter with a diacritic, no code or English sentence.
      expect(spec.message, code).toMatch(/[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i)
    }
  })
})
