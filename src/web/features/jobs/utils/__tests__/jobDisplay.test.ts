import { describe, expect, it } from 'vitest'
import { retryText, scheduleText } from '../jobDisplay.ts'

describe('background jobs as shown to an administrator', () => {
  it('reads the common schedules in words and leaves others as written', () => {
    expect(scheduleText('0 * * * *')).toBe('Mỗi giờ (phút 0)')
    expect(scheduleText('*/5 * * * *')).toBe('Mỗi 5 phút')
    expect(scheduleText('*/15 * * * *')).toBe('Mỗi 15 phút')
    expect(scheduleText('30 * * * *')).toBe('Mỗi giờ (phút 30)')
    expect(scheduleText('5 7 * * *')).toBe('Hằng ngày lúc 07:05')
    expect(scheduleText('0 7 * * 1')).toBe('0 7 * * 1')
  })

  it('shows retries against the limit', () => {
    expect(retryText({ retryCount: 1, retryLimit: 3 })).toBe('1/3')
    expect(retryText({ retryCount: 0, retryLimit: 0 })).toBe('—')
  })
})
