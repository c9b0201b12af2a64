// The kinds of matter in the register (DOMAIN.md §2.2 work streams).
export const MATTER_KINDS = ['crime_report', 'criminal_case', 'civil', 'administrative'] as const
export type MatterKind = (typeof MATTER_KINDS)[number]

export const MATTER_KIND_LABELS: Record<MatterKind, string> = {
  crime_report: 'Tố giác, tin báo về tội phạm, kiến nghị khởi tố',
  criminal_case: 'Vụ án hình sự',
  civil: 'Vụ việc dân sự, hôn nhân gia đình, kinh doanh thương mại, lao động',
  administrative: 'Vụ án hành chính',
}

export const MATTER_KIND_SHORT_LABELS: Record<MatterKind, string> = {
  crime_report: 'Tin báo',
  criminal_case: 'Vụ án hình sự',
  civil: 'Dân sự',
  administrative: 'Hành chính',
}
