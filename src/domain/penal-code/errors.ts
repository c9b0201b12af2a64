import type { ArticleId } from './types.ts'

/**
 * Stable codes; the HTTP edge maps them to statuses, the UI shows `message` (Vietnamese).
 * PENAL_CODE_UNKNOWN_CHARGE: the article or clause is not in the catalogue.
 * PENAL_CODE_NOT_IN_FORCE: the article did not exist yet when the offence was committed (BLHS Điều 7 khoản 2).
 */
export type PenalCodeErrorCode = 'PENAL_CODE_UNKNOWN_CHARGE' | 'PENAL_CODE_NOT_IN_FORCE'

export class PenalCodeError extends Error {
  override readonly name = 'PenalCodeError'
  constructor(
    readonly code: PenalCodeErrorCode,
    message: string,
    /** `part` says which level of the charge is refused: 'article' or 'clause'. */
    readonly details: Readonly<{ article: ArticleId; clause: number; part: 'article' | 'clause' }>,
  ) {
    super(message)
  }
}
