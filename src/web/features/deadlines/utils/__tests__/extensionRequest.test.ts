import { describe, expect, it } from 'vitest'
import { extensionRequestNote } from '../extensionRequest.ts'

describe('the last day to ask for an extension', () => {
  it('is a warning once it has passed, with the days since', () => {
    expect(extensionRequestNote('2026-11-28', '2026-12-01')).toEqual({
      text: 'Đã quá hạn đề nghị gia hạn: chậm nhất ngày 28/11/2026 (quá 3 ngày)',
      short: 'Quá hạn đề nghị gia hạn 3 ngày',
      color: 'red.7',
      passed: true,
    })
  })

  it('is a reminder on the day itself and in the three days before', () => {
    expect(extensionRequestNote('2026-12-01', '2026-12-01')).toMatchObject({
      text: 'Hôm nay là ngày cuối đề nghị gia hạn (01/12/2026)',
      short: 'Hạn đề nghị gia hạn: hôm nay',
      color: 'orange.8',
      passed: false,
    })
    expect(extensionRequestNote('2026-12-04', '2026-12-01')).toMatchObject({
      text: 'Đề nghị gia hạn chậm nhất ngày 04/12/2026 (còn 3 ngày)',
      short: 'Đề nghị gia hạn: còn 3 ngày',
      color: 'orange.8',
    })
  })

  it('is plain text further ahead (across a month end)', () => {
    expect(extensionRequestNote('2026-12-05', '2026-11-30')).toEqual({
      text: 'Đề nghị gia hạn chậm nhất ngày 05/12/2026',
      short: 'Đề nghị gia hạn chậm nhất 05/12',
      color: 'dimmed',
      passed: false,
    })
  })
})
