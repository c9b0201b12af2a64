import { describe, expect, it } from 'vitest'
import { CRIME_CATEGORIES, CRIME_CATEGORY_LABELS, categoryFromBracket } from './crime-category.ts'
import { DeadlineError } from './errors.ts'

const bracket = (maxImprisonmentYears: number, extra: { lifeOrDeath?: boolean; nonCustodialOnly?: boolean } = {}) => ({
  maxImprisonmentYears,
  lifeOrDeath: extra.lifeOrDeath ?? false,
  nonCustodialOnly: extra.nonCustodialOnly ?? false,
})

describe('BLHS 2015 Điều 9: category from the highest penalty of the applicable bracket', () => {
  it.each([
    ['phạt tiền / cải tạo không giam giữ', bracket(0, { nonCustodialOnly: true }), 'it_nghiem_trong'],
    ['tù đến 03 năm', bracket(3), 'it_nghiem_trong'],
    ['tù đến 03 năm 06 tháng', bracket(3.5), 'nghiem_trong'],
    ['tù đến 07 năm', bracket(7), 'nghiem_trong'],
    ['tù đến 10 năm', bracket(10), 'rat_nghiem_trong'],
    ['tù đến 15 năm', bracket(15), 'rat_nghiem_trong'],
    ['tù đến 20 năm', bracket(20), 'dac_biet_nghiem_trong'],
    ['tù chung thân hoặc tử hình', bracket(20, { lifeOrDeath: true }), 'dac_biet_nghiem_trong'],
    ['tử hình (không ghi số năm)', bracket(0, { lifeOrDeath: true }), 'dac_biet_nghiem_trong'],
  ] as const)('%s → %s', (_name, input, category) => {
    expect(categoryFromBracket(input)).toBe(category)
  })

  it('refuses impossible brackets', () => {
    expect(() => categoryFromBracket(bracket(21))).toThrow(DeadlineError)
    expect(() => categoryFromBracket(bracket(-1))).toThrow(expect.objectContaining({ code: 'DEADLINE_INVALID_INPUT' }))
  })

  it('labels every category in Vietnamese', () => {
    expect(CRIME_CATEGORIES.map((c) => CRIME_CATEGORY_LABELS[c])).toEqual([
      'Tội phạm ít nghiêm trọng',
      'Tội phạm nghiêm trọng',
      'Tội phạm rất nghiêm trọng',
      'Tội phạm đặc biệt nghiêm trọng',
    ])
  })
})
