// Who may do what, and over which units: decided here and nowhere else (DESIGN.md principle 5).
// A person holds roles, each granted over one unit; a grant reaches that unit's subtree and
// the units merged into it (see reachOf). Services call `authorize` first in every entry point.
import type { Role } from '../vocabulary/roles.ts'
import { reachOf, type UnitTree } from '@/domain/units/unit-tree.ts'

export type Grant = { role: Role; unitId: number }

/**
 * Every permission there is, in one list: the access-rules test and the route × role × scope
 * matrix (test/integration/access-matrix.int.test.ts) iterate over it, so a permission added
 * here is checked for every role without editing a hand-kept copy.
 */
export const PERMISSION_LIST = [
  'unit.read',
  'unit.manage',
  'person.read',
  'person.edit',
  'person.manage',
  'audit.read',
  'matter.read',
  'matter.write',
  'indicator.read',
  'indicator.manage',
  'period.close',
  'plan.read',
  'plan.manage',
  'plan.task.assign',
  'plan.task.report',
  'emulation.read',
  'emulation.facts.edit',
  'emulation.score',
  'emulation.manage',
] as const

export type Permission = (typeof PERMISSION_LIST)[number]

/** What each role may do within its reach. Read-only and statistics roles never write people. */
// The register is case data: administrators manage people and units but do not read matters;
// prosecutors and heads record procedural acts; leadership, statistics and read-only staff read.
// Indicator figures are aggregates: everyone reads them within their reach (the emulation
// officer scores with them), but opening the records behind a figure needs matter.read.
// Administrators maintain targets; the statistics office closes periods.
// Plans (issue 13 item 9): everyone who works on cases reads them; the unit's leadership and the
// statistics/general office draft and issue them; heads assign a task inside their unit; the lead
// unit (its head, the prosecutors it was given to) reports progress. Administrators keep accounts,
// not the work, and read no plan.
// Emulation (issue 14): everyone but the administrator reads the emulation cycle within reach; the
// unit (its head and leadership) and the emulation officer enter the facts conditions read
// (ratings, discipline, initiatives); heads self-assess their unit, the block's organiser scores;
// the emulation officer and leadership run movements, blocks, councils, proposals and decisions.
// A council ballot is cast by a council member, checked by membership, not by role.
const PERMISSIONS: Record<Role, readonly Permission[]> = {
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

export const roleAllows = (role: Role, permission: Permission): boolean => PERMISSIONS[role].includes(permission)

/** Every unit on which the grants allow `permission`. */
export const unitsPermitted = (tree: UnitTree, grants: readonly Grant[], permission: Permission): Set<number> => {
  const units = new Set<number>()
  for (const grant of grants) {
    if (!roleAllows(grant.role, permission)) continue
    for (const id of reachOf(tree, grant.unitId)) units.add(id)
  }

  return units
}

export const isPermitted = (
  tree: UnitTree,
  grants: readonly Grant[],
  permission: Permission,
  unitId: number,
): boolean => grants.some((grant) => roleAllows(grant.role, permission) && reachOf(tree, grant.unitId).has(unitId))

/** Does any grant allow the permission somewhere? Used for menus, never for data access. */
export const hasPermissionAnywhere = (grants: readonly Grant[], permission: Permission): boolean =>
  grants.some((grant) => roleAllows(grant.role, permission))

/**
 * An administrator may hand out a role only over units inside their own administrative
 * reach, so no one can grant themselves or others more than they hold.
 */
export const canGrant = (tree: UnitTree, grants: readonly Grant[], wanted: Grant): boolean =>
  isPermitted(tree, grants, 'person.manage', wanted.unitId)

/** An administrator of the Supreme Procuracy: an admin grant over a root unit of the supreme level. */
export const isSupremeAdministrator = (tree: UnitTree, grants: readonly Grant[]): boolean =>
  grants.some((grant) => {
    const unit = tree.byId.get(grant.unitId)
    return grant.role === 'admin' && unit !== undefined && unit.parentId === null && unit.level === 'supreme'
  })

/**
 * The official calendar is national: a day off added to it moves every deadline in the country
 * (BLTTHS 2015 Điều 134 khoản 4 counts days off). So it is not any unit's administrator's: only the
 * supreme level's administrators, or an administrator they explicitly granted it
 * (national_calendar_managers), may change it.
 */
export const canManageNationalCalendar = (
  tree: UnitTree,
  grants: readonly Grant[],
  explicitlyGranted: boolean,
): boolean =>
  isSupremeAdministrator(tree, grants) || (explicitlyGranted && hasPermissionAnywhere(grants, 'unit.manage'))
