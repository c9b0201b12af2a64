import { describe, expect, it } from 'vitest'
import { TargetInput } from '@/shared/api/indicators.ts'
import { targetFormFrom, targetFormToPayload, targetRequiredErrors } from '../targetForm.ts'
import type { TargetFormValues } from '../targetForm.ts'

const filled: TargetFormValues = {
  comparison: '>',
  value: 90,
  unconfirmed: true,
  legalSource: '  Nghị quyết 96/2019/QH14 ',
  note: ' ',
  effectiveFrom: '2026-12-01',
}

describe('target form', () => {
  it('starts from the current target, with the date left to choose', () => {
    const form = targetFormFrom({
      target: {
        comparison: '>=',
        value: 98,
        unconfirmed: false,
        legalSource: 'QĐ 358',
        note: null,
        effectiveFrom: '2025-10-01',
        text: '≥ 98%',
      },
    })
    expect(form).toMatchObject({ comparison: '>=', value: 98, legalSource: 'QĐ 358', note: '', effectiveFrom: null })
    expect(targetFormFrom({ target: null })).toMatchObject({ comparison: null, value: '' })
  })

  it('builds the payload the API validates', () => {
    const payload = TargetInput.parse(targetFormToPayload(filled))
    expect(payload).toEqual({
      comparison: '>',
      value: 90,
      unconfirmed: true,
      legalSource: 'Nghị quyết 96/2019/QH14',
      note: null,
      effectiveFrom: '2026-12-01',
    })
  })

  it('sends no value when comparing with last year', () => {
    expect(targetFormToPayload({ ...filled, comparison: 'higher_than_last_year' }).value).toBeNull()
    expect(targetRequiredErrors({ ...filled, comparison: 'higher_than_last_year', value: '' })).toEqual({})
  })

  it('names the empty required fields', () => {
    expect(targetRequiredErrors({ ...filled, comparison: null, value: '', effectiveFrom: null })).toEqual({
      comparison: 'Chọn cách so sánh với chỉ tiêu',
      value: 'Nhập giá trị chỉ tiêu',
      effectiveFrom: 'Nhập ngày bắt đầu áp dụng',
    })
  })
})
