import { DomainError } from '../errors.ts'
import type { ArticleId } from './types.ts'

/**
 * Stable codes; the HTTP edge maps them to statuses, the UI shows `message` (Vietnamese).
 * PENAL_CODE_UNKNOWN_CHARGE: the article or clause is not in the catalogue.
 * PENAL_CODE_NOT_IN_FORCE: the article did not exist yet when the offence was committed (BLHS Điều 7 khoản 2).
 */
export type PenalCodeErrorCode = 'PENAL_CODE_UNKNOWN_CHARGE' | 'PENAL_CODE_NOT_IN_FORCE'

/** `part` says which level of the charge is refused: 'article' or 'clause'. */
type PenalCodeErrorDetails = Readonly<{ article: ArticleId; clause: number; part: 'article' | 'clause' }>

export class PenalCodeError extends DomainError<PenalCodeErrorCode, PenalCodeErrorDetails> {
  override readonly name = 'PenalCodeError'
}
