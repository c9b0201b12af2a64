import { CRIME_CATEGORY_LABELS, isCrimeCategory } from '@/domain/deadlines/crime-category.ts'
import type { MatterKind } from '@/domain/register/matter-kinds.ts'

/** "Tội phạm nghiêm trọng" for a category code; an unknown code is shown as it came. */
export const categoryLabel = (category: string | null): string | null =>
  category === null ? null : isCrimeCategory(category) ? CRIME_CATEGORY_LABELS[category] : category

/** What the people of a matter are called, by kind. */
export const SUBJECT_TERMS: Record<MatterKind, { one: string; many: string }> = {
  crime_report: { one: 'người bị tố giác', many: 'Người bị tố giác, bị kiến nghị khởi tố' },
  criminal_case: { one: 'bị can', many: 'Bị can, bị cáo' },
  civil: { one: 'đương sự', many: 'Đương sự' },
  administrative: { one: 'đương sự', many: 'Đương sự' },
}

export const MEASURE_LABELS = { none: null, custody: 'Tạm giữ', detention: 'Tạm giam' } as const
export const MEASURE_COLORS = { none: 'gray', custody: 'orange', detention: 'red' } as const

export const GENDER_LABELS = { nam: 'Nam', nu: 'Nữ' } as const

/** The matter form's labels; the audit trail names a matter's fields with them. */
export const MATTER_FIELD_LABELS = {
  kind: 'Loại vụ việc',
  unitId: 'Đơn vị thụ lý',
  number: 'Số thụ lý',
  prosecutorId: 'Kiểm sát viên thụ lý',
  title: 'Tóm tắt',
} as const

/** The act form's labels for what every act has (its own details are in EVENT_FIELDS). */
export const ACT_FIELD_LABELS = {
  type: 'Hành vi tố tụng',
  subjectId: 'Bị can',
  occurredOn: 'Ngày',
  occurredAt: 'Giờ',
  documentNumber: 'Số văn bản',
  issuingBody: 'Cơ quan ban hành',
} as const

/** The subject form's labels (a suffix such as " bị can thứ 2" may follow them on the form). */
export const SUBJECT_FIELD_LABELS = { fullName: 'Họ tên', birthYear: 'Năm sinh', gender: 'Giới tính' } as const
