import {
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core'
import { TimeInput } from '@mantine/dates'
import { IconClock } from '@tabler/icons-react'
import { EVENT_TYPES } from '@/domain/register/event-types.ts'
import type { Charge, EventType } from '@/domain/register/event-types.ts'
import type { FieldErrors } from '@/web/shared/form/fieldErrors.ts'
import { VnDateInput } from '@/web/shared/components/VnDateInput.tsx'
import { errorAt } from '../utils/eventDraft.ts'
import type { EventDraft, SubjectRow } from '../utils/eventDraft.ts'
import { EXTENSION_UNIT_LABELS, fieldsOf, TIMED_EVENT_TYPES } from '../utils/eventFields.ts'
import type { FieldSpec } from '../utils/eventFields.ts'
import { ChargePicker } from './ChargePicker.tsx'
import { SubjectRowsField } from './SubjectRowsField.tsx'
import { ACT_FIELD_LABELS } from '../utils/labels.ts'

type EventFieldsProps = {
  type: EventType
  draft: EventDraft
  errors: FieldErrors
  onChange: (patch: Partial<EventDraft>) => void
  subjects: { id: number; fullName: string }[]
  today: string
  /** The matter's receivedOn, standing for the offence date: the charge pickers show the text applied to it (BLHS Điều 7). */
  offenceOn?: string | null | undefined
}

/** The inputs of one procedural act: when, which document, by whom, for whom, and its own details. */
export function EventFields({ type, draft, errors, onChange, subjects, today, offenceOn }: EventFieldsProps) {
  const definition = EVENT_TYPES[type]
  const setData = (patch: Record<string, unknown>) => onChange({ data: { ...draft.data, ...patch } })

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        {definition.perSubject ? (
          <Select
            label={ACT_FIELD_LABELS.subjectId}
            required
            placeholder={subjects.length === 0 ? 'Vụ án chưa có bị can' : 'Chọn bị can'}
            data={subjects.map((s) => ({ value: String(s.id), label: s.fullName }))}
            value={draft.subjectId}
            onChange={(subjectId) => onChange({ subjectId })}
            error={errors.subjectId}
            data-testid="event-subject-select"
            style={{ gridColumn: '1 / -1' }}
          />
        ) : null}
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <VnDateInput
            label={ACT_FIELD_LABELS.occurredOn}
            required
            value={draft.occurredOn}
            onChange={(occurredOn) => onChange({ occurredOn })}
            error={errors.occurredOn}
            maxDate={today}
            clearable={false}
            style={{ flex: 1 }}
          />
          {TIMED_EVENT_TYPES.has(type) ? (
            <TimeInput
              label={ACT_FIELD_LABELS.occurredAt}
              required
              w={120}
              leftSection={<IconClock size={16} aria-hidden />}
              value={draft.occurredAt}
              onChange={(event) => onChange({ occurredAt: event.currentTarget.value })}
              error={errors.occurredAt}
            />
          ) : null}
        </Group>
        <TextInput
          label={ACT_FIELD_LABELS.documentNumber}
          placeholder="Ví dụ 12/QĐ-VKS"
          autoComplete="off"
          value={draft.documentNumber}
          onChange={(event) => onChange({ documentNumber: event.currentTarget.value })}
          error={errors.documentNumber}
        />
        <TextInput
          label={ACT_FIELD_LABELS.issuingBody}
          autoComplete="off"
          value={draft.issuingBody}
          onChange={(event) => onChange({ issuingBody: event.currentTarget.value })}
          error={errors.issuingBody}
          style={{ gridColumn: '1 / -1' }}
        />
      </SimpleGrid>
      {fieldsOf(type).map((field) => (
        <DataField
          key={field.kind === 'extension' ? 'extension' : field.key}
          field={field}
          data={draft.data}
          errors={errors}
          setData={setData}
          subjects={subjects}
          offenceOn={offenceOn}
        />
      ))}
    </Stack>
  )
}

type DataFieldProps = {
  field: FieldSpec
  data: Record<string, unknown>
  errors: FieldErrors
  setData: (patch: Record<string, unknown>) => void
  subjects: { id: number; fullName: string }[]
  offenceOn?: string | null | undefined
}

function DataField({ field, data, errors, setData, subjects, offenceOn }: DataFieldProps) {
  switch (field.kind) {
    case 'text': {
      const props = {
        label: field.label,
        required: true,
        description: field.description,
        value: String(data[field.key] ?? ''),
        error: errorAt(errors, `data.${field.key}`),
      }
      return field.multiline ? (
        <Textarea
          {...props}
          autosize
          minRows={2}
          maxRows={6}
          onChange={(event) => setData({ [field.key]: event.currentTarget.value })}
        />
      ) : (
        <TextInput
          {...props}
          autoComplete="off"
          onChange={(event) => setData({ [field.key]: event.currentTarget.value })}
        />
      )
    }
    case 'choice':
      return (
        <Select
          label={field.label}
          required
          data={field.options}
          value={(data[field.key] as string | null) ?? null}
          onChange={(value) => setData({ [field.key]: value })}
          error={errorAt(errors, `data.${field.key}`)}
        />
      )
    case 'switch':
      return (
        <Switch
          label={field.label}
          checked={data[field.key] === true}
          onChange={(event) => setData({ [field.key]: event.currentTarget.checked })}
          error={errorAt(errors, `data.${field.key}`)}
        />
      )
    case 'charge':
      return (
        <ChargePicker
          label={field.label}
          required={!field.optional}
          value={(data[field.key] as Charge | null) ?? null}
          onChange={(charge) => setData({ [field.key]: charge })}
          offenceOn={offenceOn}
          error={errorAt(errors, `data.${field.key}`)}
        />
      )
    case 'extension':
      return (
        <Group gap="sm" align="flex-end" wrap="nowrap">
          <NumberInput
            label="Gia hạn thêm"
            required
            w={160}
            min={1}
            max={120}
            allowDecimal={false}
            allowNegative={false}
            value={(data.amount as number | '') ?? ''}
            onChange={(amount) => setData({ amount: typeof amount === 'number' ? amount : '' })}
            error={errorAt(errors, 'data.amount') ?? errorAt(errors, 'data.unit')}
          />
          <SegmentedControl
            aria-label="Đơn vị thời gian"
            data={[
              { value: 'days', label: EXTENSION_UNIT_LABELS.days },
              { value: 'months', label: EXTENSION_UNIT_LABELS.months },
            ]}
            value={(data.unit as string) ?? field.defaultUnit}
            onChange={(unit) => setData({ unit })}
            mb={errorAt(errors, 'data.amount') ? 22 : 0}
          />
        </Group>
      )
    case 'term': {
      const term = (data[field.key] as { amount?: number | ''; unit?: string } | undefined) ?? {}
      const error = errorAt(errors, `data.${field.key}`)
      return (
        <Group gap="sm" align="flex-end" wrap="nowrap">
          <NumberInput
            label={field.label}
            w={220}
            min={1}
            max={480}
            allowDecimal={false}
            allowNegative={false}
            value={term.amount ?? ''}
            onChange={(amount) =>
              setData({ [field.key]: { ...term, amount: typeof amount === 'number' ? amount : '' } })
            }
            error={error}
          />
          <SegmentedControl
            aria-label="Đơn vị thời hạn tạm giam"
            data={[
              { value: 'days', label: EXTENSION_UNIT_LABELS.days },
              { value: 'months', label: EXTENSION_UNIT_LABELS.months },
            ]}
            value={term.unit ?? field.defaultUnit}
            onChange={(unit) => setData({ [field.key]: { ...term, unit } })}
            mb={error ? 22 : 0}
          />
        </Group>
      )
    }
    case 'date':
      return (
        <VnDateInput
          label={field.label}
          description={field.description}
          value={(data[field.key] as string | null) ?? null}
          onChange={(value) => setData({ [field.key]: value })}
          error={errorAt(errors, `data.${field.key}`)}
          maw={360}
        />
      )
    case 'multiChoice':
      return (
        <MultiSelect
          label={field.label}
          data={field.options}
          value={(data[field.key] as string[] | undefined) ?? []}
          onChange={(value) => setData({ [field.key]: value })}
          error={errorAt(errors, `data.${field.key}`)}
          clearable
        />
      )
    case 'money':
      return (
        <NumberInput
          label={field.label}
          required
          thousandSeparator="."
          decimalSeparator=","
          allowDecimal={false}
          allowNegative={false}
          suffix=" đồng"
          hideControls
          maw={360}
          value={(data[field.key] as number | '') ?? ''}
          onChange={(amount) => setData({ [field.key]: typeof amount === 'number' ? amount : '' })}
          error={errorAt(errors, `data.${field.key}`)}
        />
      )
    case 'subjectCharges':
    case 'verdicts':
      return (
        <SubjectRowsField
          kind={field.kind}
          fieldKey={field.key}
          rows={(data[field.key] as SubjectRow[] | undefined) ?? []}
          subjects={subjects}
          errors={errors}
          onChange={(rows) => setData({ [field.key]: rows })}
          offenceOn={offenceOn}
        />
      )
  }
}
