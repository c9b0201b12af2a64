import { describe, expect, it } from 'vitest'
import { comparisonNeedsValue, groupIndicators } from '../indicatorFormat.ts'

describe('indicator labels', () => {
  it('asks for a value except when comparing with last year', () => {
    expect(comparisonNeedsValue('>=')).toBe(true)
    expect(comparisonNeedsValue('higher_than_last_year')).toBe(false)
    expect(comparisonNeedsValue(null)).toBe(true)
  })

  it('groups indicators in the order their groups first appear', () => {
    const groups = groupIndicators([
      { code: 'A', groupLabel: 'Tin báo' },
      { code: 'B', groupLabel: 'Truy tố' },
      { code: 'C', groupLabel: 'Tin báo' },
    ])
    expect(groups.map((g) => [g.label, g.items.map((i) => i.code)])).toEqual([
      ['Tin báo', ['A', 'C']],
      ['Truy tố', ['B']],
    ])
  })
})
