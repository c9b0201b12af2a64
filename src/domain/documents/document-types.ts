// The kinds of administrative document the outgoing-document register (sổ văn bản đi) numbers,
// with their name on the document and the abbreviation that opens the code ("KH" of "01/KH-VKS").
// Lists as data: the schema's CHECK, the API's enum and the renderer read the same values.
// Abbreviations seen in the procuracy's documents (DOMAIN.md §9, observed practice, confirmed):
// KH, QĐ, HD, CT. BC, TB and TTr follow Nghị định 30/2020 Phụ lục III as generally known
// (unconfirmed). A công văn has no abbreviation: its code is the agency's and the drafting unit's
// ("1660/VKS-TK"). Procedural documents (văn bản tố tụng) are not in this register's scope
// (DOMAIN.md §9, caveats).

export const DOCUMENT_TYPES = [
  'ke_hoach',
  'bao_cao',
  'quyet_dinh',
  'huong_dan',
  'chi_thi',
  'thong_bao',
  'to_trinh',
  'cong_van',
] as const
export type DocumentType = (typeof DOCUMENT_TYPES)[number]

/** The name printed as the document type (tên loại), in capitals (Phụ lục I Mục V). */
export const DOCUMENT_TYPE_NAMES: Record<DocumentType, string> = {
  ke_hoach: 'KẾ HOẠCH',
  bao_cao: 'BÁO CÁO',
  quyet_dinh: 'QUYẾT ĐỊNH',
  huong_dan: 'HƯỚNG DẪN',
  chi_thi: 'CHỈ THỊ',
  thong_bao: 'THÔNG BÁO',
  to_trinh: 'TỜ TRÌNH',
  cong_van: 'CÔNG VĂN',
}

/** The abbreviation before the agency's code; null for a công văn. */
export const DOCUMENT_TYPE_ABBREVIATIONS: Record<DocumentType, string | null> = {
  ke_hoach: 'KH',
  bao_cao: 'BC',
  quyet_dinh: 'QĐ',
  huong_dan: 'HD',
  chi_thi: 'CT',
  thong_bao: 'TB',
  to_trinh: 'TTr',
  cong_van: null,
}

/**
 * The code of a document: "KH-VKS" for a plan of a provincial procuracy whose agency code is
 * "VKS", "VKS-VP" for a công văn drafted by its Văn phòng (DOMAIN.md §9, observed patterns).
 */
export const documentCode = (type: DocumentType, agencyCode: string, draftingUnitCode?: string): string => {
  const abbreviation = DOCUMENT_TYPE_ABBREVIATIONS[type]
  return [abbreviation, agencyCode, draftingUnitCode].filter((part): part is string => Boolean(part)).join('-')
}

/**
 * The register's year of a document: the calendar year of its date. Numbering runs from 01 on
 * 1 January to 31 December (Nghị định 30/2020 Art. 15; DOMAIN.md §9), not the 01/12–30/11
 * statistics year.
 */
export const registerYearOf = (issuedOn: string): number => {
  const m = /^(\d{4})-\d{2}-\d{2}$/.exec(issuedOn)
  if (!m) throw new Error(`Ngày không hợp lệ: ${issuedOn}`)
  return Number(m[1])
}
