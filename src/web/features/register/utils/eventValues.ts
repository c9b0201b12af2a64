// An act's own values in words, as plain text: the audit trail shows them with the labels the
// act form asks them with (EVENT_FIELDS), so a reader sees one vocabulary in both places.
import { formatViDate, isIsoDate } from '@/domain/calendar/index.ts'
import { formatPeriod } from '@/domain/deadlines/index.ts'
import { isEventType } from '@/domain/register/event-types.ts'
import { formatNumber } from '@/shared/format.ts'
import { chargeReference } from './charges.ts'
import { fieldsOf, VERDICT_OPTIONS, type FieldSpec } from './eventFields.ts'

export type ValueLine = { key: string; label: string; value: string }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** "02 tháng", "15 ngày" — how a procedural document writes a term (formatPeriod in the domain). */
export const termText = (term: unknown): string | null =>
  isRecord(term) && typeof term.amount === 'number' && (term.unit === 'days' || term.unit === 'months')
    ? formatPeriod({ amount: term.amount, unit: term.unit })
    : null

/** "Điều 173 khoản 2 điểm a", or null for anything that is not a charge. */
export const chargeText = (charge: unknown): string | null =>
  isRecord(charge) && typeof charge.article === 'number' && typeof charge.clause === 'number'
    ? chargeReference({
        article: charge.article as never,
        clause: charge.clause,
        ...(typeof charge.point === 'string' ? { point: charge.point } : {}),
      })
    : null

const optionLabel = (options: readonly { value: string; label: string }[], value: unknown) =>
  options.find((o) => o.value === value)?.label ?? String(value)

const lineOf = (field: FieldSpec, data: Record<string, unknown>, subjectName: (id: number) => string) => {
  switch (field.kind) {
    case 'text':
      return typeof data[field.key] === 'string' && data[field.key] !== '' ? String(data[field.key]) : null
    case 'choice':
      return data[field.key] ? optionLabel(field.options, data[field.key]) : null
    case 'switch':
      return data[field.key] === true ? 'Có' : data[field.key] === false ? 'Không' : null
    case 'charge':
      return chargeText(data[field.key])
    case 'extension':
      return termText(data)
    case 'term':
      return termText(data[field.key])
    case 'date':
      return isIsoDate(data[field.key]) ? formatViDate(data[field.key] as string) : null
    case 'multiChoice':
      return Array.isArray(data[field.key]) && (data[field.key] as unknown[]).length > 0
        ? (data[field.key] as unknown[]).map((v) => optionLabel(field.options, v)).join('; ')
        : null
    case 'money':
      return typeof data[field.key] === 'number' ? `${formatNumber(data[field.key] as number)} đồng` : null
    case 'subjectCharges':
    case 'verdicts': {
      const items = Array.isArray(data[field.key]) ? (data[field.key] as unknown[]).filter(isRecord) : []
      if (items.length === 0) return null
      return items
        .map((item) => {
          const who = typeof item.subjectId === 'number' ? subjectName(item.subjectId) : '—'
          const verdict = field.kind === 'verdicts' ? `: ${optionLabel(VERDICT_OPTIONS, item.verdict)}` : ''
          const charge = chargeText(item.charge)
          return `${who}${verdict}${charge ? `${field.kind === 'verdicts' ? ' – ' : ': '}${charge}` : ''}`
        })
        .join('; ')
    }
  }
}

const labelOf = (field: FieldSpec): string =>
  field.kind === 'extension'
    ? 'Gia hạn thêm'
    : field.kind === 'subjectCharges'
      ? 'Tội danh truy tố từng bị can'
      : field.kind === 'verdicts'
        ? 'Kết quả xét xử từng bị cáo'
        : field.label

/** The act's values that are set, each with the label the act form gives it. */
export const eventValueLines = (type: unknown, data: unknown, subjectName: (id: number) => string): ValueLine[] => {
  if (typeof type !== 'string' || !isEventType(type) || !isRecord(data)) return []
  return fieldsOf(type).flatMap((field) => {
    const value = lineOf(field, data, subjectName)
    const key = field.kind === 'extension' ? 'extension' : field.key
    return value === null ? [] : [{ key, label: labelOf(field), value }]
  })
}
