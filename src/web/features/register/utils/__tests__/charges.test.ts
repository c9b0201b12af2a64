// How a charge reads in the forms: the current text, or the text applied to an older offence (BLHS Điều 7).
import { describe, expect, it } from 'vitest'
import type { PenalArticle } from '../../api/registerApi.ts'
import { chargeLabel, isCharge } from '../charges.ts'

const clause = (n: number, category: string, categoryLabel: string, penaltyText: string) => ({
  clause: n,
  category,
  categoryLabel,
  penaltyText,
})

const art249: PenalArticle = {
  article: '249',
  name: 'Tội tàng trữ trái phép chất ma túy',
  nationalSecurity: false,
  verified: false,
  inForceFrom: '2025-07-01',
  law: 'Luật 86/2025/QH15',
  clauses: [clause(1, 'nghiem_trong', 'Tội phạm nghiêm trọng', 'Cao nhất 05 năm tù')],
}

describe('chargeLabel', () => {
  it('names the crime and its category from the current text', () => {
    expect(chargeLabel({ article: '249', clause: 1, point: 'c' }, art249)).toBe(
      'Điều 249 khoản 1 điểm c – Tội tàng trữ trái phép chất ma túy (nghiêm trọng)',
    )
  })

  it('says when an older text applies to the offence', () => {
    const applied = {
      ...art249,
      applied: {
        on: '2024-03-10',
        notInForce: null,
        clauses: [
          {
            ...clause(1, 'nghiem_trong', 'Tội phạm nghiêm trọng', 'Cao nhất 05 năm tù'),
            inForceFrom: '2018-01-01',
            law: 'Luật 100/2015/QH13',
            retroactive: false,
          },
        ],
      },
    }
    expect(chargeLabel({ article: '249', clause: 1 }, applied)).toBe(
      'Điều 249 khoản 1 – Tội tàng trữ trái phép chất ma túy (nghiêm trọng; áp dụng văn bản có hiệu lực từ 01/01/2018)',
    )
  })

  it('reads an inserted article and an old numeric one', () => {
    expect(chargeLabel({ article: '217a', clause: 2 }, null)).toBe('Điều 217a khoản 2')
    expect(isCharge({ article: '217a', clause: 2 })).toBe(true)
    expect(isCharge({ article: 173, clause: 2 })).toBe(true)
    expect(isCharge({ article: '173' })).toBe(false)
  })
})
