/** Stable codes; the HTTP edge maps them to statuses, the UI shows `message` (Vietnamese). */
export type PenalCodeErrorCode = 'PENAL_CODE_UNKNOWN_CHARGE'

export class PenalCodeError extends Error {
  override readonly name = 'PenalCodeError'
  constructor(
    readonly code: PenalCodeErrorCode,
    message: string,
    /** `part` says which level of the charge is unknown: 'article' or 'clause'. */
    readonly details: Readonly<{ article: number; clause: number; part: 'article' | 'clause' }>,
  ) {
    super(message)
  }
}
