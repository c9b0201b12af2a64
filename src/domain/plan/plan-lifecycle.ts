// The life cycle of a plan (issue 13 item 1; DOMAIN.md §8.2): dự thảo → trình duyệt → ban hành →
// điều chỉnh → đã tổng kết, with a submitted plan returnable to its drafters.
//
//   submit   draft → submitted
//   return   submitted → draft              with the reason it was returned
//   issue    submitted → issued             approved (QĐ 515/2012: by the leadership, and by the
//                                          Ủy ban kiểm sát for the annual plan), and no open
//                                          cascade violation (QĐ 515/2012: a lower unit's targets
//                                          may not be lower than the upper level's; cascade.ts)
//   amend    issued | amended → amended     a NEW VERSION with its deciding document (number and
//                                          date) and reason; the version it amends stays as it was
//                                          issued. The same approval and cascade rules as the
//                                          issue: an amendment changes what was approved, so it
//                                          is approved by the same body [inference, unconfirmed:
//                                          QĐ 515/2012's text was not read]
//   review   issued | amended → reviewed    the year-end review (tổng kết, DOMAIN.md §8.3) closes
//                                          the plan; the six-month review changes no status
//
// Only a draft is edited in place: a submitted plan is what the approving body reads, and an
// issued one is an official document (Nghị định 30/2020) changed only by an amendment.
import type { CascadeViolation } from './cascade.ts'
import { PlanError } from './errors.ts'
import {
  PLAN_APPROVER_LABELS,
  PLAN_STATUS_LABELS,
  type PlanApprover,
  type PlanKind,
  type PlanStatus,
} from './vocabulary.ts'
import { isIsoDate, type IsoDate } from '@/domain/calendar/index.ts'

export const PLAN_ACTIONS = ['submit', 'return', 'issue', 'amend', 'review'] as const
export type PlanAction = (typeof PLAN_ACTIONS)[number]

export const PLAN_ACTION_LABELS: Record<PlanAction, string> = {
  submit: 'Trình duyệt',
  return: 'Trả lại để sửa',
  issue: 'Ban hành',
  amend: 'Điều chỉnh',
  review: 'Tổng kết',
}

export const PLAN_TRANSITIONS: Record<PlanAction, { from: readonly PlanStatus[]; to: PlanStatus }> = {
  submit: { from: ['draft'], to: 'submitted' },
  return: { from: ['submitted'], to: 'draft' },
  issue: { from: ['submitted'], to: 'issued' },
  amend: { from: ['issued', 'amended'], to: 'amended' },
  review: { from: ['issued', 'amended'], to: 'reviewed' },
}

/** The actions that start from a status, in PLAN_ACTIONS order (a reviewed plan has none). */
export const allowedActions = (status: PlanStatus): PlanAction[] =>
  PLAN_ACTIONS.filter((action) => PLAN_TRANSITIONS[action].from.includes(status))

/** A plan that has been issued (in force as issued or amended, or already reviewed). */
export const PLAN_ISSUED_STATUSES: readonly PlanStatus[] = ['issued', 'amended', 'reviewed']

/**
 * Has the plan been issued? The superior's view of its lower units' programmes (issue 13 item 3:
 * "which lower units have issued their plans and which have not") reads this.
 */
export const isIssued = (status: PlanStatus): boolean => PLAN_ISSUED_STATUSES.includes(status)

/** Only a draft is edited in place; an issued plan changes only by an amendment (a new version). */
export const canEditContent = (status: PlanStatus): boolean => status === 'draft'

/** Throws PLAN_CONTENT_LOCKED unless the plan is a draft: call it before any change of content. */
export const assertCanEditContent = (status: PlanStatus): void => {
  if (canEditContent(status)) return
  const how =
    status === 'submitted'
      ? 'trả lại dự thảo để sửa'
      : status === 'reviewed'
        ? 'kế hoạch đã tổng kết không sửa được nữa'
        : 'muốn thay đổi thì ban hành văn bản điều chỉnh'
  throw new PlanError(
    'PLAN_CONTENT_LOCKED',
    `Kế hoạch đang ở trạng thái “${PLAN_STATUS_LABELS[status]}”, không sửa trực tiếp được: ${how}`,
    { status },
  )
}

/** Who may approve a plan of this kind: the annual plan only the Ủy ban kiểm sát (QĐ 515/2012, DOMAIN.md §8.2). */
export const allowedApprovers = (kind: PlanKind): readonly PlanApprover[] =>
  kind === 'annual' ? ['procuracy_committee'] : ['chief_procurator', 'procuracy_committee']

/** The document that decides an amendment, e.g. { number: '15/QĐ-VKS', date: '2026-06-10' }. */
export type DecidingDocument = { number: string; date: IsoDate }

export type PlanTransition =
  | { action: 'submit' }
  | { action: 'return'; reason: string }
  | { action: 'issue'; approvedBy: PlanApprover | null; cascadeViolations: readonly CascadeViolation[] }
  | {
      action: 'amend'
      approvedBy: PlanApprover | null
      cascadeViolations: readonly CascadeViolation[]
      decidingDocument: DecidingDocument | null
      reason: string
    }
  | { action: 'review' }

/** The plan (its current version) a transition starts from. */
export type PlanHead = { kind: PlanKind; status: PlanStatus; version: number }

/**
 * What the transition makes: the plan's new status and the version it applies to. For 'amend'
 * a new version (version + 1) is created with status 'amended', `amends` naming the version it
 * replaces, which keeps its own status and text; every other action changes the current version.
 */
export type PlanTransitionResult = { status: PlanStatus; version: number; amends: number | null }

const isBlank = (text: string): boolean => text.trim() === ''

const checkApproval = (kind: PlanKind, approvedBy: PlanApprover | null): void => {
  if (approvedBy === null)
    throw new PlanError('PLAN_APPROVAL_REQUIRED', 'Chưa ghi cấp phê duyệt kế hoạch (Viện trưởng hoặc Ủy ban kiểm sát)')
  if (!allowedApprovers(kind).includes(approvedBy)) {
    throw new PlanError(
      'PLAN_APPROVER_NOT_ALLOWED',
      `Kế hoạch công tác năm phải được Ủy ban kiểm sát thông qua, không chỉ ${PLAN_APPROVER_LABELS[approvedBy]} (Quyết định 515/QĐ-VKSTC)`,
      { kind, approvedBy },
    )
  }
}

const checkCascade = (violations: readonly CascadeViolation[]): void => {
  if (violations.length === 0) return
  const first = violations[0]?.message ?? ''
  const more = violations.length > 1 ? ` và ${violations.length - 1} vi phạm khác` : ''
  throw new PlanError('PLAN_CASCADE_VIOLATIONS', `Kế hoạch chưa phù hợp với kế hoạch cấp trên: ${first}${more}`, {
    violations,
  })
}

const checkAmendment = (document: DecidingDocument | null, reason: string): void => {
  if (document === null || isBlank(document.number) || !isIsoDate(document.date)) {
    throw new PlanError(
      'PLAN_AMENDMENT_DOCUMENT_REQUIRED',
      'Điều chỉnh kế hoạch phải ghi số và ngày của văn bản quyết định điều chỉnh',
    )
  }
  if (isBlank(reason)) throw new PlanError('PLAN_AMENDMENT_REASON_REQUIRED', 'Chưa ghi lý do điều chỉnh kế hoạch')
}

/**
 * The plan after `transition`, or a PlanError saying why not (nothing is changed: the caller
 * stores the result only when this returns). Checks, in order: the action starts from the
 * status; then what the action needs.
 */
export const transitionPlan = (plan: PlanHead, transition: PlanTransition): PlanTransitionResult => {
  const { from, to } = PLAN_TRANSITIONS[transition.action]
  if (!from.includes(plan.status)) {
    throw new PlanError(
      'PLAN_TRANSITION_NOT_ALLOWED',
      `Không thể “${PLAN_ACTION_LABELS[transition.action]}” kế hoạch đang ở trạng thái “${PLAN_STATUS_LABELS[plan.status]}”`,
      { action: transition.action, status: plan.status },
    )
  }
  switch (transition.action) {
    case 'return':
      if (isBlank(transition.reason))
        throw new PlanError('PLAN_RETURN_REASON_REQUIRED', 'Chưa ghi lý do trả lại dự thảo kế hoạch')
      break
    case 'issue':
      checkApproval(plan.kind, transition.approvedBy)
      checkCascade(transition.cascadeViolations)
      break
    case 'amend':
      checkAmendment(transition.decidingDocument, transition.reason)
      checkApproval(plan.kind, transition.approvedBy)
      checkCascade(transition.cascadeViolations)
      return { status: to, version: plan.version + 1, amends: plan.version }
    case 'submit':
    case 'review':
      break
  }

  return { status: to, version: plan.version, amends: null }
}
