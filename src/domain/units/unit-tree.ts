// The unit tree with history (DOMAIN.md §1.1): parent links give the tree as it is;
// successor links carry a ceased unit's data to the unit that took over its work, so a
// district procuracy merged into a regional one on 01/7/2025 still rolls up correctly.
import type { UnitLevel } from '../vocabulary/unit-levels.ts'

export type UnitNode = {
  id: number
  code: string
  name: string
  level: UnitLevel
  parentId: number | null
  successorId: number | null
  validFrom: string
  validTo: string | null
}

export type UnitTree = {
  readonly byId: ReadonlyMap<number, UnitNode>
  readonly childrenOf: ReadonlyMap<number, readonly number[]>
  readonly predecessorsOf: ReadonlyMap<number, readonly number[]>
}

export const buildUnitTree = (units: readonly UnitNode[]): UnitTree => {
  const byId = new Map<number, UnitNode>()
  const childrenOf = new Map<number, number[]>()
  const predecessorsOf = new Map<number, number[]>()
  for (const unit of units) byId.set(unit.id, unit)
  for (const unit of units) {
    if (unit.parentId !== null) push(childrenOf, unit.parentId, unit.id)
    if (unit.successorId !== null) push(predecessorsOf, unit.successorId, unit.id)
  }

  return { byId, childrenOf, predecessorsOf }
}

const push = (map: Map<number, number[]>, key: number, value: number) => {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** True when the unit exists on that day (validFrom ≤ day ≤ validTo). */
export const isUnitValidOn = (unit: UnitNode, day: string): boolean =>
  unit.validFrom <= day && (unit.validTo === null || day <= unit.validTo)

/**
 * Every unit whose records a grant over `rootId` reaches: the unit, its descendants, and
 * — recursively — every unit that was merged into one of them, with that unit's own
 * descendants. Cycles in bad data cannot loop forever: each unit is visited once.
 */
export const reachOf = (tree: UnitTree, rootId: number): Set<number> => {
  const reached = new Set<number>()
  const stack = [rootId]
  while (stack.length > 0) {
    const id = stack.pop()!
    if (reached.has(id) || !tree.byId.has(id)) continue
    reached.add(id)
    for (const child of tree.childrenOf.get(id) ?? []) stack.push(child)
    for (const predecessor of tree.predecessorsOf.get(id) ?? []) stack.push(predecessor)
  }

  return reached
}

/** The chain of ancestors from the unit's parent up to the root. */
export const ancestorsOf = (tree: UnitTree, id: number): number[] => {
  const chain: number[] = []
  const seen = new Set<number>([id])
  let current = tree.byId.get(id)?.parentId ?? null
  while (current !== null && !seen.has(current)) {
    chain.push(current)
    seen.add(current)
    current = tree.byId.get(current)?.parentId ?? null
  }

  return chain
}

/**
 * The unit that carries a record of `id` on `day`: the unit itself while it exists,
 * otherwise its successor (followed as far as needed). Figures of a merged district
 * land on the regional procuracy that took it over.
 */
export const currentCarrierOf = (tree: UnitTree, id: number, day: string): number => {
  const seen = new Set<number>()
  let current = id
  for (;;) {
    const unit = tree.byId.get(current)
    if (!unit || seen.has(current)) return current
    seen.add(current)
    if (isUnitValidOn(unit, day) || unit.successorId === null) return current
    current = unit.successorId
  }
}

/** Would making `newParentId` the parent of `id` put the unit under itself? */
export const wouldCreateCycle = (tree: UnitTree, id: number, newParentId: number | null): boolean =>
  newParentId !== null && (newParentId === id || ancestorsOf(tree, newParentId).includes(id))

/** Would making `newSuccessorId` the successor of `id` make a chain of successions loop? */
export const wouldCreateSuccessionCycle = (tree: UnitTree, id: number, newSuccessorId: number | null): boolean => {
  const seen = new Set<number>([id])
  let current = newSuccessorId
  while (current !== null) {
    if (seen.has(current)) return true
    seen.add(current)
    current = tree.byId.get(current)?.successorId ?? null
  }

  return false
}
