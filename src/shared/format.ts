// Vietnamese display formats (DESIGN.md: dates dd/mm/yyyy, numbers 1.234,5).

export { formatNumber } from '@/domain/vocabulary/numbers.ts'

/** 2025-07-01 → 01/07/2025. Accepts an ISO date or date-time string. */
export const formatDate = (iso: string | null | undefined): string => {
  if (!iso) return ''
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return iso
  return `${m[3]}/${m[2]}/${m[1]}`
}

/** An instant shown in Vietnam's time zone (UTC+7): 24/11/2026 14:05. */
export const formatDateTime = (iso: string | null | undefined): string => {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const parts = new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(d)
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? ''
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`
}

/**
 * The date line of an official document: 2026-01-04 → "ngày 04 tháng 01 năm 2026",
 * 2020-03-05 → "ngày 05 tháng 3 năm 2020". Days below 10 and the months 1 and 2 take a leading
 * zero, other months do not (Nghị định 30/2020/NĐ-CP, Phụ lục I; DOMAIN.md §9).
 */
export const formatDocumentDate = (iso: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) throw new Error(`Ngày không hợp lệ: ${iso}`)
  const month = Number(m[2])
  return `ngày ${m[3]} tháng ${month <= 2 ? m[2] : String(month)} năm ${m[1]}`
}
