// Test support: a unit of the tree with defaults, for hand-built trees in tests.
import type { UnitNode } from './unit-tree.ts'

export const unit = (id: number, code: string, parentId: number | null, extra: Partial<UnitNode> = {}): UnitNode => ({
  id,
  code,
  name: code,
  level: 'department',
  parentId,
  successorId: null,
  validFrom: '2004-01-01',
  validTo: null,
  ...extra,
})
