import { describe, expect, it } from 'vitest'
import { shortUnitName } from '../unitLabels.ts'

describe('shortUnitName', () => {
  it("is the unit's own short name when it has one", () => {
    expect(
      shortUnitName({ name: 'Phòng thực hành quyền công tố và kiểm sát điều tra án hình sự', shortName: 'Phòng 1' }),
    ).toBe('Phòng 1')
  })

  it('writes "Viện kiểm sát nhân dân" as VKSND when the unit has none', () => {
    expect(shortUnitName({ name: 'Viện kiểm sát nhân dân khu vực 6 – Cần Thơ', shortName: null })).toBe(
      'VKSND khu vực 6 – Cần Thơ',
    )
    expect(shortUnitName({ name: 'Viện kiểm sát nhân dân thành phố Cần Thơ', shortName: '  ' })).toBe(
      'VKSND thành phố Cần Thơ',
    )
  })

  it('leaves any other name as it is', () => {
    expect(shortUnitName({ name: 'Văn phòng tổng hợp', shortName: null })).toBe('Văn phòng tổng hợp')
  })
})
