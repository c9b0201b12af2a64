import { useEffect } from 'react'
import { Alert, Modal, Radio, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { FormEvent } from 'react'
import {
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
  CreateOfficialCalendarEntry,
  OFFICIAL_CALENDAR_KIND_LABELS,
  OFFICIAL_CALENDAR_KINDS,
} from '@/shared/api/calendar.ts'
import type { OfficialCalendarEntry, OfficialCalendarKind } from '@/shared/api/calendar.ts'
import { formatDate } from '@/shared/format.ts'
import { errorMessage, isApiError, needsSummary } from '@/web/shared/api/ApiError.ts'
import { DialogActions } from '@/web/shared/components/DialogActions.tsx'
import { VnDateInput } from '@/web/shared/components/VnDateInput.tsx'
import { fieldErrorsFromApi, fieldErrorsFromZod } from '@/web/shared/form/fieldErrors.ts'
import { useFormState } from '@/web/shared/form/useFormState.ts'
import { useSaveOfficialEntry } from '../hooks/useOfficialEntryMutations.ts'
import type { CalendarChange } from '../utils/calendarChange.ts'
import { changeNotice } from '../utils/calendarChange.ts'
import {
  emptyOfficialEntryForm,
  officialEntryFormToPayload,
  officialEntryRequiredErrors,
  officialEntryToForm,
} from '../utils/officialEntryForm.ts'
import type { OfficialEntryFormValues } from '../utils/officialEntryForm.ts'
import { OFFICIAL_ENTRY_FIELD_LABELS } from '../utils/officialEntryForm.ts'

const KIND_DESCRIPTIONS: Record<OfficialCalendarKind, string> = {
  day_off: 'Nghỉ vào ngày mặc định là ngày làm việc: nghỉ Tết theo quyết định của Thủ tướng, nghỉ bù, nghỉ hoán đổi.',
  working_day: 'Đi làm vào thứ Bảy, Chủ nhật hoặc ngày lễ mặc định: làm bù cho ngày nghỉ hoán đổi.',
}

type OfficialEntryFormModalProps = {
  opened: boolean
  onClose: () => void
  /** The entry being edited, or null to add one. */
  entry: OfficialCalendarEntry | null
  /** The year on screen: the date picker opens there. */
  year: number
  onSaved: (change: CalendarChange) => void
}

/** Adds or edits one day of the official calendar; the server answers with the deadlines it moved. */
export function OfficialEntryFormModal({ opened, onClose, entry, year, onSaved }: OfficialEntryFormModalProps) {
  const save = useSaveOfficialEntry()
  const form = useFormState<OfficialEntryFormValues>(entry ? officialEntryToForm(entry) : emptyOfficialEntryForm())
  const { reset } = form

  useEffect(() => {
    if (opened) reset(entry ? officialEntryToForm(entry) : emptyOfficialEntryForm())
    // Opening the dialog starts from the entry as saved.
  }, [opened, entry, reset])

  const close = () => {
    save.reset()
    onClose()
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const parsed = CreateOfficialCalendarEntry.safeParse(officialEntryFormToPayload(form.values))
    const required = officialEntryRequiredErrors(form.values)
    if (!parsed.success || Object.keys(required).length > 0) {
      form.setErrors({ ...(parsed.success ? {} : fieldErrorsFromZod(parsed.error)), ...required })
      return
    }
    try {
      const saved = await save.mutateAsync({
        id: entry?.id ?? null,
        expectedUpdatedAt: entry?.updatedAt ?? null,
        data: parsed.data,
      })
      const change: CalendarChange = {
        action: entry ? 'update' : 'create',
        date: saved.date,
        kind: saved.kind,
        reason: saved.reason,
        moved: saved.moved,
        recompute: saved.recompute ?? null,
      }
      notifications.show({
        color: 'green',
        title: entry ? 'Đã lưu thay đổi' : 'Đã thêm vào lịch chính thức',
        message: `Ngày ${formatDate(saved.date)}: ${saved.reason}. ${changeNotice(change)}`,
      })
      onSaved(change)
      close()
    } catch (error) {
      if (isApiError(error)) form.setErrors(fieldErrorsFromApi(error))
    }
  }

  const date = form.field('date')
  const kind = form.field('kind')

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={entry ? `Sửa ngày ${formatDate(entry.date)} trong lịch chính thức` : 'Thêm ngày vào lịch chính thức'}
      size="lg"
      centered
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate data-testid="official-entry-form">
        <Stack gap="md">
          {save.isError && needsSummary(save.error) ? (
            <Alert role="alert" color="red" variant="light" data-testid="official-entry-error">
              {errorMessage(save.error)}
            </Alert>
          ) : null}
          <VnDateInput
            label={OFFICIAL_ENTRY_FIELD_LABELS.date}
            required
            data-autofocus
            w={{ base: '100%', sm: 240 }}
            minDate={`${CALENDAR_MIN_YEAR}-01-01`}
            maxDate={`${CALENDAR_MAX_YEAR}-12-31`}
            defaultDate={entry?.date ?? `${year}-01-01`}
            data-testid="official-entry-date"
            {...date}
          />
          <Radio.Group
            label={OFFICIAL_ENTRY_FIELD_LABELS.kind}
            required
            value={kind.value}
            error={kind.error}
            onChange={(value) => kind.onChange(value as OfficialCalendarKind)}
            data-testid="official-entry-kind"
          >
            <Stack gap="sm" mt={6}>
              {OFFICIAL_CALENDAR_KINDS.map((value) => (
                <Radio
                  key={value}
                  value={value}
                  label={OFFICIAL_CALENDAR_KIND_LABELS[value]}
                  description={KIND_DESCRIPTIONS[value]}
                />
              ))}
            </Stack>
          </Radio.Group>
          <TextInput
            label={OFFICIAL_ENTRY_FIELD_LABELS.reason}
            required
            maxLength={300}
            autoComplete="off"
            placeholder="Ví dụ: Nghỉ Tết Nguyên đán (hoán đổi ngày làm việc)"
            data-testid="official-entry-reason"
            {...form.text('reason')}
          />
          <TextInput
            label={OFFICIAL_ENTRY_FIELD_LABELS.legalSource}
            maxLength={300}
            autoComplete="off"
            placeholder="Ví dụ: Thông báo số …/TB-BNV ngày …"
            description="Văn bản công bố ngày nghỉ hoặc ngày làm bù"
            data-testid="official-entry-legal-source"
            {...form.text('legalSource')}
          />
          <Text size="xs" c="dimmed">
            Sau khi lưu, các thời hạn có ngày kết thúc rơi vào ngày này được tính lại và hiển thị bên dưới lịch.
          </Text>
          <DialogActions onCancel={close} confirmLabel={entry ? 'Lưu' : 'Thêm'} pending={save.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
