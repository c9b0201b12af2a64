import { describe, expect, it } from 'vitest'
import { defaultDeadlineScope, validateDeadlinesSearch } from '../deadlinesSearch.ts'

describe('defaultDeadlineScope (issue 12, item 13)', () => {
  it('opens a prosecutor on their own deadlines', () => {
    expect(defaultDeadlineScope([{ role: 'prosecutor' }])).toBe('mine')
    expect(defaultDeadlineScope([{ role: 'leadership' }, { role: 'prosecutor' }])).toBe('mine')
  })

  it('opens leadership, heads and the statistics office on their unit, where their deadlines are', () => {
    expect(defaultDeadlineScope([{ role: 'leadership' }])).toBe('unit')
    expect(defaultDeadlineScope([{ role: 'head' }])).toBe('unit')
    expect(defaultDeadlineScope([{ role: 'statistics' }])).toBe('unit')
    expect(defaultDeadlineScope([])).toBe('unit')
  })

  it('keeps a scope chosen in the URL, and drops an unknown one for the default', () => {
    expect(validateDeadlinesSearch({ scope: 'mine' }).scope).toBe('mine')
    expect(validateDeadlinesSearch({ scope: 'other' }).scope).toBeUndefined()
  })
})
