// A compact notation for the catalogue rows, so that each article fits on one line:
// art(173, 'Tội trộm cắp tài sản', [3, 7, 15, 20]) lists clauses 1–4 with the highest
// penalty of each bracket — a number is the longest prison term in years, 'life' is
// life imprisonment (tù chung thân), 'death' the death penalty (tử hình), 'nc' a bracket
// with no imprisonment at all (cảnh cáo, phạt tiền, cải tạo không giam giữ). An article
// inserted later is named by its id: art('217a', …).
import { chapterOf, NATIONAL_SECURITY_CHAPTER } from './chapters.ts'
import type { ArticleId, HighestPenalty, PenalArticle, PenalClause } from './types.ts'

export type Max = number | 'life' | 'death' | 'nc'

/** Every row is typed from the code as generally known: DOMAIN.md's "[law-text, not re-read]". */
export const CATALOGUE_SOURCE =
  'Bộ luật Hình sự 2015 (Luật 100/2015/QH13), sửa đổi, bổ sung theo Luật 12/2017/QH14: khung hình phạt ghi theo nội dung điều luật như thường được biết, ' +
  'chưa đối chiếu văn bản chính thức (vbpl.vn, thuvienphapluat.vn). Các điều sửa đổi năm 2025 (Luật 86/2025/QH15) có văn bản riêng trong amendments-2025.ts.'

/** A text of the code: the day it took effect and the law that made it. */
export type PenalCodeText = { inForceFrom: string; law: string; source: string }

/** BLHS 2015 as amended in 2017: both in force from 01/01/2018 (Luật 12/2017/QH14, Điều 2). */
export const TEXT_2017: PenalCodeText = {
  inForceFrom: '2018-01-01',
  law: 'Luật 100/2015/QH13, sửa đổi, bổ sung theo Luật 12/2017/QH14',
  source: CATALOGUE_SOURCE,
}

/**
 * The articles of the code itself, whether or not the catalogue has a row for each: BLHS 2015
 * (as amended) runs from Điều 1 to Điều 426 (DOMAIN.md §5); inserted articles carry a letter.
 */
export const PENAL_CODE_ARTICLES = { first: 1, last: 426 } as const

/** An article id is digits, optionally followed by one letter: "173", "217a". */
export const ARTICLE_ID_PATTERN = /^[1-9]\d{0,2}[a-z]?$/

/** "173" → 173, "217a" → 217; NaN when the id is malformed. */
export const articleNumber = (id: ArticleId): number =>
  ARTICLE_ID_PATTERN.test(id) ? Number.parseInt(id, 10) : Number.NaN

/** Code order: by number, then the inserted letter ("217" < "217a" < "218"). */
export const compareArticleIds = (a: ArticleId, b: ArticleId): number =>
  articleNumber(a) - articleNumber(b) || (a < b ? -1 : a > b ? 1 : 0)

const highestOf = (max: Max): HighestPenalty => {
  if (max === 'life') return { kind: 'life_imprisonment' }
  if (max === 'death') return { kind: 'death' }
  if (max === 'nc') return { kind: 'non_custodial' }
  return { kind: 'imprisonment', years: max }
}

type Options = {
  /** Highest term (years) of the preparation clause (chuẩn bị phạm tội), numbered after the brackets unless `prepClause` says otherwise. */
  prep?: number
  prepClause?: number
  /** Shortest prison term (years) per bracket, where recorded (see PenalClause.lowestYears). */
  lowest?: readonly (number | undefined)[]
  /** The text this row belongs to; the 2017 text unless said. */
  text?: PenalCodeText
}

export const art = (
  id: number | ArticleId,
  name: string,
  brackets: readonly Max[],
  options: Options = {},
): PenalArticle => {
  const article = String(id)
  const number = articleNumber(article)
  const chapter = chapterOf(number)
  if (!chapter) throw new RangeError(`Điều ${article} không thuộc Phần thứ hai BLHS`)
  const clauses: PenalClause[] = brackets.map((max, i) => {
    const lowestYears = options.lowest?.[i]
    return {
      clause: i + 1,
      highest: highestOf(max),
      ...(lowestYears === undefined ? {} : { lowestYears }),
      preparation: false,
    }
  })
  if (options.prep !== undefined) {
    clauses.push({
      clause: options.prepClause ?? brackets.length + 1,
      highest: highestOf(options.prep),
      preparation: true,
    })
  }
  const text = options.text ?? TEXT_2017
  return {
    article,
    number,
    name,
    chapter: chapter.numeral,
    nationalSecurity: chapter.numeral === NATIONAL_SECURITY_CHAPTER,
    clauses,
    inForceFrom: text.inForceFrom,
    law: text.law,
    verified: false,
    source: text.source,
  }
}
