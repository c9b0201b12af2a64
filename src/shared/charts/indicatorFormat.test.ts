import { describe, expect, it } from 'vitest'
import { formatIndicatorValue, formatPart } from './indicatorFormat.ts'

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
})
