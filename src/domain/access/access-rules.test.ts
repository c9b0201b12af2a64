import { describe, expect, it } from 'vitest'
import { ROLES, type Role } from '../vocabulary/roles.ts'
import { buildUnitTree } from '@/domain/units/unit-tree.ts'
import { unit } from '@/domain/units/testing.ts'
import {
  canGrant,
  canManageNationalCalendar,
  hasPermissionAnywhere,
  isPermitted,
  isSupremeAdministrator,
  PERMISSION_LIST,
  unitsPermitted,
  type Permission,
} from './access-rules.ts'

const tree = buildUnitTree([
  unit(1, 'VKSNDTC', null, { level: 'supreme' }),
  unit(2, 'CT', 1, { level: 'provincial' }),
  unit(3, 'CT.P1', 2),
  unit(4, 'CT.P2', 2),
  unit(5, 'CT.KV6', 2, { level: 'regional' }),
  unit(6, 'CT.KV7', 2, { level: 'regional' }),
  unit(7, 'HG.VTA', null, { level: 'district', validFrom: '2004-01-01', validTo: '2025-06-30', successorId: 5 }),
  unit(8, 'TN01', 1, { level: 'provincial' }),
  // Mislabelled on purpose: "supreme" is the root's level, not a label any unit below it can carry.
  unit(9, 'TN01.X', 8, { level: 'supreme' }),
])

// The role × permission table the product promises (DESIGN.md "Who uses it").
const EXPECTED: Record<Role, Permission[]> = {
  admin: [
    'unit.read',
    'unit.manage',
    'person.read',
    'person.edit',
    'person.manage',
    'audit.read',
    'indicator.read',
    'indicator.manage',
  ],
  leadership: [
    'unit.read',
    'person.read',
    'person.edit',
    'audit.read',
    'matter.read',
    'indicator.read',
    'plan.read',
    'plan.manage',
    'plan.task.assign',
    'plan.task.report',
    'emulation.read',
    'emulation.facts.edit',
    'emulation.score',
    'emulation.manage',
  ],
  head: [
    'unit.read',
    'person.read',
    'person.edit',
    'matter.read',
    'matter.write',
    'indicator.read',
    'plan.read',
    'plan.task.assign',
    'plan.task.report',
    'emulation.read',
    'emulation.facts.edit',
    'emulation.score',
  ],
  prosecutor: [
    'unit.read',
    'person.read',
    'matter.read',
    'matter.write',
    'indicator.read',
    'plan.read',
    'plan.task.report',
    'emulation.read',
  ],
  statistics: ['unit.read', 'person.read', 'matter.read', 'indicator.read', 'period.close', 'plan.read', 'plan.manage'],
  emulation: [
    'unit.read',
    'person.read',
    'indicator.read',
    'plan.read',
    'emulation.read',
    'emulation.facts.edit',
    'emulation.score',
    'emulation.manage',
  ],
  readonly: ['unit.read', 'person.read', 'matter.read', 'indicator.read', 'plan.read', 'emulation.read'],
}

it('the expected table names only permissions that exist', () => {
  for (const role of ROLES) for (const permission of EXPECTED[role]) expect(PERMISSION_LIST).toContain(permission)
})

describe('role × permission within the granted unit', () => {
  for (const role of ROLES)
    for (const permission of PERMISSION_LIST)
      it(`${role} ${EXPECTED[role].includes(permission) ? 'may' : 'may not'} ${permission} in its unit`, () => {
        expect(isPermitted(tree, [{ role, unitId: 2 }], permission, 3)).toBe(EXPECTED[role].includes(permission))
      })
})

describe('unit scope', () => {
  it('a grant over a department does not reach the sibling department', () => {
    expect(isPermitted(tree, [{ role: 'head', unitId: 3 }], 'person.edit', 3)).toBe(true)
    expect(isPermitted(tree, [{ role: 'head', unitId: 3 }], 'person.edit', 4)).toBe(false)
    expect(isPermitted(tree, [{ role: 'head', unitId: 3 }], 'person.read', 2)).toBe(false)
  })

  it('a prosecutor of khu vực 6 reads khu vực 6 and the district merged into it, not khu vực 7', () => {
    const grants = [{ role: 'prosecutor' as const, unitId: 5 }]
    expect([...unitsPermitted(tree, grants, 'person.read')].sort()).toEqual([5, 7])
    expect(isPermitted(tree, grants, 'person.read', 6)).toBe(false)
  })

  it('the provincial leadership reaches the whole province but not another province or the Supreme Procuracy', () => {
    const grants = [{ role: 'leadership' as const, unitId: 2 }]
    expect([...unitsPermitted(tree, grants, 'audit.read')].sort()).toEqual([2, 3, 4, 5, 6, 7])
    expect(isPermitted(tree, grants, 'person.read', 8)).toBe(false)
    expect(isPermitted(tree, grants, 'person.read', 1)).toBe(false)
  })

  it('permissions from several grants add up, each within its own unit', () => {
    const grants = [
      { role: 'readonly' as const, unitId: 2 },
      { role: 'head' as const, unitId: 3 },
    ]
    expect(isPermitted(tree, grants, 'person.edit', 3)).toBe(true)
    expect(isPermitted(tree, grants, 'person.edit', 4)).toBe(false)
    expect(isPermitted(tree, grants, 'person.read', 4)).toBe(true)
  })

  it('a grant without the permission adds no unit, even beside one that has it', () => {
    const grants = [
      { role: 'readonly' as const, unitId: 2 },
      { role: 'admin' as const, unitId: 3 },
    ]
    expect([...unitsPermitted(tree, grants, 'unit.manage')]).toEqual([3])
    expect(hasPermissionAnywhere(grants, 'unit.manage')).toBe(true)
    expect(hasPermissionAnywhere([{ role: 'readonly', unitId: 2 }], 'unit.manage')).toBe(false)
  })

  it('no grants, no access', () => {
    expect(unitsPermitted(tree, [], 'unit.read').size).toBe(0)
    expect(hasPermissionAnywhere([], 'unit.read')).toBe(false)
  })
})

describe('handing out roles', () => {
  it('an administrator grants roles only inside their own reach', () => {
    const admin = [{ role: 'admin' as const, unitId: 2 }]
    expect(canGrant(tree, admin, { role: 'leadership', unitId: 2 })).toBe(true)
    expect(canGrant(tree, admin, { role: 'admin', unitId: 5 })).toBe(true)
    expect(canGrant(tree, admin, { role: 'admin', unitId: 1 })).toBe(false)
    expect(canGrant(tree, admin, { role: 'readonly', unitId: 8 })).toBe(false)
  })

  it('no one but an administrator grants roles', () => {
    for (const role of ROLES.filter((r) => r !== 'admin'))
      expect(canGrant(tree, [{ role, unitId: 2 }], { role: 'readonly', unitId: 3 })).toBe(false)
  })
})

describe('the national official calendar', () => {
  it('belongs to the supreme level administrators, and to administrators they grant it', () => {
    expect(canManageNationalCalendar(tree, [{ role: 'admin', unitId: 1 }], false)).toBe(true)
    expect(canManageNationalCalendar(tree, [{ role: 'admin', unitId: 2 }], false)).toBe(false)
    expect(canManageNationalCalendar(tree, [{ role: 'admin', unitId: 2 }], true)).toBe(true)
    // A grant is for administrators: a leader listed by mistake still may not.
    expect(canManageNationalCalendar(tree, [{ role: 'leadership', unitId: 1 }], true)).toBe(false)
    expect(canManageNationalCalendar(tree, [{ role: 'leadership', unitId: 1 }], false)).toBe(false)
    // A root that is not of the supreme level (a ceased province) is not the Supreme Procuracy.
    expect(isSupremeAdministrator(tree, [{ role: 'admin', unitId: 7 }])).toBe(false)
    expect(isSupremeAdministrator(tree, [{ role: 'admin', unitId: 1 }])).toBe(true)
    expect(isSupremeAdministrator(tree, [{ role: 'admin', unitId: 9 }])).toBe(false)
    // One grant over the root is enough beside others; a grant over a unit not in the tree is none.
    expect(
      isSupremeAdministrator(tree, [
        { role: 'readonly', unitId: 2 },
        { role: 'admin', unitId: 1 },
      ]),
    ).toBe(true)
    expect(isSupremeAdministrator(tree, [{ role: 'admin', unitId: 999 }])).toBe(false)
  })
})
