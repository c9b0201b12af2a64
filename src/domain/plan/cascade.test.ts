import { describe, expect, it } from 'vitest'
import {
  checkCascade,
  checkTargetCascade,
  checkTaskLinks,
  type CascadeIndicator,
  type CascadeTarget,
} from './cascade.ts'

const INDICATORS: Record<string, CascadeIndicator> = {
  GQ: { name: 'Tỷ lệ giải quyết tố giác, tin báo', isRate: true, better: 'higher', unitOfCount: 'matter' },
  TRA: { name: 'Tỷ lệ trả hồ sơ điều tra bổ sung', isRate: true, better: 'lower', unitOfCount: 'matter' },
  QH: { name: 'Số vụ tạm giam quá hạn', isRate: false, better: 'lower', unitOfCount: 'matter' },
  PT: { name: 'Số phiên tòa rút kinh nghiệm', isRate: false, better: 'higher', unitOfCount: 'matter' },
}
const indicatorOf = (code: string) => INDICATORS[code]

const t = (
  id: number,
  indicatorCode: string | null,
  comparison: CascadeTarget['comparison'],
  value: number | null,
): CascadeTarget => ({ id, indicatorCode, comparison, value })

describe('targets: a lower unit’s may not be lower than the superior’s (QĐ 515/2012, DOMAIN §8.2)', () => {
  it('higher is better: 85% under a superior 90% is one violation, with the message the issue gives', () => {
    // floor 85 < floor 90 → weaker.
    expect(checkTargetCascade([t(1, 'GQ', '>=', 85)], [t(10, 'GQ', '>=', 90)], indicatorOf)).toEqual([
      {
        kind: 'target_weaker',
        targetId: 1,
        superiorTargetId: 10,
        indicatorCode: 'GQ',
        lowerValue: 85,
        superiorValue: 90,
        message: 'Chỉ tiêu “Tỷ lệ giải quyết tố giác, tin báo” của đơn vị (85%) thấp hơn chỉ tiêu của cấp trên (90%)',
      },
    ])
  })

  it('higher is better: an equal or higher floor is not a violation (Phú Thọ set 39 targets higher)', () => {
    expect(checkTargetCascade([t(1, 'GQ', '>=', 90)], [t(10, 'GQ', '>=', 90)], indicatorOf)).toEqual([])
    expect(checkTargetCascade([t(1, 'GQ', '>', 95)], [t(10, 'GQ', '>', 90)], indicatorOf)).toEqual([])
    // '≥ 91' against '> 90': 91 > 90, so stricter although not strict.
    expect(checkTargetCascade([t(1, 'GQ', '>=', 91)], [t(10, 'GQ', '>', 90)], indicatorOf)).toEqual([])
  })

  it('the same value without the strictness is weaker: ≥ 90% under > 90%', () => {
    const [v] = checkTargetCascade([t(1, 'GQ', '>=', 90)], [t(10, 'GQ', '>', 90)], indicatorOf)
    expect(v?.message).toBe(
      'Chỉ tiêu “Tỷ lệ giải quyết tố giác, tin báo” của đơn vị (Từ 90% trở lên) thấp hơn chỉ tiêu của cấp trên (Trên 90%)',
    )
    // '> 90' under '≥ 90' is stricter: no violation.
    expect(checkTargetCascade([t(1, 'GQ', '>', 90)], [t(10, 'GQ', '>=', 90)], indicatorOf)).toEqual([])
  })

  it('"= 100%" on a higher-is-better indicator is a floor of 100: 98% under it is weaker', () => {
    expect(checkTargetCascade([t(1, 'GQ', '>=', 98)], [t(10, 'GQ', '=', 100)], indicatorOf)).toHaveLength(1)
    expect(checkTargetCascade([t(1, 'GQ', '=', 100)], [t(10, 'GQ', '>=', 98)], indicatorOf)).toEqual([])
  })

  it('lower is better: a higher ceiling is weaker (8% against 5%), a lower one is not', () => {
    expect(checkTargetCascade([t(2, 'TRA', '<=', 8)], [t(20, 'TRA', '<=', 5)], indicatorOf)).toEqual([
      {
        kind: 'target_weaker',
        targetId: 2,
        superiorTargetId: 20,
        indicatorCode: 'TRA',
        lowerValue: 8,
        superiorValue: 5,
        message:
          'Chỉ tiêu “Tỷ lệ trả hồ sơ điều tra bổ sung” của đơn vị (8%) cao hơn chỉ tiêu của cấp trên (5%), trong khi chỉ tiêu này càng thấp càng tốt',
      },
    ])
    expect(checkTargetCascade([t(2, 'TRA', '<', 3)], [t(20, 'TRA', '<=', 5)], indicatorOf)).toEqual([])
    // '≤ 5' under '< 5': same value, the superior strict → weaker.
    expect(checkTargetCascade([t(2, 'TRA', '<=', 5)], [t(20, 'TRA', '<', 5)], indicatorOf)).toHaveLength(1)
  })

  it('a count: "= 0" (không để xảy ra) above allows no ceiling of 2 below; the unit is written', () => {
    const [v] = checkTargetCascade([t(3, 'QH', '<=', 2)], [t(30, 'QH', '=', 0)], indicatorOf)
    expect(v?.message).toBe(
      'Chỉ tiêu “Số vụ tạm giam quá hạn” của đơn vị (2 vụ) cao hơn chỉ tiêu của cấp trên (0 vụ), trong khi chỉ tiêu này càng thấp càng tốt',
    )
    expect(checkTargetCascade([t(4, 'PT', '>=', 4)], [t(40, 'PT', '>=', 6)], indicatorOf)[0]?.message).toBe(
      'Chỉ tiêu “Số phiên tòa rút kinh nghiệm” của đơn vị (4 vụ) thấp hơn chỉ tiêu của cấp trên (6 vụ)',
    )
  })

  it('lists every violation, in the lower plan’s order, and only against the same indicator', () => {
    const lower = [t(1, 'GQ', '>=', 85), t(2, 'TRA', '<=', 8), t(3, 'PT', '>=', 10), t(4, null, '>=', 1)]
    const superior = [t(20, 'TRA', '<=', 5), t(10, 'GQ', '>=', 90), t(40, 'PT', '>=', 6)]
    // 1: 85 < 90 ✗; 2: 8 > 5 ✗; 3: 10 ≥ 6 ✓; 4: a free target, not compared.
    expect(checkTargetCascade(lower, superior, indicatorOf).map((v) => [v.targetId, v.superiorTargetId])).toEqual([
      [1, 10],
      [2, 20],
    ])
  })

  it('compares nothing it cannot: no value, last-year comparisons, off-side comparisons, unknown codes', () => {
    const superior = [t(10, 'GQ', '>=', 90)]
    expect(checkTargetCascade([t(1, 'GQ', '>=', null)], superior, indicatorOf)).toEqual([])
    expect(checkTargetCascade([t(1, 'GQ', 'higher_than_last_year', null)], superior, indicatorOf)).toEqual([])
    expect(checkTargetCascade([t(1, 'GQ', '<=', 50)], superior, indicatorOf)).toEqual([])
    expect(checkTargetCascade([t(1, 'X', '>=', 1)], [t(10, 'X', '>=', 9)], indicatorOf)).toEqual([])
    expect(checkTargetCascade([t(1, 'GQ', '>=', 80)], [t(10, 'GQ', '>=', null)], indicatorOf)).toEqual([])
  })
})

describe('task links: a lower task carries out a task of the superior plan it implements (issue 13 item 3)', () => {
  const linked = [
    { id: 100, planId: 7 },
    { id: 200, planId: 8 },
  ]

  it('a link into the implemented plan is fine; no link is fine', () => {
    expect(
      checkTaskLinks(
        7,
        [
          { id: 1, number: 1, implementsTaskId: 100 },
          { id: 2, number: 2, implementsTaskId: null },
        ],
        linked,
      ),
    ).toEqual([])
  })

  it('a link to another plan’s task, to a missing task, or without a superior plan is refused', () => {
    const tasks = [
      { id: 1, number: 1, implementsTaskId: 200 },
      { id: 2, number: 2, implementsTaskId: 999 },
    ]
    expect(checkTaskLinks(7, tasks, linked)).toEqual([
      {
        kind: 'task_link_other_plan',
        taskId: 1,
        linkedTaskId: 200,
        message: 'Nhiệm vụ 1 gắn với một nhiệm vụ không thuộc kế hoạch cấp trên mà kế hoạch này thực hiện',
      },
      {
        kind: 'task_link_unknown',
        taskId: 2,
        linkedTaskId: 999,
        message: 'Nhiệm vụ 2 gắn với một nhiệm vụ của cấp trên không tồn tại',
      },
    ])
    expect(checkTaskLinks(null, [{ id: 3, number: 3, implementsTaskId: 100 }], linked).map((v) => v.kind)).toEqual([
      'task_link_without_superior_plan',
    ])
  })

  it('checkCascade lists the targets’ violations, then the links’', () => {
    const violations = checkCascade({
      lowerTargets: [t(1, 'GQ', '>=', 85)],
      superiorTargets: [t(10, 'GQ', '>=', 90)],
      indicatorOf,
      implementsPlanId: 7,
      tasks: [{ id: 1, number: 1, implementsTaskId: 200 }],
      linkedTasks: linked,
    })
    expect(violations.map((v) => v.kind)).toEqual(['target_weaker', 'task_link_other_plan'])
  })
})
