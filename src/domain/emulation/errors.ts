import { DomainError } from '../errors.ts'

/**
 * Stable codes of emulation's refusals (issue 14 items 1 and 6); the HTTP edge maps them to statuses
 * (src/server/errors.ts, 422 for a code it does not know), the UI shows `message` (Vietnamese).
 *
 * EMULATION_NO_CATALOGUE_ENTRY     no catalogue entry of the award is in force on the date asked
 * EMULATION_UNKNOWN_PARAMETER      a parameter key the catalogue does not define
 * EMULATION_NO_PARAMETER_VALUE     a known parameter with no value in force on the date asked
 * EMULATION_NO_BASE_SALARY         no base salary in force on the decision date
 * EMULATION_INVALID_MULTIPLE       a cash multiple that is negative or finer than a hundredth
 * EMULATION_SUBJECT_NOT_ALLOWED    e.g. "Lao động tiên tiến" asked for a collective
 * EMULATION_FACTS_MISSING          an individual's award evaluated without the person's history (or a collective's without its own)
 * EMULATION_INVALID_COUNT          a count of units that is not a whole number ≥ 0
 */
export type EmulationErrorCode =
  | 'EMULATION_NO_CATALOGUE_ENTRY'
  | 'EMULATION_UNKNOWN_PARAMETER'
  | 'EMULATION_NO_PARAMETER_VALUE'
  | 'EMULATION_NO_BASE_SALARY'
  | 'EMULATION_INVALID_MULTIPLE'
  | 'EMULATION_SUBJECT_NOT_ALLOWED'
  | 'EMULATION_FACTS_MISSING'
  | 'EMULATION_INVALID_COUNT'

export class EmulationError extends DomainError<EmulationErrorCode> {
  override readonly name = 'EmulationError'
  constructor(code: EmulationErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(code, message, details)
  }
}
