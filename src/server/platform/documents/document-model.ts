// An official administrative document (văn bản hành chính) as typed data: what the plan, the
// review report, the emulation and the year-end documents fill in, and what render-docx.ts lays
// out in the format of Nghị định 30/2020/NĐ-CP, Phụ lục I (DOMAIN.md §9). The model carries the
// words only; sizes, styles and spacing are the renderer's, so every document of the system
// follows one layout. Procedural documents (văn bản tố tụng) are not made from it: they follow
// the procuracy's own forms (DOMAIN.md §9, caveats).

/** A piece of a line with its own emphasis, e.g. a bold lead-in of a paragraph. */
export type TextSpan = { text: string; bold?: boolean; italic?: boolean }
/** A line of text: plain, or made of spans. */
export type RichText = string | readonly TextSpan[]

/** A column of a table: its heading and its share of the table's width (the shares are normalised). */
export type TableColumn = { title: string; width: number; align?: 'left' | 'center' | 'right' }

export type DocumentBlock =
  /**
   * A section title. Level 1: "Phần", "Chương" or a Roman-numbered part (bold; the renderer puts
   * the title in capitals, Phụ lục I Mục V: titles of Phần/Chương in capitals); level 2: a numbered
   * item heading (bold); level 3: bold italic.
   */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  /** A body paragraph: first line indented, justified. */
  | { kind: 'paragraph'; text: RichText }
  /** A numbered or bulleted item: the label ("1.", "a)", "-") before its text, first line indented. */
  | { kind: 'item'; label: string; text: RichText }
  /**
   * The căn cứ lines (legal bases) under the summary line: italic, each ending ";", the last "."
   * (Phụ lục I Mục V, confirmed). The renderer sets the endings; give the lines without them.
   */
  | { kind: 'basis'; lines: readonly string[] }
  /** A table: a heading row repeated on each page, then the rows (one string per column). */
  | { kind: 'table'; columns: readonly TableColumn[]; rows: readonly (readonly string[])[] }
  /** A raster picture (a chart rendered by chart-png.ts), centred, sized in millimetres on the page. */
  | { kind: 'image'; png: Buffer; widthMm: number; heightMm: number; caption?: string }
  | { kind: 'pageBreak' }

/** Who signs: "KT. VIỆN TRƯỞNG" / "PHÓ VIỆN TRƯỞNG" / the name (DOMAIN.md §9, observed practice). */
export type Signature = {
  /** The authority prefix with the principal's title: "KT. VIỆN TRƯỞNG", "TL. VIỆN TRƯỞNG"; none when the head signs. */
  authority?: string
  /** The signer's own title: "PHÓ VIỆN TRƯỞNG", "VIỆN TRƯỞNG". */
  title: string
  /** The signer's name, without an academic title (Phụ lục I). */
  name: string
}

/** An annex (phụ lục): its own section, landscape for a wide table (DOMAIN.md §9: landscape is allowed for tables). */
export type Annex = {
  /** "Phụ lục" or "Phụ lục I". */
  title: string
  /** The line under it: what the annex lists. */
  subtitle?: string
  /** The italic note "(Kèm theo Kế hoạch số 01/KH-VKS ngày 04/01/2026 của …)". */
  note?: string
  orientation: 'portrait' | 'landscape'
  blocks: readonly DocumentBlock[]
}

export type OfficialDocument = {
  /** The agency header, top left: the line-management body (none at the top of the tree), then the issuing unit. */
  agency: { parent?: string; issuer: string }
  /** "Số: 01/KH-VKS": the number from the register (documents module) and the code. */
  number: { value: number | null; code: string }
  /** "An Giang, ngày 04 tháng 01 năm 2026": the place and the signing date (ISO yyyy-mm-dd). */
  place: string
  date: string
  /** The document type, e.g. "KẾ HOẠCH", "BÁO CÁO"; written in capitals. */
  type: string
  /** The summary line (trích yếu) under the type; may hold several lines. */
  summary: readonly string[]
  body: readonly DocumentBlock[]
  signature: Signature
  /** "Nơi nhận": the recipients, one a line; the list ends with "Lưu: …" from `archive`. */
  recipients: readonly string[]
  /** What follows "Lưu:" on the last line of "Nơi nhận", e.g. "VT, VP". */
  archive: string
  annexes?: readonly Annex[]
  /** The document's title in the file's properties. */
  title?: string
}

/** "01/KH-VKS": the number with its leading zero below 10 (DOMAIN.md §9, Phụ lục I), then the code; "…/KH-VKS" before a number is allocated. */
export const documentNumberText = ({ value, code }: OfficialDocument['number']): string =>
  `${value === null ? '…' : String(value).padStart(2, '0')}/${code}`
