import { describe, expect, it } from 'vitest'
import { endOfWeek, groupBy, taskUrgency } from '../planFormat.ts'

describe('endOfWeek', () => {
  it('ends the Monday–Sunday week on its Sunday', () => {
    // 07/12/2026 is a Monday; 13/12/2026 the Sunday after it.
    expect(endOfWeek('2026-12-07')).toBe('2026-12-13')
    // Friday 04/12/2026 → Sunday 06/12/2026.
    expect(endOfWeek('2026-12-04')).toBe('2026-12-06')
    // A Sunday ends its own week; across a month's end.
    expect(endOfWeek('2026-12-06')).toBe('2026-12-06')
    expect(endOfWeek('2026-12-30')).toBe('2027-01-03')
  })
})

describe('taskUrgency', () => {
  const monday = '2026-12-07'
  it('marks what is overdue and what falls due by Sunday', () => {
    expect(taskUrgency({ state: 'overdue', dueOn: '2026-11-30' }, monday)).toBe('overdue')
    expect(taskUrgency({ state: 'in_progress', dueOn: '2026-12-06' }, monday)).toBe('overdue')
    expect(taskUrgency({ state: 'due_soon', dueOn: '2026-12-07' }, monday)).toBe('this_week')
    expect(taskUrgency({ state: 'in_progress', dueOn: '2026-12-13' }, monday)).toBe('this_week')
    expect(taskUrgency({ state: 'in_progress', dueOn: '2026-12-14' }, monday)).toBeNull()
    expect(taskUrgency({ state: 'not_started', dueOn: null }, monday)).toBeNull()
  })
  it('leaves finished, paused and abandoned tasks alone', () => {
    for (const state of ['done_on_time', 'done_late', 'paused', 'not_carried_out'] as const)
      expect(taskUrgency({ state, dueOn: '2026-12-01' }, monday)).toBeNull()
  })
})

describe('groupBy', () => {
  it('keeps the groups in first-seen order', () => {
    expect(groupBy(['Phòng 1', 'KV6', 'Phòng 1'], (x) => x)).toEqual([
      ['Phòng 1', ['Phòng 1', 'Phòng 1']],
      ['KV6', ['KV6']],
    ])
  })
})
