import { describe, expect, it } from 'vitest'
import { homePeriod } from '../homePeriod.ts'

describe('homePeriod', () => {
  it('opens on the statistics year the dashboard opens on: in December the one just ended', () => {
    // Năm thống kê 2027 began on 01/12/2026; during its first month the home shows 2026.
    expect(homePeriod('2026-12-05')).toBe('NTK2026')
    expect(homePeriod('2026-11-30')).toBe('NTK2026')
    expect(homePeriod('2027-01-01')).toBe('NTK2027')
  })
})
