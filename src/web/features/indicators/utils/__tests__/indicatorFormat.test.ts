import { describe, expect, it } from 'vitest'
import { comparisonNeedsValue, groupIndicators, partialLastYearNote } from '../indicatorFormat.ts'

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

describe('partialLastYearNote (issue 12, item 2)', () => {
  it('says last year is partial when the register begins after its first day', () => {
    expect(partialLastYearNote('2024-12-01', '2025-06-05')).toBe(
      'chưa đủ kỳ (sổ thụ lý có số liệu từ 05/06/2025), chưa so sánh được',
    )
  })

  it('says nothing when the register holds all of last year, or holds nothing', () => {
    expect(partialLastYearNote('2024-12-01', '2024-12-01')).toBeNull()
    expect(partialLastYearNote('2024-12-01', '2023-03-10')).toBeNull()
    expect(partialLastYearNote('2024-12-01', null)).toBeNull()
  })
})
