import { describe, expect, it } from 'vitest'
import { comparisonNeedsValue, formatIndicatorValue, formatPart, groupIndicators } from '../indicatorFormat.ts'

// Intl in vi-VN groups thousands with '.' and uses ',' for decimals.
describe('indicator figures', () => {
  it('shows rates with one decimal and a percent sign', () => {
    expect(formatIndicatorValue(92.345, { isRate: true, unitOfCount: 'matter' })).toBe('92,3%')
    expect(formatIndicatorValue(100, { isRate: true, unitOfCount: 'person' })).toBe('100,0%')
    expect(formatIndicatorValue(186.04, { isRate: true, unitOfCount: 'matter' })).toBe('186,0%')
  })

  it('shows counts as whole numbers and amounts in đồng', () => {
    expect(formatIndicatorValue(1234, { isRate: false, unitOfCount: 'matter' })).toBe('1.234')
    expect(formatIndicatorValue(12_500_000, { isRate: false, unitOfCount: 'vnd' })).toBe('12.500.000 đồng')
    expect(formatPart(3, 'person')).toBe('3')
  })

  it('shows a dash when there is nothing to divide by', () => {
    expect(formatIndicatorValue(null, { isRate: true, unitOfCount: 'matter' })).toBe('—')
  })

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
