// The due dates each band selects, worked by hand from the bands of the "my deadlines" list:
// overdue (past), today, within 3 days, within 4 to 7 days, and "this week" (today to 7 days).
import { describe, expect, it } from 'vitest'
import { deadlineStatus, dueDateRangeOf } from './status.ts'

describe('dueDateRangeOf', () => {
  const today = '2025-12-30'
  it('overdue: every due date before today', () => {
    expect(dueDateRangeOf('overdue', today)).toEqual({ before: '2025-12-30' })
  })
  it('today only; then 31/12 to 02/01 (1–3 days left, across the year); then 03/01 to 06/01 (4–7 days)', () => {
    expect(dueDateRangeOf('due_today', today)).toEqual({ from: '2025-12-30', to: '2025-12-30' })
    expect(dueDateRangeOf('due_3', today)).toEqual({ from: '2025-12-31', to: '2026-01-02' })
    expect(dueDateRangeOf('due_7', today)).toEqual({ from: '2026-01-03', to: '2026-01-06' })
  })
  it('the week: today to 7 days on, 30/12 to 06/01', () => {
    expect(dueDateRangeOf('week', today)).toEqual({ from: '2025-12-30', to: '2026-01-06' })
  })
  it('each day from 5 days before to 9 days after falls in the band its status names', () => {
    for (let offset = -5; offset <= 9; offset++) {
      const due = new Date(Date.UTC(2025, 11, 30 + offset)).toISOString().slice(0, 10)
      const status = deadlineStatus(due, today)
      if (status === 'later') {
        expect(due > '2026-01-06').toBe(true)
        continue
      }
      const range = dueDateRangeOf(status, today)
      if ('before' in range) expect(due < range.before).toBe(true)
      else expect(range.from <= due && due <= range.to).toBe(true)
    }
  })
})
