// The Penal Code catalogue (BLHS 2015, sửa đổi, bổ sung 2017 and 2025) as data: each text of
// an article with the penalty brackets (khung hình phạt) of its clauses and the dates it is in
// force. Only the bracket's highest penalty (and, where an amendment changed it, the lowest
// prison term) is recorded, because the highest alone fixes the crime category (BLHS Điều 9,
// DOMAIN.md §5) — the category itself is always derived, never typed.

/** The highest penalty of one bracket. */
export type HighestPenalty =
  | { kind: 'imprisonment'; years: number }
  | { kind: 'life_imprisonment' }
  | { kind: 'death' }
  /** Only a warning, a fine or non-custodial reform (cảnh cáo, phạt tiền, cải tạo không giam giữ). */
  | { kind: 'non_custodial' }

/** One clause (khoản) that sets a penalty bracket. Clauses that only add penalties are not listed. */
export type PenalClause = {
  clause: number
  highest: HighestPenalty
  /**
   * The shortest prison term of the bracket, in years, recorded only where an amendment
   * changed it (Điều 249, 251 khoản 1 in 2025): with equal highest penalties it decides
   * which text is more lenient (BLHS Điều 7). Absent: not recorded.
   */
  lowestYears?: number
  /** The clause punishes preparing the crime (chuẩn bị phạm tội, BLHS Điều 14). */
  preparation: boolean
}

export type PenalChapter = {
  /** Roman numeral, as the code numbers its chapters: 'XIII'. */
  numeral: string
  name: string
  firstArticle: number
  lastArticle: number
}

/**
 * An article as the code numbers it: digits, and a letter for an article inserted later —
 * "173", "217a" (added by Luật 12/2017/QH14), "256a" (added by Luật 86/2025/QH15).
 */
export type ArticleId = string

/** One text of one article, in force from `inForceFrom` until the next text of the same article. */
export type PenalArticle = {
  article: ArticleId
  /** The numeric part of the id (217 for "217a"): the chapter ranges and the order use it. */
  number: number
  /** The crime's name (tội danh) as the article's heading reads: 'Tội trộm cắp tài sản'. */
  name: string
  /** Numeral of the chapter of Part Two (Phần thứ hai) the article belongs to. */
  chapter: string
  /** Chapter XIII, crimes against national security (xâm phạm an ninh quốc gia). */
  nationalSecurity: boolean
  /** Ascending by clause number. */
  clauses: readonly PenalClause[]
  /** The first day this text applies (ISO date). */
  inForceFrom: string
  /** The law that gave the article this text: 'Luật 86/2025/QH15'. */
  law: string
  /** False while the brackets have not been re-read against the official text. */
  verified: boolean
  /** Where the brackets come from, and how far to trust them. */
  source: string
}

/** A charge at article / clause / point level; structurally the register's Charge. */
export type ChargeRef = { article: ArticleId; clause: number; point?: string | null | undefined }
