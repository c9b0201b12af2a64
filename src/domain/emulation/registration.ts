// The life cycle of an emulation registration sheet (đăng ký thi đua; issue 14 item 3; DOMAIN.md
// §7.4, calendar: registration at the January launch conference, "phát động thi đua và ký giao ước"):
//
//   submit    draft | returned → pending     the unit sends its sheet up (at least one entry)
//   return    pending → returned             the unit above sends it back, with the reason
//   approve   pending → approved             the unit above accepts it
//
// A sheet is edited only while it is chưa gửi (draft) or trả lại (returned): a returned sheet is
// corrected and sent again; a pending one is what the unit above reads, an approved one is final.
// [The states are the issue's; Luật Thi đua, khen thưởng 2022 Art. 8 requires registration for the
// titles but fixes no workflow — TT 02/2024/TT-VKSTC's procedure is unconfirmed, DOMAIN.md §7.]
import { CycleError } from './cycle-errors.ts'
import { REGISTRATION_STATE_LABELS, type RegistrationState } from './vocabulary.ts'

export const REGISTRATION_ACTIONS = ['submit', 'return', 'approve'] as const
export type RegistrationAction = (typeof REGISTRATION_ACTIONS)[number]

export const REGISTRATION_ACTION_LABELS: Record<RegistrationAction, string> = {
  submit: 'Gửi đăng ký',
  return: 'Trả lại',
  approve: 'Duyệt',
}

export const REGISTRATION_TRANSITIONS: Record<
  RegistrationAction,
  { from: readonly RegistrationState[]; to: RegistrationState }
> = {
  submit: { from: ['draft', 'returned'], to: 'pending' },
  return: { from: ['pending'], to: 'returned' },
  approve: { from: ['pending'], to: 'approved' },
}

/** The actions that start from a state, in REGISTRATION_ACTIONS order. */
export const registrationActions = (state: RegistrationState): RegistrationAction[] =>
  REGISTRATION_ACTIONS.filter((a) => REGISTRATION_TRANSITIONS[a].from.includes(state))

/** Only a sheet not yet sent, or returned, is edited by its unit. */
export const isRegistrationEditable = (state: RegistrationState): boolean => state === 'draft' || state === 'returned'

export const assertRegistrationEditable = (state: RegistrationState): void => {
  if (!isRegistrationEditable(state))
    throw new CycleError(
      'EMULATION_REGISTRATION_LOCKED',
      `Bản đăng ký đang ở trạng thái “${REGISTRATION_STATE_LABELS[state]}”, không sửa được`,
      { state },
    )
}

/**
 * The state after `action`, or a refusal: a transition that does not start from `state`, a
 * return without its reason (blank counts as none), a sheet sent with no entry.
 */
export const nextRegistrationState = (
  state: RegistrationState,
  action: RegistrationAction,
  input: { reason?: string | null; entries?: number } = {},
): RegistrationState => {
  const transition = REGISTRATION_TRANSITIONS[action]
  if (!transition.from.includes(state))
    throw new CycleError(
      'EMULATION_REGISTRATION_TRANSITION_NOT_ALLOWED',
      `Không thể “${REGISTRATION_ACTION_LABELS[action].toLowerCase()}” bản đăng ký đang ở trạng thái “${REGISTRATION_STATE_LABELS[state]}”`,
      { state, action },
    )
  if (action === 'return' && !input.reason?.trim())
    throw new CycleError('EMULATION_RETURN_REASON_REQUIRED', 'Chưa ghi lý do trả lại bản đăng ký thi đua')
  if (action === 'submit' && input.entries !== undefined && input.entries < 1)
    throw new CycleError('EMULATION_REGISTRATION_EMPTY', 'Bản đăng ký chưa có cá nhân, tập thể nào')
  return transition.to
}
