import { DomainError } from '../errors.ts'

/**
 * Stable codes of the emulation cycle's refusals (registration, scoring tables, scoring); the
 * server declares their statuses in src/server/modules/emulation/cycle.errors.ts.
 *
 * EMULATION_REGISTRATION_TRANSITION_NOT_ALLOWED  the action does not start from the sheet's state
 * EMULATION_REGISTRATION_LOCKED                  a sent or approved sheet is not edited
 * EMULATION_RETURN_REASON_REQUIRED               a sheet returned without saying why
 * EMULATION_REGISTRATION_EMPTY                   a sheet sent with no entry
 * EMULATION_SCORING_TABLE_INVALID                a scoring table that breaks its rules (details.problems)
 * EMULATION_SCORING_INCOMPLETE                   freezing while an explanation or evidence is missing
 * EMULATION_LEADER_NOT_ELIGIBLE                  a unit not considered the year before set as the block's leader
 */
export type CycleErrorCode =
  | 'EMULATION_REGISTRATION_TRANSITION_NOT_ALLOWED'
  | 'EMULATION_REGISTRATION_LOCKED'
  | 'EMULATION_RETURN_REASON_REQUIRED'
  | 'EMULATION_REGISTRATION_EMPTY'
  | 'EMULATION_SCORING_TABLE_INVALID'
  | 'EMULATION_SCORING_INCOMPLETE'
  | 'EMULATION_LEADER_NOT_ELIGIBLE'

export class CycleError extends DomainError<CycleErrorCode> {
  override readonly name = 'CycleError'
  constructor(code: CycleErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(code, message, details)
  }
}
