import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  ancestorsOf,
  buildUnitTree,
  currentCarrierOf,
  isUnitValidOn,
  reachOf,
  wouldCreateCycle,
  wouldCreateSuccessionCycle,
  type UnitNode,
} from './unit-tree.ts'
import { unit } from './testing.ts'

// A miniature of the July 2025 reform: district procuracies of the old province merge into
// regional ones of the new province, and the old province itself into the new one.
const units: UnitNode[] = [
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
]
const tree = buildUnitTree(units)
const codes = (ids: Iterable<number>) => [...ids].map((id) => tree.byId.get(id)!.code).sort()

describe('reach of a grant over the unit tree with history', () => {
  it('a regional procuracy reaches itself and the districts merged into it', () => {
    expect(codes(reachOf(tree, 7))).toEqual(['CT.KV6', 'HG.VTA', 'HG.VTY'])
  })

  it('a regional procuracy does not reach its sibling', () => {
    expect(reachOf(tree, 7).has(8)).toBe(false)
    expect(codes(reachOf(tree, 8))).toEqual(['CT.KV7'])
  })

  it('the new province reaches the old province, its departments and districts, through the successor links', () => {
    expect(codes(reachOf(tree, 5))).toEqual(['CT', 'CT.KV6', 'CT.KV7', 'CT.P1', 'HG', 'HG.P1', 'HG.VTA', 'HG.VTY'])
  })

  it('a ceased unit still reaches its own subtree (for reading history) but not its successor', () => {
    expect(codes(reachOf(tree, 2))).toEqual(['HG', 'HG.P1', 'HG.VTA', 'HG.VTY'])
  })

  it('an unknown unit reaches nothing', () => {
    expect(reachOf(tree, 999).size).toBe(0)
  })

  it('terminates on a succession cycle in bad data', () => {
    const cyclic = buildUnitTree([unit(1, 'A', null, { successorId: 2 }), unit(2, 'B', null, { successorId: 1 })])
    expect(reachOf(cyclic, 1)).toEqual(new Set([1, 2]))
  })
})

describe('validity and roll-up by date', () => {
  it('a district exists until 30/06/2025 inclusive', () => {
    expect(isUnitValidOn(units[2]!, '2025-06-30')).toBe(true)
    expect(isUnitValidOn(units[2]!, '2025-07-01')).toBe(false)
    expect(isUnitValidOn(units[6]!, '2025-06-30')).toBe(false)
  })

  it('a record of a merged district rolls up to the regional successor after the reform, to the district before', () => {
    expect(currentCarrierOf(tree, 3, '2025-06-30')).toBe(3)
    expect(currentCarrierOf(tree, 3, '2025-07-01')).toBe(7)
    expect(currentCarrierOf(tree, 3, '2026-11-24')).toBe(7)
  })

  it('ancestors run up to the root', () => {
    expect(codes(ancestorsOf(tree, 3))).toEqual(['HG', 'VKSNDTC'])
  })
})

describe('guards against impossible trees', () => {
  it('refuses to put a unit under itself or its descendant', () => {
    expect(wouldCreateCycle(tree, 5, 7)).toBe(true)
    expect(wouldCreateCycle(tree, 5, 5)).toBe(true)
    expect(wouldCreateCycle(tree, 7, 8)).toBe(false)
    expect(wouldCreateCycle(tree, 7, null)).toBe(false)
  })

  it('refuses a succession that loops back', () => {
    expect(wouldCreateSuccessionCycle(tree, 7, 3)).toBe(true)
    expect(wouldCreateSuccessionCycle(tree, 8, 7)).toBe(false)
  })
})

describe('reach, as a property of any tree', () => {
  // Random forests: unit i may have a parent and a successor among units with a smaller id.
  const forest = fc
    .array(fc.record({ parent: fc.option(fc.nat(), { nil: null }), successor: fc.option(fc.nat(), { nil: null }) }), {
      minLength: 1,
      maxLength: 40,
    })
    .map((specs) =>
      specs.map((s, i) =>
        unit(i + 1, `U${i + 1}`, i === 0 || s.parent === null ? null : (s.parent % i) + 1, {
          successorId: i === 0 || s.successor === null ? null : (s.successor % i) + 1,
        }),
      ),
    )

  it('the reach of a unit contains the reach of each of its children and predecessors', () => {
    fc.assert(
      fc.property(forest, (nodes) => {
        const t = buildUnitTree(nodes)
        for (const node of nodes) {
          const reach = reachOf(t, node.id)
          expect(reach.has(node.id)).toBe(true)
          for (const linked of [...(t.childrenOf.get(node.id) ?? []), ...(t.predecessorsOf.get(node.id) ?? [])])
            for (const id of reachOf(t, linked)) expect(reach.has(id)).toBe(true)
        }
      }),
    )
  })

  it('without successions, a grant never reaches upwards: no ancestor is in the reach', () => {
    fc.assert(
      fc.property(forest, (nodes) => {
        const t = buildUnitTree(nodes.map((n) => ({ ...n, successorId: null })))
        for (const node of nodes)
          for (const ancestor of ancestorsOf(t, node.id)) expect(reachOf(t, node.id).has(ancestor)).toBe(false)
      }),
    )
  })
})
