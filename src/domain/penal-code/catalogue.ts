// The catalogue assembled, looked up by article number and searched by name.
import { foldVietnamese } from '@/shared/text.ts'
import { ECONOMY_ARTICLES, ENVIRONMENT_ARTICLES, PROPERTY_ARTICLES } from './articles-property-economy.ts'
import { DRUG_ARTICLES, PUBLIC_ORDER_ARTICLES } from './articles-drugs-public-order.ts'
import { ADMINISTRATION_ARTICLES, JUSTICE_ARTICLES, OFFICE_ARTICLES } from './articles-office-justice.ts'
import { FREEDOM_FAMILY_ARTICLES, PERSON_ARTICLES, SECURITY_ARTICLES } from './articles-security-person.ts'
import type { PenalArticle } from './types.ts'

/** Ascending by article number. */
export const PENAL_ARTICLES: readonly PenalArticle[] = [
  ...SECURITY_ARTICLES,
  ...PERSON_ARTICLES,
  ...FREEDOM_FAMILY_ARTICLES,
  ...PROPERTY_ARTICLES,
  ...ECONOMY_ARTICLES,
  ...ENVIRONMENT_ARTICLES,
  ...DRUG_ARTICLES,
  ...PUBLIC_ORDER_ARTICLES,
  ...ADMINISTRATION_ARTICLES,
  ...OFFICE_ARTICLES,
  ...JUSTICE_ARTICLES,
].sort((a, b) => a.article - b.article)

const BY_NUMBER = new Map(PENAL_ARTICLES.map((a) => [a.article, a]))
const FOLDED_NAMES = new Map(PENAL_ARTICLES.map((a) => [a.article, foldVietnamese(a.name)]))

export const findArticle = (article: number): PenalArticle | undefined => BY_NUMBER.get(article)

// Words people type around a reference that say nothing about which crime is meant.
const NOISE = new Set(['dieu', 'd', 'khoan', 'k', 'diem', 'blhs', 'toi'])

/**
 * Articles whose number starts with the digits typed, or whose name contains every word
 * typed, accents and case ignored: "173", "Điều 17", "trom cap", "ma tuy". An exact
 * number comes first, then other numbers, then names, each in article order.
 */
export const searchArticles = (query: string, limit = 20): PenalArticle[] => {
  const words = foldVietnamese(query).split(/[^a-z0-9]+/).filter((w) => w.length > 0 && !NOISE.has(w))
  if (words.length === 0) return []
  const digits = words.filter((w) => /^\d+$/.test(w))
  const terms = words.filter((w) => !/^\d+$/.test(w))
  const [number] = digits
  const exact: PenalArticle[] = []
  const byNumber: PenalArticle[] = []
  const byName: PenalArticle[] = []
  for (const article of PENAL_ARTICLES) {
    const name = FOLDED_NAMES.get(article.article) ?? ''
    const nameMatches = terms.every((t) => name.includes(t))
    if (number !== undefined) {
      if (!nameMatches) continue
      if (String(article.article) === number) exact.push(article)
      else if (String(article.article).startsWith(number)) byNumber.push(article)
    } else if (nameMatches) byName.push(article)
  }
  return [...exact, ...byNumber, ...byName].slice(0, limit)
}
