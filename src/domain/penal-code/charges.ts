// Charges read against the catalogue: the bracket of the clause charged, in the text that
// applies to the offence (BLHS Điều 7, applicable.ts), gives the crime category (BLHS Điều 9),
// through the deadline core's categoryFromBracket — the one place the Art. 9 thresholds are encoded.
import {
  categoryFromBracket,
  CRIME_CATEGORY_LABELS,
  type CrimeCategory,
  type PenaltyBracket,
} from '@/domain/deadlines/index.ts'
import { applicableText } from './applicable.ts'
import { findArticle, normaliseArticleId } from './catalogue.ts'
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
    highest.kind === 'imprisonment'
      ? `Cao nhất ${pad(highest.years)} năm tù`
      : highest.kind === 'life_imprisonment'
        ? 'Cao nhất tù chung thân'
        : highest.kind === 'death'
          ? 'Cao nhất tử hình'
          : 'Không có hình phạt tù (cảnh cáo, phạt tiền, cải tạo không giam giữ)'
  return clause.preparation ? `Chuẩn bị phạm tội: ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text
}

export type ChargeClassification = {
  /** The text applied to the offence (BLHS Điều 7): the one in force then, or a lighter later one. */
  article: PenalArticle
  clause: PenalClause
  category: CrimeCategory
  categoryLabel: string
  nationalSecurity: boolean
  /** The text in force when the offence was committed. */
  atOffence: PenalArticle
  /** The current text, which the catalogue screen shows. */
  current: PenalArticle
  /** A later, lighter text applies to an earlier offence (Điều 7 khoản 3). */
  retroactive: boolean
}

/** When the offence was committed and when it is decided (ISO dates); both optional. */
export type ChargeDates = { offenceOn?: string | undefined; decidedOn?: string | undefined }

const reference = ({ article, clause, point }: ChargeRef): string =>
  `Điều ${article} khoản ${clause}${point ? ` điểm ${point}` : ''} BLHS`

/**
 * The category of a charge from the text that applies to its offence (BLHS Điều 7, then
 * Điều 9). Without an offence date the current text applies. Throws PenalCodeError:
 * PENAL_CODE_UNKNOWN_CHARGE when the article or clause is not in the catalogue,
 * PENAL_CODE_NOT_IN_FORCE when the article did not exist yet on the offence date.
 */
export const classifyCharge = (charge: ChargeRef, dates: ChargeDates = {}): ChargeClassification => {
  const id = normaliseArticleId(charge.article) ?? String(charge.article)
  const { applied, appliedClause, atOffence, current, retroactive } = applicableText(
    id,
    charge.clause,
    dates.offenceOn,
    dates.decidedOn,
  )
  const category = categoryOfClause(appliedClause)
  return {
    article: applied,
    clause: appliedClause,
    category,
    categoryLabel: CRIME_CATEGORY_LABELS[category],
    nationalSecurity: applied.nationalSecurity,
    atOffence,
    current,
    retroactive,
  }
}

/** The crime category of a charge, derived from its bracket (BLHS Điều 7, Điều 9); throws like classifyCharge. */
export const categoryOfCharge = (charge: ChargeRef, dates: ChargeDates = {}): CrimeCategory =>
  classifyCharge(charge, dates).category

/**
 * "Điều 173 khoản 2 điểm c BLHS – Tội trộm cắp tài sản". Never throws: a charge outside
 * the catalogue still reads as its reference, so recorded history always displays.
 */
export const describeCharge = (charge: ChargeRef): string => {
  const id = normaliseArticleId(charge.article)
  const article = id === null ? undefined : findArticle(id)
  return article ? `${reference(charge)} – ${article.name}` : reference(charge)
}
