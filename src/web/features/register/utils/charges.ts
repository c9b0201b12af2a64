import type { Charge } from '@/domain/register/event-types.ts'
import { CRIME_CATEGORY_SHORT_LABELS, isCrimeCategory } from '@/domain/deadlines/crime-category.ts'
import type { PenalArticle } from '../api/registerApi.ts'

/** "nghiêm trọng", as it reads in brackets after a crime's name. */
export const categoryShortLabel = (category: string, fallback?: string): string =>
  isCrimeCategory(category) ? CRIME_CATEGORY_SHORT_LABELS[category].replace(/^tội /, '') : (fallback ?? category)

/** "Điều 173 khoản 2 điểm a". */
export const chargeReference = (charge: Charge): string =>
  `Điều ${charge.article} khoản ${charge.clause}${charge.point ? ` điểm ${charge.point}` : ''}`

const viDate = (iso: string) => iso.split('-').reverse().join('/')

/**
 * The bracket a charge is judged by: with an offence date, the text applied to it (BLHS Điều 7),
 * which may be older than the current one; otherwise the current text.
 */
export const appliedClause = (article: PenalArticle, clause: number) => {
  const applied = article.applied?.clauses.find((c) => c.clause === clause)
  if (applied) return { ...applied, older: applied.inForceFrom !== article.inForceFrom }
  const current = article.clauses.find((c) => c.clause === clause)
  return current
    ? { ...current, inForceFrom: article.inForceFrom, law: article.law, retroactive: false, older: false }
    : undefined
}

/**
 * "Điều 173 khoản 2 – Tội trộm cắp tài sản (nghiêm trọng)", with as much as the Penal Code lookup
 * gave; "… (nghiêm trọng; áp dụng văn bản có hiệu lực từ 01/01/2018)" when the text applied to the
 * offence is not the current one.
 */
export const chargeLabel = (charge: Charge, article: PenalArticle | null | undefined): string => {
  if (!article) return chargeReference(charge)
  const clause = appliedClause(article, charge.clause)
  const older = clause?.older ? `; áp dụng văn bản có hiệu lực từ ${viDate(clause.inForceFrom)}` : ''
  const category = clause ? ` (${categoryShortLabel(clause.category, clause.categoryLabel)}${older})` : ''
  return `${chargeReference(charge)} – ${article.name}${category}`
}

export const isCharge = (value: unknown): value is Charge =>
  typeof value === 'object' &&
  value !== null &&
  (typeof (value as Charge).article === 'string' || typeof (value as { article: unknown }).article === 'number') &&
  typeof (value as Charge).clause === 'number'
