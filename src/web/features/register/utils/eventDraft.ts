// The record-an-act form's state, and how it becomes the API's EventInput. Checked here with
// the domain's own schemas (Vietnamese messages) so most mistakes show before anything is sent;
// the server checks again and its field errors land under the same inputs.
import { EVENT_TYPES } from '@/domain/register/event-types.ts'
import type { Charge, EventType } from '@/domain/register/event-types.ts'
import type { EventInput } from '@/shared/api/register.ts'
import type { FieldErrors } from '@/web/shared/form/fieldErrors.ts'
import { fieldsOf, TIMED_EVENT_TYPES } from './eventFields.ts'
import type { FieldSpec } from './eventFields.ts'
import { vietnameseIssue } from './vietnameseIssues.ts'

/** One defendant's line in the indictment or verdict lists. */
export type SubjectRow = { subjectId: number; include: boolean; charge: Charge | null; verdict: string | null }

export type EventDraft = {
  occurredOn: string | null
  occurredAt: string
  subjectId: string | null
  documentNumber: string
  issuingBody: string
  data: Record<string, unknown>
}

/** What the form knows about the matter when an act is chosen, to fill in sensible defaults. */
export type DraftContext = {
  subjects: { id: number; fullName: string }[]
  /** The charge in force for a subject (its latest institution or change of charge); null when not charged. */
  chargeOf: (subjectId: number) => Charge | null
  /** What to suggest for a subject not charged individually (the case's own charge). */
  fallbackCharge?: Charge | null
}

export const emptyDraft = (today: string): EventDraft => ({
  occurredOn: today,
  occurredAt: '',
  subjectId: null,
  documentNumber: '',
  issuingBody: '',
  data: {},
})

const initialValue = (field: FieldSpec, context: DraftContext): [string, unknown][] => {
  switch (field.kind) {
    case 'text':
      return [[field.key, '']]
    case 'choice':
      return [[field.key, null]]
    case 'switch':
      return [[field.key, false]]
    case 'charge':
      return [[field.key, null]]
    case 'extension':
      return [
        ['amount', ''],
        ['unit', field.defaultUnit],
      ]
    case 'money':
      return [[field.key, '']]
    case 'term':
      return [[field.key, { amount: '', unit: field.defaultUnit }]]
    case 'date':
      return [[field.key, null]]
    case 'multiChoice':
      return [[field.key, []]]
    case 'subjectCharges':
    case 'verdicts': {
      // Subjects charged individually are preselected, with the charge in force.
      const rows: SubjectRow[] = context.subjects.map((s) => {
        const charge = context.chargeOf(s.id)
        return {
          subjectId: s.id,
          include: charge !== null,
          charge: charge ?? context.fallbackCharge ?? null,
          verdict: null,
        }
      })
      if (rows.length > 0 && rows.every((r) => !r.include)) for (const r of rows) r.include = true
      return [[field.key, field.kind === 'verdicts' ? rows.map((r) => ({ ...r, charge: null })) : rows]]
    }
  }
}

/** The data inputs of an act, empty or at their defaults. */
export const initialData = (type: EventType, context: DraftContext): Record<string, unknown> =>
  Object.fromEntries(fieldsOf(type).flatMap((field) => initialValue(field, context)))

const rowsOf = (value: unknown): SubjectRow[] => (Array.isArray(value) ? (value as SubjectRow[]) : [])

/** The form's data as EVENT_TYPES[type].data expects it. */
export const dataPayload = (type: EventType, data: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const field of fieldsOf(type)) {
    switch (field.kind) {
      case 'text': {
        const text = String(data[field.key] ?? '').trim()
        if (text) out[field.key] = text
        break
      }
      case 'choice':
      case 'charge':
        if (data[field.key] !== null && data[field.key] !== undefined) out[field.key] = data[field.key]
        break
      case 'switch':
        out[field.key] = data[field.key] === true
        break
      case 'extension':
        if (typeof data.amount === 'number') out.amount = data.amount
        out.unit = data.unit
        break
      case 'money':
        if (typeof data[field.key] === 'number') out[field.key] = data[field.key]
        break
      case 'term': {
        const term = data[field.key] as { amount?: unknown; unit?: unknown } | undefined
        if (typeof term?.amount === 'number') out[field.key] = { amount: term.amount, unit: term.unit }
        break
      }
      case 'date':
        if (typeof data[field.key] === 'string' && data[field.key] !== '') out[field.key] = data[field.key]
        break
      case 'multiChoice':
        if (Array.isArray(data[field.key]) && (data[field.key] as unknown[]).length > 0)
          out[field.key] = data[field.key]
        break
      case 'subjectCharges':
        out[field.key] = rowsOf(data[field.key])
          .filter((r) => r.include)
          .map((r) => ({ subjectId: r.subjectId, charge: r.charge }))
        break
      case 'verdicts':
        out[field.key] = rowsOf(data[field.key])
          .filter((r) => r.include)
          .map((r) => ({
            subjectId: r.subjectId,
            verdict: r.verdict,
            ...(r.verdict === 'convicted_other_charge' && r.charge ? { charge: r.charge } : {}),
          }))
        break
    }
  }
  return out
}

/**
 * An error path of the payload ("data.charges.1.charge.article") as the form shows it: list items
 * are keyed by subject ("data.charges.s12"), since the form lists every subject, not only those sent.
 */
export const formErrorKey = (path: string, payloadData: Record<string, unknown> | null): string => {
  const clean = path.replace(/^(body\.)?(initialEvent\.)?/, '')
  const m = /^data\.(\w+)\.(\d+)(?:\.|$)/.exec(clean)
  if (!m || !payloadData) return clean
  const item = (payloadData[m[1] ?? ''] as { subjectId?: number }[] | undefined)?.[Number(m[2])]
  return item?.subjectId === undefined ? clean : `data.${m[1]}.s${item.subjectId}`
}

/** The first error at `key` or below it ("data.charge" also shows "data.charge.article"). */
export const errorAt = (errors: FieldErrors, key: string): string | undefined =>
  errors[key] ?? Object.entries(errors).find(([k]) => k.startsWith(`${key}.`))?.[1]

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1)

const requiredDataErrors = (type: EventType, data: Record<string, unknown>): FieldErrors => {
  const errors: FieldErrors = {}
  for (const field of fieldsOf(type)) {
    switch (field.kind) {
      case 'text':
        if (!String(data[field.key] ?? '').trim()) errors[`data.${field.key}`] = `Nhập ${lower(field.label)}`
        break
      case 'choice':
        if (!data[field.key]) errors[`data.${field.key}`] = `Chọn ${lower(field.label)}`
        break
      case 'charge':
        if (!field.optional && !data[field.key])
          errors[`data.${field.key}`] = 'Chọn tội danh (điều, khoản của Bộ luật Hình sự)'
        break
      case 'extension':
        if (typeof data.amount !== 'number') errors['data.amount'] = 'Nhập thời gian gia hạn'
        break
      case 'money':
        if (typeof data[field.key] !== 'number') errors[`data.${field.key}`] = 'Nhập số tiền'
        break
      case 'term':
      case 'date':
      case 'multiChoice':
        break
      case 'subjectCharges':
      case 'verdicts': {
        const rows = rowsOf(data[field.key]).filter((r) => r.include)
        if (rows.length === 0) {
          errors[`data.${field.key}`] =
            field.kind === 'verdicts' ? 'Chọn ít nhất một bị cáo được xét xử' : 'Chọn ít nhất một bị can bị truy tố'
        }
        for (const row of rows) {
          const key = `data.${field.key}.s${row.subjectId}`
          if (field.kind === 'subjectCharges' && !row.charge) errors[key] = 'Chọn tội danh truy tố'
          if (field.kind === 'verdicts' && !row.verdict) errors[key] = 'Chọn kết quả xét xử'
          if (field.kind === 'verdicts' && row.verdict === 'convicted_other_charge' && !row.charge)
            errors[key] = 'Chọn tội danh bị kết án'
        }
        break
      }
    }
  }
  return errors
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/

export type DraftCheck = { payload: EventInput | null; errors: FieldErrors }

/** The EventInput to send, or the Vietnamese reasons it cannot be sent yet. */
export const checkDraft = (type: EventType | null, draft: EventDraft, today: string): DraftCheck => {
  if (!type) return { payload: null, errors: { type: 'Chọn hành vi tố tụng' } }
  const definition = EVENT_TYPES[type]
  const errors: FieldErrors = {}

  if (!draft.occurredOn || !/^\d{4}-\d{2}-\d{2}$/.test(draft.occurredOn))
    errors.occurredOn = 'Nhập ngày theo dạng dd/mm/yyyy'
  else if (draft.occurredOn > today) errors.occurredOn = 'Ngày không được sau ngày hôm nay'
  const timed = TIMED_EVENT_TYPES.has(type)
  if (timed && !HHMM.test(draft.occurredAt)) errors.occurredAt = 'Nhập giờ theo dạng HH:MM'
  if (definition.perSubject && !draft.subjectId) errors.subjectId = 'Chọn bị can'
  if (draft.documentNumber.trim().length > 60) errors.documentNumber = 'Số văn bản tối đa 60 ký tự'
  if (draft.issuingBody.trim().length > 200) errors.issuingBody = 'Cơ quan ban hành tối đa 200 ký tự'

  const data = dataPayload(type, draft.data)
  Object.assign(errors, requiredDataErrors(type, draft.data))
  // A new detention order states its term or its end day (Điều 134 khoản 1): the clock runs to it.
  if (type === 'detention_ordered' && data.term === undefined && data.endsOn === undefined)
    errors['data.endsOn'] = 'Nhập thời hạn hoặc ngày kết thúc ghi trong lệnh tạm giam'
  const parsed = definition.data.safeParse(data, { error: vietnameseIssue })
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = formErrorKey(['data', ...issue.path.map(String)].join('.'), data)
      if (!errorAt(errors, key.split('.').slice(0, 2).join('.'))) errors[key] ??= issue.message
    }
  }
  if (Object.keys(errors).length > 0) return { payload: null, errors }

  return {
    errors,
    payload: {
      type,
      occurredOn: draft.occurredOn!,
      occurredAt: timed ? draft.occurredAt : null,
      subjectId: definition.perSubject ? Number(draft.subjectId) : null,
      documentNumber: draft.documentNumber.trim() || null,
      issuingBody: draft.issuingBody.trim() || null,
      data,
    },
  }
}

/** The form keys a change touches: "occurredOn", or "data.charge" for a detail. */
export const changedKeys = (draft: EventDraft, patch: Partial<EventDraft>): string[] =>
  Object.keys(patch).flatMap((key) =>
    key === 'data'
      ? Object.keys(patch.data ?? {})
          .filter((d) => patch.data?.[d] !== draft.data[d])
          .map((d) => `data.${d}`)
      : [key],
  )

/** An edited input drops its own error and those below it. */
export const withoutErrorsOf = (errors: FieldErrors, keys: string[]): FieldErrors =>
  keys.length === 0
    ? errors
    : Object.fromEntries(Object.entries(errors).filter(([k]) => !keys.some((c) => k === c || k.startsWith(`${c}.`))))
