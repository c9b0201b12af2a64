// Public surface of the Penal Code catalogue (BLHS 2015, sửa đổi 2017 and 2025), versioned by date.
export {
  PENAL_ARTICLES,
  PENAL_ARTICLE_TEXTS,
  findArticle,
  normaliseArticleId,
  searchArticles,
  textsOf,
} from './catalogue.ts'
export { PENAL_CHAPTERS, chapterOf, NATIONAL_SECURITY_CHAPTER } from './chapters.ts'
export {
  ARTICLE_ID_PATTERN,
  CATALOGUE_SOURCE,
  PENAL_CODE_ARTICLES,
  articleNumber,
  compareArticleIds,
  TEXT_2017,
} from './define.ts'
export { AMENDMENT_2025_SOURCE, TEXT_2025 } from './amendments-2025.ts'
export { applicableText, compareSeverity } from './applicable.ts'
export type { AppliedText } from './applicable.ts'
export {
  bracketOf,
  categoryOfClause,
  categoryOfCharge,
  classifyCharge,
  describeCharge,
  penaltyText,
} from './charges.ts'
export type { ChargeClassification, ChargeDates } from './charges.ts'
export { PenalCodeError } from './errors.ts'
export type { PenalCodeErrorCode } from './errors.ts'
export type { ArticleId, ChargeRef, HighestPenalty, PenalArticle, PenalChapter, PenalClause } from './types.ts'
