import type { CreateOfficialCalendarEntry, OfficialCalendarEntry, OfficialCalendarKind } from '@/shared/api/calendar.ts'

export type OfficialEntryFormValues = {
  date: string | null
  kind: OfficialCalendarKind | null
  reason: string
  legalSource: string
}

export const emptyOfficialEntryForm = (): OfficialEntryFormValues => ({
  date: null,
  kind: null,
  reason: '',
  legalSource: '',
})

export const officialEntryToForm = (entry: OfficialCalendarEntry): OfficialEntryFormValues => ({
  date: entry.date,
  kind: entry.kind,
  reason: entry.reason,
  legalSource: entry.legalSource ?? '',
})

/** The payload as the API takes it; the zod schema then checks it. */
export const officialEntryFormToPayload = (
  values: OfficialEntryFormValues,
): Record<keyof CreateOfficialCalendarEntry, unknown> => ({
  date: values.date ?? '',
  kind: values.kind,
  reason: values.reason.trim(),
  legalSource: values.legalSource.trim() === '' ? null : values.legalSource.trim(),
})

/** Messages for empty required fields, clearer than the schema's format errors. */
export const officialEntryRequiredErrors = (values: OfficialEntryFormValues): Record<string, string> => {
  const errors: Record<string, string> = {}
  if (!values.date) errors.date = 'Nhập ngày'
  if (!values.kind) errors.kind = 'Chọn ngày nghỉ hoặc ngày làm việc'
  if (!values.reason.trim()) errors.reason = 'Nhập lý do'
  return errors
}

/** The official calendar form's labels; the audit trail names an entry's fields with them. */
export const OFFICIAL_ENTRY_FIELD_LABELS = {
  date: 'Ngày',
  kind: 'Loại ngày',
  reason: 'Lý do',
  legalSource: 'Căn cứ',
} as const
