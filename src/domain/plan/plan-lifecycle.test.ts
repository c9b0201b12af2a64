import { describe, expect, it } from 'vitest'
import type { CascadeViolation } from './cascade.ts'
import { PlanError } from './errors.ts'
import {
  allowedActions,
  allowedApprovers,
  assertCanEditContent,
  canEditContent,
  isIssued,
  transitionPlan,
  type PlanHead,
  type PlanTransition,
} from './plan-lifecycle.ts'
import { PLAN_STATUSES } from './vocabulary.ts'

const thematic = (status: PlanHead['status'], version = 1): PlanHead => ({ kind: 'thematic', status, version })
const annual = (status: PlanHead['status'], version = 1): PlanHead => ({ kind: 'annual', status, version })

const VIOLATION: CascadeViolation = {
  kind: 'target_weaker',
  targetId: 1,
  superiorTargetId: 10,
  indicatorCode: 'GQ',
  lowerValue: 85,
  superiorValue: 90,
  message: 'Chỉ tiêu “Tỷ lệ giải quyết” của đơn vị (85%) thấp hơn chỉ tiêu của cấp trên (90%)',
}

const issue = (over: Partial<Extract<PlanTransition, { action: 'issue' }>> = {}): PlanTransition => ({
  action: 'issue',
  approvedBy: 'procuracy_committee',
  cascadeViolations: [],
  ...over,
})
const amend = (over: Partial<Extract<PlanTransition, { action: 'amend' }>> = {}): PlanTransition => ({
  action: 'amend',
  approvedBy: 'procuracy_committee',
  cascadeViolations: [],
  decidingDocument: { number: '15/QĐ-VKS', date: '2026-06-10' },
  reason: 'Điều chỉnh chỉ tiêu sau sơ kết 6 tháng',
  ...over,
})

/** The refusal's code, or null when the transition goes through. */
const refusal = (plan: PlanHead, transition: PlanTransition): string | null => {
  try {
    transitionPlan(plan, transition)
    return null
  } catch (error) {
    if (error instanceof PlanError) return error.code
    throw error
  }
}

describe('which transitions exist (issue 13 item 1)', () => {
  it('per status, the actions that start from it', () => {
    expect(Object.fromEntries(PLAN_STATUSES.map((s) => [s, allowedActions(s)]))).toEqual({
      draft: ['submit'],
      submitted: ['return', 'issue'],
      issued: ['amend', 'review'],
      amended: ['amend', 'review'],
      reviewed: [],
    })
  })

  it('the whole life: draft → submitted → draft → submitted → issued → amended (v2) → amended (v3) → reviewed', () => {
    let head = thematic('draft')
    const step = (t: PlanTransition) => {
      const r = transitionPlan(head, t)
      head = { ...head, status: r.status, version: r.version }
      return r
    }
    expect(step({ action: 'submit' })).toEqual({ status: 'submitted', version: 1, amends: null })
    expect(step({ action: 'return', reason: 'Bổ sung sản phẩm của nhiệm vụ 3' })).toEqual({
      status: 'draft',
      version: 1,
      amends: null,
    })
    step({ action: 'submit' })
    expect(step(issue({ approvedBy: 'chief_procurator' }))).toEqual({ status: 'issued', version: 1, amends: null })
    // The amendment is version 2 replacing version 1, which stays 'issued'.
    expect(step(amend())).toEqual({ status: 'amended', version: 2, amends: 1 })
    expect(step(amend())).toEqual({ status: 'amended', version: 3, amends: 2 })
    expect(step({ action: 'review' })).toEqual({ status: 'reviewed', version: 3, amends: null })
  })

  it('an action from the wrong status is PLAN_TRANSITION_NOT_ALLOWED, in Vietnamese', () => {
    expect(refusal(thematic('draft'), issue())).toBe('PLAN_TRANSITION_NOT_ALLOWED')
    expect(refusal(thematic('issued'), { action: 'submit' })).toBe('PLAN_TRANSITION_NOT_ALLOWED')
    expect(refusal(thematic('issued'), { action: 'return', reason: 'x' })).toBe('PLAN_TRANSITION_NOT_ALLOWED')
    expect(refusal(thematic('draft'), amend())).toBe('PLAN_TRANSITION_NOT_ALLOWED')
    expect(refusal(thematic('submitted'), { action: 'review' })).toBe('PLAN_TRANSITION_NOT_ALLOWED')
    expect(refusal(thematic('reviewed'), amend())).toBe('PLAN_TRANSITION_NOT_ALLOWED')
    expect(() => transitionPlan(thematic('draft'), issue())).toThrow(
      'Không thể “Ban hành” kế hoạch đang ở trạng thái “Dự thảo”',
    )
  })
})

describe('what a transition needs', () => {
  it('returning a draft needs a reason', () => {
    expect(refusal(thematic('submitted'), { action: 'return', reason: '  ' })).toBe('PLAN_RETURN_REASON_REQUIRED')
  })

  it('the issue needs an approving body', () => {
    expect(refusal(thematic('submitted'), issue({ approvedBy: null }))).toBe('PLAN_APPROVAL_REQUIRED')
  })

  it('the annual plan is approved by the Ủy ban kiểm sát, not the Viện trưởng alone (QĐ 515/2012)', () => {
    expect(allowedApprovers('annual')).toEqual(['procuracy_committee'])
    expect(allowedApprovers('implementing')).toEqual(['chief_procurator', 'procuracy_committee'])
    expect(refusal(annual('submitted'), issue({ approvedBy: 'chief_procurator' }))).toBe('PLAN_APPROVER_NOT_ALLOWED')
    expect(refusal(annual('submitted'), issue({ approvedBy: 'procuracy_committee' }))).toBeNull()
    expect(refusal(thematic('submitted'), issue({ approvedBy: 'chief_procurator' }))).toBeNull()
  })

  it('the issue is refused while a cascade violation is open, naming it', () => {
    expect(refusal(annual('submitted'), issue({ cascadeViolations: [VIOLATION] }))).toBe('PLAN_CASCADE_VIOLATIONS')
    expect(() => transitionPlan(annual('submitted'), issue({ cascadeViolations: [VIOLATION, VIOLATION] }))).toThrow(
      'Kế hoạch chưa phù hợp với kế hoạch cấp trên: Chỉ tiêu “Tỷ lệ giải quyết” của đơn vị (85%) thấp hơn chỉ tiêu của cấp trên (90%) và 1 vi phạm khác',
    )
  })

  it('an amendment needs its deciding document (number and a valid date) and its reason', () => {
    expect(refusal(annual('issued'), amend({ decidingDocument: null }))).toBe('PLAN_AMENDMENT_DOCUMENT_REQUIRED')
    expect(refusal(annual('issued'), amend({ decidingDocument: { number: ' ', date: '2026-06-10' } }))).toBe(
      'PLAN_AMENDMENT_DOCUMENT_REQUIRED',
    )
    expect(refusal(annual('issued'), amend({ decidingDocument: { number: '15/QĐ-VKS', date: '2026-02-30' } }))).toBe(
      'PLAN_AMENDMENT_DOCUMENT_REQUIRED',
    )
    expect(refusal(annual('issued'), amend({ reason: '' }))).toBe('PLAN_AMENDMENT_REASON_REQUIRED')
  })

  it('an amendment is approved and cascade-checked like the issue', () => {
    expect(refusal(annual('issued'), amend({ approvedBy: 'chief_procurator' }))).toBe('PLAN_APPROVER_NOT_ALLOWED')
    expect(refusal(annual('amended'), amend({ cascadeViolations: [VIOLATION] }))).toBe('PLAN_CASCADE_VIOLATIONS')
  })
})

describe('issued or not (the superior’s view of its lower units’ plans)', () => {
  it('issued, amended and reviewed plans have been issued; drafts and submitted ones not', () => {
    expect(PLAN_STATUSES.filter(isIssued)).toEqual(['issued', 'amended', 'reviewed'])
  })
})

describe('an issued plan cannot be edited in place', () => {
  it('only a draft is editable', () => {
    expect(PLAN_STATUSES.filter(canEditContent)).toEqual(['draft'])
  })

  it('assertCanEditContent refuses with PLAN_CONTENT_LOCKED and says what to do instead', () => {
    expect(() => assertCanEditContent('draft')).not.toThrow()
    expect(() => assertCanEditContent('issued')).toThrow(
      'Kế hoạch đang ở trạng thái “Ban hành”, không sửa trực tiếp được: muốn thay đổi thì ban hành văn bản điều chỉnh',
    )
    expect(() => assertCanEditContent('submitted')).toThrow('trả lại dự thảo để sửa')
    expect(() => assertCanEditContent('reviewed')).toThrow(PlanError)
    expect(() => assertCanEditContent('amended')).toThrow(expect.objectContaining({ code: 'PLAN_CONTENT_LOCKED' }))
  })
})
