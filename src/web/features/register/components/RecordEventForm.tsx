import { useRef, useState } from 'react'
import { Alert, Button, Group, Paper, Select, Stack, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDeviceFloppy } from '@tabler/icons-react'
import type { FormEvent } from 'react'
import { EVENT_TYPES } from '@/domain/register/event-types.ts'
import type { EventType } from '@/domain/register/event-types.ts'
import type { MatterDetail } from '@/shared/api/register.ts'
import { todayInVietnam } from '@/web/features/deadlines/utils/deadlineTone.ts'
import { errorMessage, isApiError, needsSummary } from '@/web/shared/api/ApiError.ts'
import type { FieldErrors } from '@/web/shared/form/fieldErrors.ts'
import { accentInsensitiveFilter } from '@/web/shared/utils/accentInsensitiveFilter.ts'
import { useRecordEvent } from '../hooks/useMatterMutations.ts'
import { changedKeys, checkDraft, emptyDraft, initialData, withoutErrorsOf } from '../utils/eventDraft.ts'
import type { EventDraft } from '../utils/eventDraft.ts'
import { apiFieldErrors } from '../utils/apiFieldErrors.ts'
import { asEventType, caseCharge, chargeInForce, eventTypeOptions } from '../utils/matterFacts.ts'
import { EventFields } from './EventFields.tsx'
import { MovedDeadlinesNotice, showMovedNotification } from './MovedDeadlines.tsx'
import { ACT_FIELD_LABELS } from '../utils/labels.ts'

/** "Ghi nhận hành vi tố tụng": choose the act, fill in its document and details, and the deadlines are recomputed. */
export function RecordEventForm({ matter }: { matter: MatterDetail }) {
  const today = todayInVietnam()
  const record = useRecordEvent(matter.id)
  const [type, setType] = useState<EventType | null>(null)
  const [draft, setDraft] = useState<EventDraft>(() => emptyDraft(today))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [moved, setMoved] = useState<MatterDetail['moved']>(undefined)
  const sentData = useRef<Record<string, unknown> | null>(null)

  const subjects = matter.subjects.map((s) => ({ id: s.id, fullName: s.fullName }))
  const context = {
    subjects,
    chargeOf: (subjectId: number) => chargeInForce(matter.events, subjectId),
    fallbackCharge: caseCharge(matter.events),
  }

  const chooseType = (next: EventType | null) => {
    setType(next)
    setDraft((d) => ({ ...d, occurredAt: '', data: next ? initialData(next, context) : {} }))
    setErrors({})
    record.reset()
  }

  const onChange = (patch: Partial<EventDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    setErrors((current) => withoutErrorsOf(current, changedKeys(draft, patch)))
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const check = checkDraft(type, draft, today)
    setErrors(check.errors)
    if (!check.payload) return
    sentData.current = check.payload.data
    try {
      const saved = await record.mutateAsync(check.payload)
      notifications.show({
        color: 'green',
        title: 'Đã ghi nhận hành vi tố tụng',
        message: EVENT_TYPES[check.payload.type as EventType].label,
      })
      showMovedNotification(saved.moved)
      setMoved(saved.moved)
      setType(null)
      setDraft(emptyDraft(today))
      setErrors({})
    } catch (error) {
      if (isApiError(error)) setErrors(apiFieldErrors(error, sentData.current))
    }
  }

  return (
    <Paper withBorder radius="md" p="md">
      <form
        onSubmit={(e) => void onSubmit(e)}
        noValidate
        data-testid="record-event-form"
        aria-label="Ghi nhận hành vi tố tụng"
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            Ghi nhận hành vi tố tụng
          </Title>
          <MovedDeadlinesNotice moved={moved} />
          <Select
            label={ACT_FIELD_LABELS.type}
            aria-label={ACT_FIELD_LABELS.type}
            data-testid="event-type-select"
            placeholder="Chọn quyết định, lệnh, văn bản… (gõ để tìm)"
            required
            searchable
            clearable
            data={eventTypeOptions(matter.kind, matter.events, matter.offerableEventTypes)}
            filter={accentInsensitiveFilter}
            nothingFoundMessage="Không có hành vi phù hợp"
            maxDropdownHeight={400}
            value={type}
            onChange={(value) => chooseType(asEventType(value))}
            error={errors.type}
          />
          {type ? (
            <EventFields
              type={type}
              draft={draft}
              errors={errors}
              onChange={onChange}
              subjects={subjects}
              today={today}
              offenceOn={matter.receivedOn}
            />
          ) : null}
          {record.isError && needsSummary(record.error) ? (
            <Alert role="alert" color="red" variant="light" data-testid="record-event-error">
              {errorMessage(record.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            {type ? (
              <Button variant="default" onClick={() => chooseType(null)}>
                Bỏ qua
              </Button>
            ) : null}
            <Button
              type="submit"
              leftSection={<IconDeviceFloppy size={18} />}
              loading={record.isPending}
              disabled={!type}
              data-testid="event-save"
            >
              Ghi nhận
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
