import { describe, expect, it } from 'vitest'
import { buildUnitTree, flattenUnitTree, splitPredecessors, subtreeIds } from '../unitTree.ts'

const unit = (
  id: number,
  parentId: number | null,
  name: string,
  extra: Partial<{ successorId: number | null; validTo: string | null; sortOrder: number }> = {},
) => ({
  id,
  parentId,
  name,
  successorId: null,
  validTo: null,
  sortOrder: 0,
  ...extra,
})

const province = unit(1, null, 'VKSND thành phố Cần Thơ')
const office = unit(2, 1, 'Văn phòng tổng hợp', { sortOrder: 1 })
const dept = unit(3, 1, 'Phòng 1', { sortOrder: 0 })
const regional = unit(4, 1, 'VKSND khu vực 6', { sortOrder: 2 })
const district = unit(5, 99, 'VKSND huyện Vị Thủy', { successorId: 4, validTo: '2025-06-30' })
const districtOffice = unit(6, 5, 'Văn phòng huyện Vị Thủy', { successorId: 4, validTo: '2025-06-30' })

describe('buildUnitTree', () => {
  it('lists a province’s departments and offices before its regional procuracies, whatever their sort order (issue 12, item 14)', () => {
    const withLevel = <T extends object>(u: T, level: string) => ({ ...u, level })
    const newRegional = withLevel(unit(7, 1, 'VKSND khu vực 1', { sortOrder: 0 }), 'regional')
    const flat = flattenUnitTree(
      buildUnitTree([
        newRegional,
        withLevel(regional, 'regional'),
        withLevel(office, 'office'),
        withLevel(province, 'provincial'),
        withLevel(dept, 'department'),
      ]),
    )
    expect(flat.map((n) => n.unit.name)).toEqual([
      'VKSND thành phố Cần Thơ',
      'Phòng 1',
      'Văn phòng tổng hợp',
      'VKSND khu vực 1',
      'VKSND khu vực 6',
    ])
  })

  it('nests by parentId and orders siblings by sortOrder', () => {
    const flat = flattenUnitTree(buildUnitTree([regional, office, province, dept]))
    expect(flat.map((n) => [n.unit.id, n.depth])).toEqual([
      [1, 0],
      [3, 1],
      [2, 1],
      [4, 1],
    ])
  })

  it('makes a unit whose parent is not listed a root', () => {
    expect(
      buildUnitTree([district, province])
        .map((n) => n.unit.id)
        .sort(),
    ).toEqual([1, 5])
  })

  it('survives a parent cycle', () => {
    const a = unit(1, 2, 'A')
    const b = unit(2, 1, 'B')
    expect(flattenUnitTree(buildUnitTree([a, b]))).toEqual([])
  })
})

describe('subtreeIds', () => {
  it('collects a unit and everything below it', () => {
    expect([...subtreeIds([province, office, dept, regional], 1)].sort()).toEqual([1, 2, 3, 4])
    expect([...subtreeIds([province, office, dept, regional], 3)]).toEqual([3])
  })
})

describe('splitPredecessors', () => {
  it('moves merged units whose parent lies outside the list to their own section', () => {
    const { main, predecessors } = splitPredecessors([province, regional, district, districtOffice])
    expect(main.map((u) => u.id)).toEqual([1, 4])
    expect(predecessors.map((u) => u.id)).toEqual([5, 6])
  })

  it('keeps everything in the main tree when nothing else is left', () => {
    const { main, predecessors } = splitPredecessors([district, districtOffice])
    expect(main).toHaveLength(2)
    expect(predecessors).toHaveLength(0)
  })
})
