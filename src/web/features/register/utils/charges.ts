import type { Charge } from '@/domain/register/event-types.ts'
import { CRIME_CATEGORY_SHORT_LABELS, isCrimeCategory } from '@/domain/deadlines/crime-category.ts'
import type { PenalArticle } from '../api/registerApi.ts'

/** "nghiêm trọng", as it reads in brackets after a crime's name. */
export const categoryShortLabel = (category: string, fallback?: string): string =>
  isCrimeCategory(category) ? CRIME_CATEGORY_SHORT_LABELS[category].replace(/^tội /, '') : (fallback ?? category)

/** "Điều 173 khoản 2 điểm a". */
export const chargeReference = (charge: Charge): string =>
  `Điều ${charge.article} khoản ${charge.clause}${charge.point ? ` điểm ${charge.point}` : ''}`

/** "Điều 173 khoản 2 – Tội trộm cắp tài sản (nghiêm trọng)", with as much as the Penal Code lookup gave. */
export const chargeLabel = (charge: Charge, article: PenalArticle | null | undefined): string => {
  if (!article) return chargeReference(charge)
  const clause = article.clauses.find((c) => c.clause === charge.clause)
  const category = clause ? ` (${categoryShortLabel(clause.category, clause.categoryLabel)})` : ''
  return `${chargeReference(charge)} – ${article.name}${category}`
}

export const isCharge = (value: unknown): value is Charge =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Charge).article === 'number' &&
  typeof (value as Charge).clause === 'number'
