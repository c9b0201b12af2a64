import { describe, expect, it } from 'vitest'
import { cycleCalendar } from './cycle-calendar.ts'

const statusOn = (today: string) => Object.fromEntries(cycleCalendar(2026, today).map((s) => [s.milestone, s.status]))

describe('the emulation year’s calendar (DOMAIN.md §7.4, [news])', () => {
  it('dates every milestone in the emulation year, the announcement in the next January', () => {
    const steps = cycleCalendar(2026, '2026-01-15')
    expect(steps.map((s) => [s.milestone, s.from, s.to])).toEqual([
      ['registration', '2026-01-01', '2026-01-31'],
      ['mid_year_review', '2026-06-01', '2026-06-30'],
      ['commemorative_medal', '2026-05-01', '2026-07-25'],
      ['block_scoring', '2026-11-01', '2026-12-15'],
      ['council', '2026-12-01', '2026-12-20'],
      ['proposals_upward', '2026-12-10', '2026-12-31'],
      ['announcement', '2027-01-01', '2027-01-31'],
    ])
  })

  it('is open on the first and the last day of a window, past the day after', () => {
    expect(statusOn('2026-01-01').registration).toBe('open')
    expect(statusOn('2026-01-31').registration).toBe('open')
    expect(statusOn('2026-02-01').registration).toBe('past')
    expect(statusOn('2025-12-31').registration).toBe('upcoming')
  })

  it('on 05/12/2026 the blocks are scoring and the council is sitting, proposals not yet due', () => {
    expect(statusOn('2026-12-05')).toEqual({
      registration: 'past',
      mid_year_review: 'past',
      commemorative_medal: 'past',
      block_scoring: 'open',
      council: 'open',
      proposals_upward: 'upcoming',
      announcement: 'upcoming',
    })
  })
})
