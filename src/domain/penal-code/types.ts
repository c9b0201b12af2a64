// The Penal Code catalogue (BLHS 2015, sửa đổi, bổ sung 2017) as data: each article with
// the penalty brackets (khung hình phạt) of its clauses. Only the bracket's highest
// penalty is recorded, because that alone fixes the crime category (BLHS Điều 9,
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

export type PenalArticle = {
  article: number
  /** The crime's name (tội danh) as the article's heading reads: 'Tội trộm cắp tài sản'. */
  name: string
  /** Numeral of the chapter of Part Two (Phần thứ hai) the article belongs to. */
  chapter: string
  /** Chapter XIII, crimes against national security (xâm phạm an ninh quốc gia). */
  nationalSecurity: boolean
  /** Ascending by clause number. */
  clauses: readonly PenalClause[]
  /** False while the brackets have not been re-read against the official text. */
  verified: boolean
  /** Where the brackets come from, and how far to trust them. */
  source: string
}

/** A charge at article / clause / point level; structurally the register's Charge. */
export type ChargeRef = { article: number; clause: number; point?: string | null | undefined }
