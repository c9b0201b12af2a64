import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDays } from '@/domain/calendar/index.ts'
import {
  buildUnitTree,
  currentCarrierOf,
  isUnitValidOn,
  type UnitNode,
  type UnitTree,
} from '@/domain/units/unit-tree.ts'
import { childrenOn, rollUp, unitsOn } from './rollup.ts'
import { unit } from '@/domain/units/testing.ts'

// The July 2025 reform in miniature (DOMAIN.md §1.1a): province HG and its districts VTA, VTY
// cease on 30/6/2025; the districts' work passes to the regional procuracy CT.KV6, HG's to CT,
// HG's department P1 to CT's department P1.
const tree = buildUnitTree([
  unit(1, 'VKSNDTC', null, { level: 'supreme' }),
  unit(2, 'HG', 1, { level: 'provincial', validTo: '2025-06-30', successorId: 5 }),
  unit(3, 'HG.VTA', 2, { level: 'district', validTo: '2025-06-30', successorId: 7 }),
  unit(4, 'HG.VTY', 2, { level: 'district', validTo: '2025-06-30', successorId: 7 }),
  unit(5, 'CT', 1, { level: 'provincial', validFrom: '2025-07-01' }),
  unit(6, 'CT.P1', 5, { validFrom: '2025-07-01' }),
  unit(7, 'CT.KV6', 5, { level: 'regional', validFrom: '2025-07-01' }),
  unit(8, 'CT.KV7', 5, { level: 'regional', validFrom: '2025-07-01' }),
  unit(9, 'HG.P1', 2, { validTo: '2025-06-30', successorId: 6 }),
  unit(10, 'TN01', 1, { level: 'provincial' }),
  unit(11, 'CT.KV10', 5, { level: 'regional', validFrom: '2025-07-01' }),
])

// Matters counted by the unit that recorded them: the districts recorded theirs before the merge.
const own = new Map<number, number>([
  [2, 1],
  [3, 4],
  [4, 2],
  [5, 2],
  [7, 5],
  [8, 1],
  [9, 3],
  [10, 7],
])
const add = (a: number, b: number) => a + b

describe('units and children on a day', () => {
  it('lists the units valid on the day, by code', () => {
    expect(unitsOn(tree, '2025-06-30')).toEqual([2, 9, 3, 4, 10, 1])
    expect(unitsOn(tree, '2025-07-01')).toEqual([5, 7, 8, 11, 6, 10, 1])
  })

  it('lists the children valid on the day, numbers in codes compared as numbers', () => {
    expect(childrenOn(tree, 1, '2025-11-30')).toEqual([5, 10])
    expect(childrenOn(tree, 5, '2025-11-30')).toEqual([7, 8, 11, 6])
    expect(childrenOn(tree, 1, '2025-06-30')).toEqual([2, 10])
    expect(childrenOn(tree, 2, '2025-11-30')).toEqual([])
    expect(childrenOn(tree, 999, '2025-11-30')).toEqual([])
  })
})

describe('roll-up with a district merged into a regional unit on 01/7/2025', () => {
  it('after the merge, the districts roll into CT.KV6 and HG into CT', () => {
    const rolled = rollUp(tree, '2025-11-30', own, add, 0)
    // CT.KV6: its own 5 + VTA's 4 + VTY's 2 = 11. CT.P1: HG.P1's 3. CT.KV7: 1. CT.KV10: 0.
    expect(rolled.get(7)).toBe(11)
    expect(rolled.get(6)).toBe(3)
    expect(rolled.get(8)).toBe(1)
    expect(rolled.get(11)).toBe(0)
    // CT: own 2 + HG's 1 + children 11 + 1 + 0 + 3 = 18. Supreme: 18 + TN01's 7 = 25 = every record.
    expect(rolled.get(5)).toBe(18)
    expect(rolled.get(10)).toBe(7)
    expect(rolled.get(1)).toBe(25)
    // The ceased units get nothing of their own on that day.
    expect([2, 3, 4, 9].some((id) => rolled.has(id))).toBe(false)
  })

  it('on the day before the merge, the old tree holds; records of units not yet created land nowhere', () => {
    const rolled = rollUp(tree, '2025-06-30', own, add, 0)
    expect(rolled.get(3)).toBe(4)
    expect(rolled.get(4)).toBe(2)
    expect(rolled.get(9)).toBe(3)
    // HG: own 1 + 4 + 2 + 3.
    expect(rolled.get(2)).toBe(10)
    // Supreme: HG 10 + TN01 7; the 8 recorded by CT, CT.KV6 and CT.KV7 did not exist yet.
    expect(rolled.get(1)).toBe(17)
    expect([5, 6, 7, 8, 11].some((id) => rolled.has(id))).toBe(false)
  })

  it('rolls up any value with its own addition (lists of matter ids)', () => {
    const lists = new Map<number, string[]>([
      [3, ['VTA-1']],
      [7, ['KV6-1']],
    ])
    const rolled = rollUp(tree, '2025-11-30', lists, (a, b) => [...a, ...b], [])
    expect([...(rolled.get(7) ?? [])].sort()).toEqual(['KV6-1', 'VTA-1'])
    expect(rolled.get(8)).toEqual([])
  })

  it('terminates on a cycle of parent links in bad data', () => {
    const cyclic = buildUnitTree([unit(1, 'A', 2), unit(2, 'B', 1)])
    const rolled = rollUp(
      cyclic,
      '2025-01-01',
      new Map([
        [1, 1],
        [2, 2],
      ]),
      add,
      0,
    )
    expect(rolled.size).toBe(2)
  })
})

// ── Property: random trees with random merges ────────────────────────────────────────────

type MergePlan = { gap: number; unitPick: number; toNewUnit: boolean; targetPick: number }
type TreePlan = { parents: number[]; merges: MergePlan[]; values: number[]; dayPick: number }

const descendantsOn = (units: UnitNode[], rootId: number, day: string): Set<number> => {
  const found = new Set([rootId])
  let grew = true
  while (grew) {
    grew = false
    for (const u of units) {
      if (!found.has(u.id) && u.parentId !== null && found.has(u.parentId) && isUnitValidOn(u, day)) {
        found.add(u.id)
        grew = true
      }
    }
  }

  return found
}

/**
 * A tree as reforms leave it: unit 1 is the root and never ceases; a merge ends a unit and its
 * whole subtree on a day and hands their work to one unit valid from the next day: an existing
 * one, or a new unit placed under a unit that continues.
 */
const buildPlannedTree = (plan: TreePlan): { units: UnitNode[]; days: string[] } => {
  const units: UnitNode[] = [unit(1, 'U1', null, { validFrom: '2000-01-01' })]
  plan.parents.forEach((pick, i) =>
    units.push(unit(i + 2, `U${i + 2}`, 1 + (pick % (i + 1)), { validFrom: '2000-01-01' })),
  )
  let day = '2020-01-01'
  const days = ['2010-06-15']
  for (const merge of plan.merges) {
    day = addDays(day, 1 + merge.gap)
    days.push(day, addDays(day, 1))
    const ending = units.filter((u) => u.id !== 1 && isUnitValidOn(u, day))
    if (ending.length === 0) continue
    const subtree = descendantsOn(units, ending[merge.unitPick % ending.length]!.id, day)
    const continuing = units.filter((u) => !subtree.has(u.id) && isUnitValidOn(u, day) && u.validTo === null)
    let target: number
    if (merge.toNewUnit) {
      target = units.length + 1
      units.push(
        unit(target, `U${target}`, continuing[merge.targetPick % continuing.length]!.id, {
          validFrom: addDays(day, 1),
        }),
      )
    } else {
      target = continuing[merge.targetPick % continuing.length]!.id
    }
    for (const u of units) if (subtree.has(u.id)) Object.assign(u, { validTo: day, successorId: target })
  }
  days.push(addDays(day, 30))

  return { units, days }
}

const planArbitrary: fc.Arbitrary<TreePlan> = fc.record({
  parents: fc.array(fc.nat(), { maxLength: 14 }),
  merges: fc.array(
    fc.record({ gap: fc.nat({ max: 300 }), unitPick: fc.nat(), toNewUnit: fc.boolean(), targetPick: fc.nat() }),
    { maxLength: 8 },
  ),
  values: fc.array(fc.nat({ max: 50 }), { minLength: 30, maxLength: 30 }),
  dayPick: fc.nat(),
})

const setUp = (plan: TreePlan) => {
  const { units, days } = buildPlannedTree(plan)
  const tree: UnitTree = buildUnitTree(units)
  const day = days[plan.dayPick % days.length]!
  const own = new Map(units.map((u, i) => [u.id, plan.values[i % plan.values.length]!]))

  return { units, tree, day, own, rolled: rollUp(tree, day, own, add, 0) }
}

describe('roll-up properties on random trees with merges', () => {
  it('every valid unit holds its carried records plus its valid children; other units get nothing', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const { units, tree, day, own, rolled } = setUp(plan)
        for (const u of units) {
          if (!isUnitValidOn(u, day)) {
            expect(rolled.has(u.id)).toBe(false)
            continue
          }
          const carried = units
            .filter((x) => currentCarrierOf(tree, x.id, day) === u.id)
            .reduce((total, x) => total + own.get(x.id)!, 0)
          const children = units
            .filter((c) => c.parentId === u.id && isUnitValidOn(c, day))
            .reduce((total, c) => total + rolled.get(c.id)!, 0)
          expect(rolled.get(u.id)).toBe(carried + children)
        }
      }),
    )
  })

  it('the root holds each record exactly once: every unit created by the day lands on a valid unit', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const { units, tree, day, own, rolled } = setUp(plan)
        const landsOn = (u: UnitNode) => isUnitValidOn(tree.byId.get(currentCarrierOf(tree, u.id, day))!, day)
        // Nothing lost: a unit that existed by the day hands its records to a unit valid on the day.
        for (const u of units) if (u.validFrom <= day) expect(landsOn(u)).toBe(true)
        // Nothing twice: the root is the sum of the records that land. (A unit created after the day
        // lands only when its successor chain reaches a valid unit: currentCarrierOf follows successors
        // of any unit not valid on the day.)
        const expected = units.filter(landsOn).reduce((total, u) => total + own.get(u.id)!, 0)
        expect(rolled.get(1)).toBe(expected)
      }),
    )
  })
})
