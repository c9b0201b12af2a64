// Public surface of the Penal Code catalogue (BLHS 2015, sửa đổi 2017).
export { PENAL_ARTICLES, findArticle, searchArticles } from './catalogue.ts'
export { PENAL_CHAPTERS, chapterOf, NATIONAL_SECURITY_CHAPTER } from './chapters.ts'
export { CATALOGUE_SOURCE } from './define.ts'
export { bracketOf, categoryOfClause, categoryOfCharge, classifyCharge, describeCharge, penaltyText } from './charges.ts'
export type { ChargeClassification } from './charges.ts'
export { PenalCodeError } from './errors.ts'
export type { PenalCodeErrorCode } from './errors.ts'
export type { ChargeRef, HighestPenalty, PenalArticle, PenalChapter, PenalClause } from './types.ts'
