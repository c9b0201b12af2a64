import { describe, expect, it } from 'vitest'
import { deadlineStatus } from './status.ts'

describe('deadlineStatus', () => {
  it.each([
    ['2025-03-20', '2025-03-21', 'overdue'],
    ['2025-03-21', '2025-03-21', 'due_today'],
    ['2025-03-22', '2025-03-21', 'due_3'],
    ['2025-03-24', '2025-03-21', 'due_3'],
    ['2025-03-25', '2025-03-21', 'due_7'],
    ['2025-03-28', '2025-03-21', 'due_7'],
    ['2025-03-29', '2025-03-21', 'later'],
    ['2026-01-02', '2025-12-31', 'due_3'],
  ] as const)('due %s, today %s → %s', (due, today, status) => {
    expect(deadlineStatus(due, today)).toBe(status)
  })
})
