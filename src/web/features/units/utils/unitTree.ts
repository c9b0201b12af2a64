type TreeItem = { id: number; parentId: number | null; name: string; sortOrder?: number; level?: string }

export type UnitTreeNode<T extends TreeItem> = { unit: T; depth: number; children: UnitTreeNode<T>[] }

/**
 * Siblings in the order a procuracy lists itself, everywhere (the switcher, the unit page, the
 * pickers): a province's own departments and offices first, then the regional procuracies
 * (issue 12, item 14); within a level, the unit's sort order, then the name.
 */
const LEVEL_RANK: Record<string, number> = {
  supreme: 0,
  provincial: 1,
  department: 2,
  office: 3,
  regional: 4,
  district: 5,
}

const compare = (a: TreeItem, b: TreeItem) =>
  (LEVEL_RANK[a.level ?? ''] ?? 9) - (LEVEL_RANK[b.level ?? ''] ?? 9) ||
  (a.sortOrder ?? 0) - (b.sortOrder ?? 0) ||
  a.name.localeCompare(b.name, 'vi')

/** Builds a forest from parentId links; units whose parent is not in the list become roots. */
export const buildUnitTree = <T extends TreeItem>(units: readonly T[]): UnitTreeNode<T>[] => {
  const ids = new Set(units.map((u) => u.id))
  const byParent = new Map<number | null, T[]>()
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null
    const siblings = byParent.get(parent) ?? []
    siblings.push(unit)
    byParent.set(parent, siblings)
  }
  const visit = (parent: number | null, depth: number, seen: Set<number>): UnitTreeNode<T>[] =>
    (byParent.get(parent) ?? [])
      .filter((unit) => !seen.has(unit.id))
      .sort(compare)
      .map((unit) => {
        const next = new Set(seen).add(unit.id)
        return { unit, depth, children: visit(unit.id, depth + 1, next) }
      })
  return visit(null, 0, new Set())
}

/** The tree flattened in display order, each unit with its depth. */
export const flattenUnitTree = <T extends TreeItem>(nodes: UnitTreeNode<T>[]): { unit: T; depth: number }[] =>
  nodes.flatMap((node) => [{ unit: node.unit, depth: node.depth }, ...flattenUnitTree(node.children)])

/** Ids of a unit and every unit below it. */
export const subtreeIds = <T extends TreeItem>(units: readonly T[], rootId: number): Set<number> => {
  const result = new Set<number>([rootId])
  let grew = true
  while (grew) {
    grew = false
    for (const unit of units) {
      if (unit.parentId !== null && result.has(unit.parentId) && !result.has(unit.id)) {
        result.add(unit.id)
        grew = true
      }
    }
  }
  return result
}

/**
 * Separates units that ceased and were merged into a unit of this list (their own parent lies outside it)
 * from the living organisation, so predecessors are not shown as if they were top-level units.
 */
export const splitPredecessors = <T extends TreeItem & { successorId: number | null; validTo: string | null }>(
  units: readonly T[],
): { main: T[]; predecessors: T[] } => {
  const forest = buildUnitTree(units)
  const predecessorIds = new Set<number>()
  for (const root of forest) {
    if (root.unit.validTo !== null && root.unit.successorId !== null) {
      for (const { unit } of flattenUnitTree([root])) predecessorIds.add(unit.id)
    }
  }
  // Keep at least one tree: when everything is historical, show it all as the organisation.
  if (predecessorIds.size === units.length) return { main: [...units], predecessors: [] }
  return {
    main: units.filter((u) => !predecessorIds.has(u.id)),
    predecessors: units.filter((u) => predecessorIds.has(u.id)),
  }
}
