// Figures of a unit include its subordinate units (DOMAIN.md §6.3: regional procuracies and the
// provincial departments report up, the province consolidates), over the unit tree as it stood
// on a given day. Units change: on 01/7/2025 the district procuracies ceased and their work
// passed to regional ones (DOMAIN.md §1.1a). Records keep the unit that entered them, so a
// district's records are first carried to the unit that took over its work on that day
// (currentCarrierOf, along successor links), then summed up the parent links of that day.
//
// The promise: for every unit valid on the day, rolled(unit) = carried-own(unit) + Σ rolled(child)
// over its children valid on the day; units not valid on the day get nothing. When every unit
// that ceased has a successor valid on the day, a root's figure is the sum over all records of
// its subtree with history (reachOf), so nothing is counted twice and nothing is lost.
import { currentCarrierOf, isUnitValidOn, type UnitNode, type UnitTree } from '@/domain/units/unit-tree.ts'
import type { IsoDate } from '@/domain/calendar/index.ts'

// UnitNode has no display order: units are listed by code, numbers in codes compared as numbers
// (KV2 before KV10).
const codeCollator = new Intl.Collator('vi', { numeric: true, sensitivity: 'variant' })
const byCode = (a: UnitNode, b: UnitNode): number => codeCollator.compare(a.code, b.code) || a.id - b.id

const validUnits = (units: Iterable<UnitNode>, day: IsoDate): UnitNode[] =>
  [...units].filter((unit) => isUnitValidOn(unit, day)).sort(byCode)

/** Ids of the units that exist on the day, by code. */
export const unitsOn = (tree: UnitTree, day: IsoDate): number[] =>
  validUnits(tree.byId.values(), day).map((unit) => unit.id)

/** The unit's direct children that exist on the day, by code. */
export const childrenOn = (tree: UnitTree, unitId: number, day: IsoDate): number[] => {
  const children = (tree.childrenOf.get(unitId) ?? [])
    .map((id) => tree.byId.get(id))
    .filter((unit): unit is UnitNode => unit !== undefined)

  return validUnits(children, day).map((unit) => unit.id)
}

/** Each recording unit's value moved to the unit carrying its records on the day; values landing on no valid unit are dropped. */
const carryOwn = <T>(
  tree: UnitTree,
  day: IsoDate,
  own: ReadonlyMap<number, T>,
  add: (a: T, b: T) => T,
): Map<number, T> => {
  const carried = new Map<number, T>()
  for (const [unitId, value] of own) {
    const carrierId = currentCarrierOf(tree, unitId, day)
    const carrier = tree.byId.get(carrierId)
    if (!carrier || !isUnitValidOn(carrier, day)) continue
    const sofar = carried.get(carrierId)
    carried.set(carrierId, sofar === undefined ? value : add(sofar, value))
  }

  return carried
}

/**
 * Every unit valid on `day` with its own records (carried from the units it took over) plus
 * those of its subtree on that day. `add` must be associative and commutative with `zero` as
 * its neutral element (counts, sums, merged lists of items).
 */
export const rollUp = <T>(
  tree: UnitTree,
  day: IsoDate,
  own: ReadonlyMap<number, T>,
  add: (a: T, b: T) => T,
  zero: T,
): Map<number, T> => {
  const carried = carryOwn(tree, day, own, add)
  const rolled = new Map<number, T>()
  const inProgress = new Set<number>()
  const rollOf = (unitId: number): T => {
    const done = rolled.get(unitId)
    if (done !== undefined || rolled.has(unitId)) return done as T
    // A cycle of parent links in bad data: the unit is already being summed higher up.
    if (inProgress.has(unitId)) return zero
    inProgress.add(unitId)
    let total = carried.get(unitId) ?? zero
    for (const childId of childrenOn(tree, unitId, day)) total = add(total, rollOf(childId))
    inProgress.delete(unitId)
    rolled.set(unitId, total)

    return total
  }
  for (const unitId of unitsOn(tree, day)) rollOf(unitId)

  return rolled
}
