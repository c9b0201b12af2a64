import { describe, expect, it } from 'vitest'
import { recordsSearchFor, validateDashboardSearch, validateRecordsSearch } from '../indicatorsSearch.ts'

describe('indicator search params', () => {
  it('keeps a valid dashboard view and drops what is not one', () => {
    expect(
      validateDashboardSearch({ unitId: 12, period: 'Q2026-2', asOf: '2026-06-30', code: 'TIN_BAO_GIAI_QUYET' }),
    ).toEqual({
      unitId: 12,
      period: 'Q2026-2',
      asOf: '2026-06-30',
      code: 'TIN_BAO_GIAI_QUYET',
    })
    expect(validateDashboardSearch({ unitId: -1, period: 'Q2026-9', asOf: '30/06/2026', code: '<script>' })).toEqual({
      unitId: undefined,
      period: undefined,
      asOf: undefined,
      code: undefined,
    })
  })

  it('reads the drill-down list’s params, the router having parsed numbers', () => {
    expect(
      validateRecordsSearch({
        unitId: '7',
        code: 'TIN_BAO_GIAI_QUYET',
        part: 'denominator',
        period: 'NTK2026',
        page: 2,
        prosecutorId: 40,
      }),
    ).toEqual({
      unitId: 7,
      code: 'TIN_BAO_GIAI_QUYET',
      part: 'denominator',
      period: 'NTK2026',
      asOf: undefined,
      page: 2,
      prosecutorId: 40,
    })
    expect(validateRecordsSearch({ part: 'both', page: 0 })).toMatchObject({ part: undefined, page: undefined })
  })

  it('opens a figure’s list from its first page, for everyone', () => {
    expect(
      recordsSearchFor({ unitId: 3, code: 'X', part: 'numerator', period: 'T2026-03', asOf: '2026-11-24' }),
    ).toEqual({
      unitId: 3,
      code: 'X',
      part: 'numerator',
      period: 'T2026-03',
      asOf: '2026-11-24',
      page: undefined,
      prosecutorId: undefined,
    })
  })
})
