import { useEffect, useMemo } from 'react'
import { Group, Text, Tree, useTree } from '@mantine/core'
import type { TreeNodeData } from '@mantine/core'
import { IconChevronDown, IconChevronRight, IconPoint } from '@tabler/icons-react'
import type { KeyboardEvent } from 'react'
import type { Unit } from '@/shared/api/units.ts'
import { UNIT_LEVEL_LABELS } from '@/shared/vocabulary.ts'
import { formatValidity, isHistoricalUnit } from '../utils/unitLabels.ts'
import { buildUnitTree } from '../utils/unitTree.ts'
import type { UnitTreeNode } from '../utils/unitTree.ts'

type UnitTreeProps = {
  units: Unit[]
  /** Every loaded unit, to name successors that sit in another part of the tree. */
  allUnits: Unit[]
  selectedId: number | null
  onSelect: (id: number) => void
  label: string
  testId: string
  /** Open the top level at first (the living organisation), or start folded (predecessors). */
  expandRoots?: boolean
}

const toTreeData = (nodes: UnitTreeNode<Unit>[]): TreeNodeData[] =>
  nodes.map((node) => ({ value: String(node.unit.id), label: node.unit.name, children: toTreeData(node.children) }))

const ancestorsOf = (units: Unit[], id: number): string[] => {
  const byId = new Map(units.map((u) => [u.id, u]))
  const result: string[] = []
  let current = byId.get(id)
  while (current && current.parentId !== null && !result.includes(String(current.parentId))) {
    result.push(String(current.parentId))
    current = byId.get(current.parentId)
  }
  return result
}

/** The units in scope as an expandable tree; arrow keys move, Space expands, Enter opens the details. */
export function UnitTree({ units, allUnits, selectedId, onSelect, label, testId, expandRoots = true }: UnitTreeProps) {
  const byId = useMemo(() => new Map(allUnits.map((u) => [String(u.id), u])), [allUnits])
  const forest = useMemo(() => buildUnitTree(units), [units])
  const data = useMemo(() => toTreeData(forest), [forest])
  const tree = useTree({
    initialExpandedState: Object.fromEntries(forest.map((root) => [String(root.unit.id), expandRoots])),
  })
  const { setSelectedState, expand } = tree

  useEffect(() => {
    setSelectedState(selectedId === null ? [] : [String(selectedId)])
    if (selectedId !== null) ancestorsOf(units, selectedId).forEach(expand)
  }, [selectedId, units, setSelectedState, expand])

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'Enter') return
    const value = (event.target as HTMLElement).closest<HTMLElement>('[role=treeitem]')?.dataset.value
    if (value) {
      event.preventDefault()
      onSelect(Number(value))
    }
  }

  return (
    <Tree
      data={data}
      tree={tree}
      levelOffset={22}
      expandOnClick={false}
      aria-label={label}
      data-testid={testId}
      onKeyDown={onKeyDown}
      renderNode={({ node, expanded, hasChildren, elementProps }) => {
        const unit = byId.get(node.value)
        if (!unit) return null
        const historical = isHistoricalUnit(unit)
        const successor = unit.successorId === null ? undefined : byId.get(String(unit.successorId))
        return (
          <Group
            gap={6}
            wrap="nowrap"
            align="flex-start"
            py={6}
            pr="xs"
            {...elementProps}
            onClick={(event) => {
              elementProps.onClick(event)
              onSelect(unit.id)
            }}
          >
            {hasChildren ? (
              <span
                role="presentation"
                onClick={(event) => {
                  event.stopPropagation()
                  tree.toggleExpanded(node.value)
                }}
                style={{ display: 'inline-flex', cursor: 'pointer', marginTop: 2 }}
              >
                {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
              </span>
            ) : (
              <IconPoint size={16} color="var(--mantine-color-gray-4)" style={{ marginTop: 2, flex: 'none' }} />
            )}
            <div style={{ minWidth: 0 }}>
              <Group gap={8} wrap="nowrap">
                <Text size="xs" ff="monospace" c="dimmed" style={{ flex: 'none' }}>
                  {unit.code}
                </Text>
                <Text size="sm" fw={hasChildren ? 600 : 500} c={historical ? 'dimmed' : undefined}>
                  {unit.name}
                </Text>
              </Group>
              <Text size="xs" c="dimmed">
                {UNIT_LEVEL_LABELS[unit.level]} · {formatValidity(unit)}
                {historical
                  ? successor
                    ? ` · Đã sáp nhập vào: ${successor.name}`
                    : unit.successorId
                      ? ' · Đã sáp nhập'
                      : ' · Đã giải thể'
                  : ''}
              </Text>
            </div>
          </Group>
        )
      }}
    />
  )
}
