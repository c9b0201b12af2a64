// The catalogue assembled: every text of every article, looked up by id and date, and the
// current texts searched by number or name.
//
// Inserted and repealed articles: Luật 12/2017/QH14 inserted Điều 217a (kinh doanh theo phương
// thức đa cấp) and repealed Điều 292 (cung cấp dịch vụ trái phép trên mạng) before the code took
// effect [confirmed: lawfirm.vn "Điều 217a … (bổ sung bởi Khoản 51 Điều 1 Luật sửa đổi Bộ luật Hình
// sự 2017)"; viettimes.vn "bãi bỏ Điều 292"], so 292 was never in force and is not catalogued.
// Luật 86/2025/QH15 inserted Điều 256a ("bổ sung 1 điều (Điều 256a)", decuongtuyentruyen.com).
// Whether the 2017 law inserted any other lettered article is [unconfirmed]; none was found.
import { foldVietnamese } from '../vocabulary/text.ts'
import { AMENDED_2025 } from './amendments-2025.ts'
import { ECONOMY_ARTICLES, ENVIRONMENT_ARTICLES, PROPERTY_ARTICLES } from './articles-property-economy.ts'
import { DRUG_ARTICLES, PUBLIC_ORDER_ARTICLES } from './articles-drugs-public-order.ts'
import { ADMINISTRATION_ARTICLES, JUSTICE_ARTICLES, OFFICE_ARTICLES, WAR_ARTICLES } from './articles-office-justice.ts'
import { FREEDOM_FAMILY_ARTICLES, PERSON_ARTICLES, SECURITY_ARTICLES } from './articles-security-person.ts'
import { ARTICLE_ID_PATTERN, compareArticleIds } from './define.ts'
import type { ArticleId, PenalArticle } from './types.ts'

const TEXT_2017_ROWS: readonly PenalArticle[] = [
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
  ...WAR_ARTICLES,
]

/** Every text of every article, in code order, each article's texts oldest first. */
export const PENAL_ARTICLE_TEXTS: readonly PenalArticle[] = [...TEXT_2017_ROWS, ...AMENDED_2025].sort(
  (a, b) => compareArticleIds(a.article, b.article) || a.inForceFrom.localeCompare(b.inForceFrom),
)

const TEXTS = new Map<ArticleId, PenalArticle[]>()
for (const text of PENAL_ARTICLE_TEXTS) TEXTS.set(text.article, [...(TEXTS.get(text.article) ?? []), text])

/** The texts of one article, oldest first; empty when the catalogue lacks it. */
export const textsOf = (article: ArticleId): readonly PenalArticle[] => TEXTS.get(article) ?? []

/** The current text of every article (the latest the catalogue holds), in code order. */
export const PENAL_ARTICLES: readonly PenalArticle[] = [...TEXTS.values()].map((texts) => texts[texts.length - 1]!)

/**
 * The text of `article` in force on `on` (ISO date), or the current one without a date.
 * Undefined when the catalogue lacks the article, or when it was not yet in force that day
 * ("256a" before 01/07/2025). Dates before 01/01/2018 (BLHS 1999) are outside the catalogue
 * and read as the 2017 text.
 */
export const findArticle = (article: ArticleId, on?: string): PenalArticle | undefined => {
  const texts = textsOf(article)
  if (on === undefined) return texts[texts.length - 1]
  const inForce = texts.filter((t) => t.inForceFrom <= on)
  if (inForce.length > 0) return inForce[inForce.length - 1]
  // Only the 2017 text reaches back before 2018: an article the 2017 code had applies, one inserted later does not.
  const [first] = texts
  return first && first.inForceFrom <= '2018-01-01' ? first : undefined
}

/**
 * An article id from what people and old data hold: 173 (a number, as stored before ids
 * were strings), "173", " 217A ". Null when it is not an article id.
 */
export const normaliseArticleId = (value: unknown): ArticleId | null => {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 && value < 1000 ? String(value) : null
  if (typeof value !== 'string') return null
  const id = value.trim().toLowerCase()
  return ARTICLE_ID_PATTERN.test(id) ? id : null
}

const FOLDED_NAMES = new Map(PENAL_ARTICLES.map((a) => [a.article, foldVietnamese(a.name)]))

// Words people type around a reference that say nothing about which crime is meant.
const NOISE = new Set(['dieu', 'd', 'khoan', 'k', 'diem', 'blhs', 'toi'])
const ID_WORD = /^\d+[a-z]?$/

/**
 * Current articles whose id starts with what was typed, or whose name contains every word
 * typed, accents and case ignored: "173", "Điều 17", "217a", "trom cap", "ma tuy". An exact
 * id comes first, then other ids, then names, each in code order.
 */
export const searchArticles = (query: string, limit = 20): PenalArticle[] => {
  const words = foldVietnamese(query)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !NOISE.has(w))
  if (words.length === 0) return []
  const ids = words.filter((w) => ID_WORD.test(w))
  const terms = words.filter((w) => !ID_WORD.test(w))
  const [typed] = ids
  const exact: PenalArticle[] = []
  const byNumber: PenalArticle[] = []
  const byName: PenalArticle[] = []
  for (const article of PENAL_ARTICLES) {
    const name = FOLDED_NAMES.get(article.article) ?? ''
    const nameMatches = terms.every((t) => name.includes(t))
    if (typed !== undefined) {
      if (!nameMatches) continue
      if (article.article === typed) exact.push(article)
      else if (article.article.startsWith(typed)) byNumber.push(article)
    } else if (nameMatches) byName.push(article)
  }
  return [...exact, ...byNumber, ...byName].slice(0, limit)
}
