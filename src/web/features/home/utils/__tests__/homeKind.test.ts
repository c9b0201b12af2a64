import { describe, expect, it } from 'vitest'
import { homeKindOf } from '../homeKind.ts'
import { quickLinksFor } from '../quickLinks.ts'

const NONE = {
  manageUnits: false,
  managePeople: false,
  editPeople: false,
  viewAudit: false,
  readMatters: false,
  readIndicators: false,
  manageIndicators: false,
  closePeriods: false,
  recordMatters: false,
  readPlans: false,
  managePlans: false,
  readEmulation: false,
}

describe('homeKindOf', () => {
  it('gives leadership and heads of units the leadership home', () => {
    expect(homeKindOf([{ role: 'leadership' }])).toBe('leadership')
    expect(homeKindOf([{ role: 'head' }])).toBe('leadership')
    // A head who also prosecutes leads a unit first.
    expect(homeKindOf([{ role: 'prosecutor' }, { role: 'head' }])).toBe('leadership')
  })

  it('gives each other role its own home, and read-only to a user with none', () => {
    expect(homeKindOf([{ role: 'prosecutor' }])).toBe('prosecutor')
    expect(homeKindOf([{ role: 'statistics' }])).toBe('statistics')
    expect(homeKindOf([{ role: 'emulation' }])).toBe('emulation')
    expect(homeKindOf([{ role: 'admin' }])).toBe('admin')
    expect(homeKindOf([{ role: 'readonly' }])).toBe('readonly')
    expect(homeKindOf([])).toBe('readonly')
  })
})

describe('quickLinksFor', () => {
  const paths = (kind: Parameters<typeof quickLinksFor>[0], can: Partial<typeof NONE>) =>
    quickLinksFor(kind, { ...NONE, ...can }).map((l) => l.to)

  it('offers the emulation officer, who reads figures but not matters, no register and no deadlines', () => {
    // Their role reads indicators, units and people only (domain/access/access-rules.ts).
    expect(paths('emulation', { readIndicators: true })).toEqual(['/chi-tieu', '/don-vi', '/can-bo'])
  })

  it('offers a page only with the right its guard asks for', () => {
    expect(paths('leadership', { readMatters: true, readIndicators: true })).toEqual([
      '/thoi-han',
      '/so-thu-ly',
      '/chi-tieu',
      '/don-vi',
      '/can-bo',
    ])
    expect(paths('leadership', { readMatters: true, readIndicators: true, viewAudit: true })).toContain('/nhat-ky')
    expect(paths('admin', { manageUnits: true, viewAudit: true, readIndicators: true })).toEqual([
      '/can-bo',
      '/don-vi',
      '/lich-nghi',
      '/nhat-ky',
      '/tac-vu-nen',
    ])
    expect(paths('admin', { manageIndicators: true })).toContain('/chi-tieu/muc-tieu')
    expect(paths('prosecutor', { readMatters: true, readIndicators: true })).not.toContain('/so-thu-ly/moi')
    expect(paths('prosecutor', { readMatters: true, recordMatters: true })[0]).toBe('/so-thu-ly/moi')
  })

  it('gives every link a Vietnamese title and description', () => {
    for (const link of quickLinksFor('admin', {
      ...NONE,
      manageUnits: true,
      viewAudit: true,
      manageIndicators: true,
    })) {
      expect(link.title).toMatch(/\p{L}/u)
      expect(link.description.length).toBeGreaterThan(5)
    }
  })
})
