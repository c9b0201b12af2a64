// Charges read against the catalogue: the bracket of the clause charged gives the crime
// category (BLHS Điều 9), through the deadline core's categoryFromBracket — the one
// place the Art. 9 thresholds are encoded.
import { categoryFromBracket, CRIME_CATEGORY_LABELS, type CrimeCategory, type PenaltyBracket } from '@/domain/deadlines/index.ts'
import { findArticle } from './catalogue.ts'
import { PenalCodeError } from './errors.ts'
import type { ChargeRef, HighestPenalty, PenalArticle, PenalClause } from './types.ts'

/** Art. 38: a fixed prison term is at most 20 years; life and death brackets start below their top. */
const LONGEST_FIXED_TERM = 20

export const bracketOf = (highest: HighestPenalty): PenaltyBracket => {
  switch (highest.kind) {
    case 'imprisonment':
      return { maxImprisonmentYears: highest.years, lifeOrDeath: false, nonCustodialOnly: false }
    case 'life_imprisonment':
    case 'death':
      return { maxImprisonmentYears: LONGEST_FIXED_TERM, lifeOrDeath: true, nonCustodialOnly: false }
    case 'non_custodial':
      return { maxImprisonmentYears: 0, lifeOrDeath: false, nonCustodialOnly: true }
  }
}

export const categoryOfClause = (clause: PenalClause): CrimeCategory => categoryFromBracket(bracketOf(clause.highest))

const pad = (n: number) => String(n).padStart(2, '0')

/** "Cao nhất 07 năm tù", "Cao nhất tử hình"… as the catalogue screen shows a bracket. */
export const penaltyText = (clause: PenalClause): string => {
  const { highest } = clause
  const text =
    highest.kind === 'imprisonment' ? `Cao nhất ${pad(highest.years)} năm tù`
    : highest.kind === 'life_imprisonment' ? 'Cao nhất tù chung thân'
    : highest.kind === 'death' ? 'Cao nhất tử hình'
    : 'Không có hình phạt tù (cảnh cáo, phạt tiền, cải tạo không giam giữ)'
  return clause.preparation ? `Chuẩn bị phạm tội: ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text
}

export type ChargeClassification = {
  article: PenalArticle
  clause: PenalClause
  category: CrimeCategory
  categoryLabel: string
  nationalSecurity: boolean
}

const reference = ({ article, clause, point }: ChargeRef): string =>
  `Điều ${article} khoản ${clause}${point ? ` điểm ${point}` : ''} BLHS`

/** Throws PenalCodeError (PENAL_CODE_UNKNOWN_CHARGE) when the article or clause is not in the catalogue. */
export const classifyCharge = (charge: ChargeRef): ChargeClassification => {
  const article = findArticle(charge.article)
  const details = { article: charge.article, clause: charge.clause }
  if (!article) {
    throw new PenalCodeError('PENAL_CODE_UNKNOWN_CHARGE', `Điều ${charge.article} BLHS chưa có trong danh mục tội danh của hệ thống`, { ...details, part: 'article' })
  }
  const clause = article.clauses.find((c) => c.clause === charge.clause)
  if (!clause) {
    const known = article.clauses.map((c) => c.clause).join(', ')
    throw new PenalCodeError(
      'PENAL_CODE_UNKNOWN_CHARGE',
      `Điều ${charge.article} BLHS không có khoản ${charge.clause} quy định khung hình phạt (các khoản có khung hình phạt: ${known})`,
      { ...details, part: 'clause' },
    )
  }
  const category = categoryOfClause(clause)
  return { article, clause, category, categoryLabel: CRIME_CATEGORY_LABELS[category], nationalSecurity: article.nationalSecurity }
}

/** The crime category of a charge, derived from its bracket (BLHS Điều 9); throws like classifyCharge. */
export const categoryOfCharge = (charge: ChargeRef): CrimeCategory => classifyCharge(charge).category

/**
 * "Điều 173 khoản 2 điểm c BLHS – Tội trộm cắp tài sản". Never throws: a charge outside
 * the catalogue still reads as its reference, so recorded history always displays.
 */
export const describeCharge = (charge: ChargeRef): string => {
  const article = findArticle(charge.article)
  return article ? `${reference(charge)} – ${article.name}` : reference(charge)
}
