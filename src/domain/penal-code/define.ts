// A compact notation for the catalogue rows, so that each article fits on one line:
// art(173, 'Tội trộm cắp tài sản', [3, 7, 15, 20]) lists clauses 1–4 with the highest
// penalty of each bracket — a number is the longest prison term in years, 'life' is
// life imprisonment (tù chung thân), 'death' the death penalty (tử hình), 'nc' a bracket
// with no imprisonment at all (cảnh cáo, phạt tiền, cải tạo không giam giữ).
import { chapterOf, NATIONAL_SECURITY_CHAPTER } from './chapters.ts'
import type { HighestPenalty, PenalArticle, PenalClause } from './types.ts'

export type Max = number | 'life' | 'death' | 'nc'

/** Every row is typed from the code as generally known: DOMAIN.md's "[law-text, not re-read]". */
export const CATALOGUE_SOURCE =
  'Bộ luật Hình sự 2015 (Luật 100/2015/QH13), sửa đổi, bổ sung theo Luật 12/2017/QH14: khung hình phạt ghi theo nội dung điều luật như thường được biết, ' +
  'chưa đối chiếu văn bản chính thức (vbpl.vn, thuvienphapluat.vn); chưa cập nhật các sửa đổi năm 2025.'

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
}

export const art = (article: number, name: string, brackets: readonly Max[], options: Options = {}): PenalArticle => {
  const chapter = chapterOf(article)
  if (!chapter) throw new RangeError(`Điều ${article} không thuộc Phần thứ hai BLHS`)
  const clauses: PenalClause[] = brackets.map((max, i) => ({ clause: i + 1, highest: highestOf(max), preparation: false }))
  if (options.prep !== undefined) {
    clauses.push({ clause: options.prepClause ?? brackets.length + 1, highest: highestOf(options.prep), preparation: true })
  }
  return {
    article,
    name,
    chapter: chapter.numeral,
    nationalSecurity: chapter.numeral === NATIONAL_SECURITY_CHAPTER,
    clauses,
    verified: false,
    source: CATALOGUE_SOURCE,
  }
}
