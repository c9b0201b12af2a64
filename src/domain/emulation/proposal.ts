// The life cycle of a hồ sơ đề nghị khen thưởng (issue 14 item 7): chờ chuyển → chờ duyệt → bị trả
// lại → đang xét → đã duyệt → đã khen thưởng.
//
//   send      waiting_to_send | returned → pending       the proposing unit sends the dossier
//   return    pending | under_review → returned           the deciding level, with the reason
//   take_up   pending → under_review                      the deciding level starts its review
//   approve   under_review → approved                     the deciding level; every entry whose
//                                                         conditions evaluation is not 'met' needs a
//                                                         recorded override (reason and who)
//   award     approved → awarded                          the award decision (quyết định khen thưởng)
//
// Why the override rule: ND 98/2023 Art. 4 and Law 06/2022 Art. 5 ("thành tích đến đâu khen thưởng
// đến đó"); a reward whose standards were not met is revoked (Law, Chương VII), so a candidate a
// condition rejects reaches đã duyệt only when someone accountable wrote down why.
// Only a dossier at the proposing unit (chờ chuyển, bị trả lại) is edited.
import { AwardsError } from './council-errors.ts'
import { PROPOSAL_STATE_LABELS, type ConditionStatus, type ProposalState } from './vocabulary.ts'

export const PROPOSAL_ACTIONS = ['send', 'return', 'take_up', 'approve', 'award'] as const
export type ProposalAction = (typeof PROPOSAL_ACTIONS)[number]

export const PROPOSAL_ACTION_LABELS: Record<ProposalAction, string> = {
  send: 'Chuyển hồ sơ',
  return: 'Trả lại',
  take_up: 'Tiếp nhận, xem xét',
  approve: 'Duyệt',
  award: 'Quyết định khen thưởng',
}

/** Who acts: the proposing unit or the deciding level. */
export type ProposalActor = 'proposer' | 'decider'

const TRANSITIONS: Record<ProposalAction, { from: readonly ProposalState[]; to: ProposalState; actor: ProposalActor }> =
  {
    send: { from: ['waiting_to_send', 'returned'], to: 'pending', actor: 'proposer' },
    return: { from: ['pending', 'under_review'], to: 'returned', actor: 'decider' },
    take_up: { from: ['pending'], to: 'under_review', actor: 'decider' },
    approve: { from: ['under_review'], to: 'approved', actor: 'decider' },
    award: { from: ['approved'], to: 'awarded', actor: 'decider' },
  }

export type ProposalOverride = { reason: string; by: number }

export type ProposalEntryHead = {
  /** The conditions evaluation's overall status (conditions.ts AwardEvaluation.status). */
  evaluation: ConditionStatus
  override: ProposalOverride | null
}

export type ProposalHead = { state: ProposalState; entries: readonly ProposalEntryHead[] }

export type ProposalTransition = {
  from: ProposalState
  to: ProposalState
  action: ProposalAction
  reason: string | null
}

export function canEditProposal(state: ProposalState): boolean {
  return state === 'waiting_to_send' || state === 'returned'
}

export function actorOf(action: ProposalAction): ProposalActor {
  return TRANSITIONS[action].actor
}

export function allowedProposalActions(state: ProposalState, actor: ProposalActor): ProposalAction[] {
  return PROPOSAL_ACTIONS.filter((a) => TRANSITIONS[a].actor === actor && TRANSITIONS[a].from.includes(state))
}

/** A complete override: a reason that says something, and who recorded it. */
export function isOverrideComplete(o: ProposalOverride | null): o is ProposalOverride {
  return o !== null && o.reason.trim().length > 0 && Number.isInteger(o.by) && o.by > 0
}

export function assertOverride(o: ProposalOverride): void {
  if (!isOverrideComplete(o)) {
    throw new AwardsError('AWARDS_OVERRIDE_INCOMPLETE', 'Vượt điều kiện phải ghi rõ lý do và người quyết định.', {})
  }
}

/** The entries that block approval: not 'met' and without a complete override. */
export function entriesNeedingOverride<E extends ProposalEntryHead>(entries: readonly E[]): E[] {
  return entries.filter((e) => e.evaluation !== 'met' && !isOverrideComplete(e.override))
}

export function transitionProposal(
  head: ProposalHead,
  action: ProposalAction,
  actor: ProposalActor,
  reason: string | null = null,
): ProposalTransition {
  const t = TRANSITIONS[action]
  if (!t.from.includes(head.state)) {
    throw new AwardsError(
      'AWARDS_TRANSITION_NOT_ALLOWED',
      `Không thể "${PROPOSAL_ACTION_LABELS[action].toLowerCase()}" hồ sơ đang ở trạng thái "${PROPOSAL_STATE_LABELS[head.state]}".`,
      { state: head.state, action },
    )
  }
  if (t.actor !== actor) {
    throw new AwardsError(
      'AWARDS_ACTOR_NOT_ALLOWED',
      t.actor === 'proposer'
        ? 'Chỉ đơn vị đề nghị mới được chuyển hồ sơ.'
        : 'Chỉ cấp có thẩm quyền quyết định mới được thực hiện thao tác này.',
      { action, actor },
    )
  }
  const trimmed = reason?.trim() ?? ''
  if (action === 'return' && trimmed.length === 0) {
    throw new AwardsError('AWARDS_RETURN_REASON_REQUIRED', 'Trả lại hồ sơ phải ghi rõ lý do.', {})
  }
  if (action === 'send' && head.entries.length === 0) {
    throw new AwardsError('AWARDS_PROPOSAL_EMPTY', 'Hồ sơ chưa có người hoặc tập thể nào được đề nghị.', {})
  }
  if (action === 'approve') {
    const blocking = entriesNeedingOverride(head.entries)
    if (blocking.length > 0) {
      throw new AwardsError(
        'AWARDS_OVERRIDE_REQUIRED',
        `Có ${blocking.length} trường hợp chưa đạt điều kiện và chưa ghi lý do vượt điều kiện; không thể duyệt.`,
        { count: blocking.length },
      )
    }
  }
  return { from: head.state, to: t.to, action, reason: trimmed.length > 0 ? trimmed : null }
}
