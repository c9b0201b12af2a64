import { describe, expect, it } from 'vitest'
import { demoEntryTime } from './entry-time.ts'

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5))

describe('demoEntryTime (issue 12, item 16)', () => {
  const ids = Array.from({ length: 500 }, (_, i) => i + 1)

  it('spreads acts without a stated time over office hours, 07:30–17:00, and not all at one time', () => {
    const times = ids.map((id) => demoEntryTime(id, null, null))
    expect(times.every((t) => minutes(t) >= 450 && minutes(t) < 1020)).toBe(true)
    expect(new Set(times).size).toBeGreaterThan(200)
    expect(times.filter((t) => t === '16:30').length).toBeLessThan(5)
  })

  it('enters an act with a stated time 10 minutes to 2 hours after it, by 21:00', () => {
    for (const id of ids) {
      const t = minutes(demoEntryTime(id, '09:15', null))
      expect(t).toBeGreaterThanOrEqual(minutes('09:25'))
      expect(t).toBeLessThanOrEqual(minutes('11:15'))
    }
    expect(ids.every((id) => minutes(demoEntryTime(id, '20:30', null)) <= minutes('21:00'))).toBe(true)
  })

  it('never enters an act of today after now', () => {
    expect(ids.every((id) => minutes(demoEntryTime(id, null, '08:05')) <= minutes('08:05'))).toBe(true)
    expect(ids.every((id) => minutes(demoEntryTime(id, '07:40', '08:05')) <= minutes('08:05'))).toBe(true)
    expect(ids.every((id) => minutes(demoEntryTime(id, '07:40', '08:05')) >= minutes('07:40'))).toBe(true)
  })

  it('gives the same time for the same act', () => {
    expect(demoEntryTime(42, null, null)).toBe(demoEntryTime(42, null, null))
  })
})
