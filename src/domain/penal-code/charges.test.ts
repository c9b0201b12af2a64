// Categories worked by hand from BLHS 2015 Điều 9 (DOMAIN.md §5): the highest penalty of
// the bracket charged — ≤ 03 năm (or no prison) ít nghiêm trọng; > 03 ≤ 07 nghiêm trọng;
// > 07 ≤ 15 rất nghiêm trọng; > 15 ≤ 20, chung thân or tử hình đặc biệt nghiêm trọng.
import { describe, expect, it } from 'vitest'
import type { CrimeCategory } from '@/domain/deadlines/index.ts'
import { categoryOfCharge, classifyCharge, describeCharge, penaltyText } from './charges.ts'
import { findArticle } from './catalogue.ts'
import { PenalCodeError } from './errors.ts'

const CASES: [string, number, number, CrimeCategory][] = [
  ['173 k1: trộm cắp, tù đến 03 năm', 173, 1, 'it_nghiem_trong'],
  ['173 k2: 02–07 năm', 173, 2, 'nghiem_trong'],
  ['173 k3: 07–15 năm', 173, 3, 'rat_nghiem_trong'],
  ['173 k4: 12–20 năm', 173, 4, 'dac_biet_nghiem_trong'],
  ['123 k1: giết người, cao nhất tử hình', 123, 1, 'dac_biet_nghiem_trong'],
  ['123 k2: 07–15 năm', 123, 2, 'rat_nghiem_trong'],
  ['123 k3: chuẩn bị phạm tội, 01–05 năm', 123, 3, 'nghiem_trong'],
  ['134 k1: cố ý gây thương tích, đến 03 năm', 134, 1, 'it_nghiem_trong'],
  ['134 k2: 02–06 năm', 134, 2, 'nghiem_trong'],
  ['134 k5: 12–20 năm hoặc chung thân', 134, 5, 'dac_biet_nghiem_trong'],
  ['201 k1: cho vay lãi nặng, chỉ phạt tiền hoặc cải tạo không giam giữ', 201, 1, 'it_nghiem_trong'],
  ['155 k1: làm nhục, cảnh cáo hoặc cải tạo không giam giữ', 155, 1, 'it_nghiem_trong'],
  ['200 k1: trốn thuế, tù 03 tháng – 01 năm', 200, 1, 'it_nghiem_trong'],
  ['260 k1: giao thông, tù 01–05 năm', 260, 1, 'nghiem_trong'],
  ['260 k4: khả năng thực tế gây hậu quả, đến 01 năm', 260, 4, 'it_nghiem_trong'],
  ['321 k2: đánh bạc, 03–07 năm', 321, 2, 'nghiem_trong'],
  ['322 k1: tổ chức đánh bạc, 01–05 năm', 322, 1, 'nghiem_trong'],
  ['355 k2: lạm dụng chức vụ chiếm đoạt, 06–13 năm', 355, 2, 'rat_nghiem_trong'],
  ['169 k3: bắt cóc chiếm đoạt, 10–18 năm (trên 15)', 169, 3, 'dac_biet_nghiem_trong'],
  ['251 k1: mua bán ma túy, 02–07 năm', 251, 1, 'nghiem_trong'],
  ['251 k4: tử hình', 251, 4, 'dac_biet_nghiem_trong'],
  ['108 k1: phản bội Tổ quốc', 108, 1, 'dac_biet_nghiem_trong'],
]

describe('categoryOfCharge (BLHS Điều 9)', () => {
  it.each(CASES)('%s', (_name, article, clause, category) => {
    expect(categoryOfCharge({ article: String(article), clause })).toBe(category)
  })

  it('flags chapter XIII as national security, and nothing else', () => {
    expect(classifyCharge({ article: '109', clause: 2 })).toMatchObject({
      nationalSecurity: true,
      category: 'rat_nghiem_trong',
    })
    expect(classifyCharge({ article: '331', clause: 1 }).nationalSecurity).toBe(false)
  })

  it('refuses an article outside the catalogue with a stable code and a Vietnamese message', () => {
    const error = (() => {
      try {
        categoryOfCharge({ article: '127', clause: 1 })
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(PenalCodeError)
    expect(error).toMatchObject({ code: 'PENAL_CODE_UNKNOWN_CHARGE', details: { part: 'article' } })
    expect((error as Error).message).toBe('Điều 127 BLHS chưa có trong danh mục tội danh của hệ thống')
  })

  it('refuses a clause that sets no bracket (173 khoản 5 only adds penalties)', () => {
    expect(() => categoryOfCharge({ article: '173', clause: 5 })).toThrow(/không có khoản 5 quy định khung hình phạt/)
  })
})

describe('describeCharge', () => {
  it('reads as a prosecutor writes it', () => {
    expect(describeCharge({ article: '173', clause: 2, point: 'c' })).toBe(
      'Điều 173 khoản 2 điểm c BLHS – Tội trộm cắp tài sản',
    )
    expect(describeCharge({ article: '251', clause: 1, point: null })).toBe(
      'Điều 251 khoản 1 BLHS – Tội mua bán trái phép chất ma túy',
    )
  })

  it('still reads a charge outside the catalogue', () => {
    expect(describeCharge({ article: '127', clause: 1 })).toBe('Điều 127 khoản 1 BLHS')
  })
})

describe('penaltyText', () => {
  it('states the top of each bracket', () => {
    const clause = (article: number, n: number) => findArticle(String(article))?.clauses.find((c) => c.clause === n)
    expect(penaltyText(clause(173, 2)!)).toBe('Cao nhất 07 năm tù')
    expect(penaltyText(clause(123, 1)!)).toBe('Cao nhất tử hình')
    expect(penaltyText(clause(171, 4)!)).toBe('Cao nhất tù chung thân')
    expect(penaltyText(clause(201, 1)!)).toContain('Không có hình phạt tù')
    expect(penaltyText(clause(168, 5)!)).toBe('Chuẩn bị phạm tội: cao nhất 05 năm tù')
  })
})
