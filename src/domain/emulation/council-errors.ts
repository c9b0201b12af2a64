import { DomainError } from '../errors.ts'

/**
 * Stable codes of the council's and the proposals' refusals (issue 14 items 5, 7, 8); the HTTP edge
 * maps them to statuses (src/server/errors.ts, catalogue 'emulation-awards'), the UI shows `message`.
 *
 * AWARDS_INVALID_THRESHOLD         a quorum or vote share outside (0, 1]
 * AWARDS_INVALID_COUNT             a count of members, present or votes that is not a whole number ≥ 0,
 *                                  or more votes than voters, or more present than members
 * AWARDS_TRANSITION_NOT_ALLOWED    the action does not start from the proposal's state
 * AWARDS_ACTOR_NOT_ALLOWED         the proposing unit acting where the deciding level acts, or the reverse
 * AWARDS_RETURN_REASON_REQUIRED    a proposal returned without saying why
 * AWARDS_OVERRIDE_REQUIRED         approval while an entry is not 'met' and has no recorded override
 * AWARDS_OVERRIDE_INCOMPLETE       an override without its reason or without who recorded it
 * AWARDS_PROPOSAL_EMPTY            a proposal sent with no entries
 */
export type AwardsErrorCode =
  | 'AWARDS_INVALID_THRESHOLD'
  | 'AWARDS_INVALID_COUNT'
  | 'AWARDS_TRANSITION_NOT_ALLOWED'
  | 'AWARDS_ACTOR_NOT_ALLOWED'
  | 'AWARDS_RETURN_REASON_REQUIRED'
  | 'AWARDS_OVERRIDE_REQUIRED'
  | 'AWARDS_OVERRIDE_INCOMPLETE'
  | 'AWARDS_PROPOSAL_EMPTY'

export class AwardsError extends DomainError<AwardsErrorCode> {
  override readonly name = 'AwardsError'
  constructor(code: AwardsErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(code, message, details)
  }
}
