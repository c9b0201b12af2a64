import { useRef, useState } from 'react'
import {
  ActionIcon,
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Divider,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useNavigate } from '@tanstack/react-router'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import type { FormEvent } from 'react'
import { EVENT_TYPES } from '@/domain/register/event-types.ts'
import { MATTER_KIND_LABELS, MATTER_KINDS } from '@/domain/register/matter-kinds.ts'
import type { MatterKind } from '@/domain/register/matter-kinds.ts'
import { CreateMatter } from '@/shared/api/register.ts'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { todayInVietnam } from '@/web/features/deadlines/utils/deadlineTone.ts'
import { UnitSelect } from '@/web/features/units/components/UnitSelect.tsx'
import { useCurrentUnit } from '@/web/features/units/hooks/useCurrentUnit.ts'
import { errorMessage, isApiError, needsSummary } from '@/web/shared/api/ApiError.ts'
import { ForbiddenPage } from '@/web/shared/components/ForbiddenNotice.tsx'
import { PageHeader } from '@/web/shared/components/PageHeader.tsx'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import type { FieldErrors } from '@/web/shared/form/fieldErrors.ts'
import { fieldErrorsFromZod } from '@/web/shared/form/fieldErrors.ts'
import { useCreateMatter } from '../hooks/useMatterMutations.ts'
import { apiFieldErrors, errorsUnder } from '../utils/apiFieldErrors.ts'
import { changedKeys, checkDraft, emptyDraft, initialData, withoutErrorsOf } from '../utils/eventDraft.ts'
import type { EventDraft } from '../utils/eventDraft.ts'
import { OPENING_EVENT } from '../utils/eventFields.ts'
import { SUBJECT_TERMS } from '../utils/labels.ts'
import { canRecordMatters } from '../utils/permissions.ts'
import { emptySubject, subjectPayload } from '../utils/subjectForm.ts'
import type { SubjectFormValues } from '../utils/subjectForm.ts'
import { EventFields } from './EventFields.tsx'
import { SubjectInputs } from './SubjectInputs.tsx'
import { UnitPeopleSelect } from './UnitPeopleSelect.tsx'
import { MATTER_FIELD_LABELS } from '../utils/labels.ts'

const kindOptions = MATTER_KINDS.map((value) => ({ value, label: MATTER_KIND_LABELS[value] }))
const NO_SUBJECTS = { subjects: [], chargeOf: () => null }

type MatterValues = {
  kind: MatterKind
  unitId: string | null
  number: string
  title: string
  prosecutorId: number | null
}

export function CreateMatterPage() {
  const me = useMe()
  const crumbs = (
    <Breadcrumbs mb="xs" aria-label="Đường dẫn">
      <RouterAnchor to="/so-thu-ly" size="sm">
        Sổ thụ lý
      </RouterAnchor>
      <Anchor component="span" size="sm" c="dimmed" aria-current="page">
        Thêm vụ việc
      </Anchor>
    </Breadcrumbs>
  )
  if (!canRecordMatters(me)) {
    return <ForbiddenPage title="Thêm vụ việc" what="thụ lý vụ việc mới" crumbs={crumbs} />
  }
  return (
    <>
      {crumbs}
      <PageHeader
        title="Thêm vụ việc"
        description="Vào sổ thụ lý một tin báo, vụ án hoặc vụ việc mới cùng hành vi tố tụng mở đầu; thời hạn được tính ngay khi lưu."
      />
      <CreateMatterForm />
    </>
  )
}

function CreateMatterForm() {
  const me = useMe()
  const { unit } = useCurrentUnit()
  const navigate = useNavigate()
  const create = useCreateMatter()
  const today = todayInVietnam()
  const [values, setValues] = useState<MatterValues>({
    kind: 'criminal_case',
    unitId: unit.historical ? null : String(unit.id),
    number: '',
    title: '',
    prosecutorId: me.user.personId,
  })
  const [subjects, setSubjects] = useState<SubjectFormValues[]>([])
  const [draft, setDraft] = useState<EventDraft>(() => ({
    ...emptyDraft(today),
    data: initialData(OPENING_EVENT.criminal_case, NO_SUBJECTS),
  }))
  const [errors, setErrors] = useState<FieldErrors>({})
  const sentData = useRef<Record<string, unknown> | null>(null)
  const openingType = OPENING_EVENT[values.kind]
  const terms = SUBJECT_TERMS[values.kind]

  const setValue = <K extends keyof MatterValues>(key: K, value: MatterValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }))
    setErrors((current) => withoutErrorsOf(current, [key]))
  }

  const setKind = (kind: MatterKind) => {
    setValue('kind', kind)
    if (OPENING_EVENT[kind] !== openingType)
      setDraft((d) => ({ ...d, data: initialData(OPENING_EVENT[kind], NO_SUBJECTS) }))
  }

  const setSubject = (index: number, patch: Partial<SubjectFormValues>) => {
    setSubjects((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)))
    setErrors((current) => withoutErrorsOf(current, [`subjects.${index}`]))
  }

  const onEventChange = (patch: Partial<EventDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    setErrors((current) => withoutErrorsOf(current, changedKeys(draft, patch)))
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const check = checkDraft(openingType, draft, today)
    const body = {
      kind: values.kind,
      unitId: values.unitId === null ? 0 : Number(values.unitId),
      number: values.number.trim(),
      title: values.title.trim(),
      prosecutorId: values.prosecutorId,
      subjects: subjects.map(subjectPayload),
      initialEvent: check.payload ?? { type: openingType, occurredOn: '', data: {} },
    }
    const parsed = CreateMatter.safeParse(body)
    // The opening act's own errors come from checkDraft (Vietnamese, per input); the matter's from the shared schema.
    const matterErrors = parsed.success
      ? {}
      : Object.fromEntries(
          Object.entries(fieldErrorsFromZod(parsed.error)).filter(([k]) => !k.startsWith('initialEvent')),
        )
    if (values.unitId === null) matterErrors.unitId = 'Chọn đơn vị thụ lý'
    const all = { ...matterErrors, ...check.errors }
    setErrors(all)
    if (!parsed.success || !check.payload || Object.keys(all).length > 0) return

    sentData.current = check.payload.data
    try {
      const matter = await create.mutateAsync(parsed.data)
      notifications.show({
        color: 'green',
        title: 'Đã thêm vào sổ thụ lý',
        message: `Số ${matter.number}: ${matter.title}`,
      })
      await navigate({ to: '/so-thu-ly/$matterId', params: { matterId: String(matter.id) } })
    } catch (error) {
      if (isApiError(error)) setErrors(apiFieldErrors(error, sentData.current))
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="create-matter-form" aria-label="Thêm vụ việc">
      <Stack gap="lg">
        {create.isError && needsSummary(create.error) ? (
          <Alert role="alert" color="red" variant="light" data-testid="create-matter-error">
            {errorMessage(create.error)}
          </Alert>
        ) : null}
        <Paper withBorder radius="md" p="md">
          <Title order={2} size="h4" mb="sm">
            Thông tin thụ lý
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
            <Select
              label={MATTER_FIELD_LABELS.kind}
              required
              data={kindOptions}
              allowDeselect={false}
              value={values.kind}
              onChange={(kind) => kind && setKind(kind as MatterKind)}
              error={errors.kind}
              data-testid="matter-kind-select"
            />
            <UnitSelect
              label={MATTER_FIELD_LABELS.unitId}
              required
              currentOnly
              value={values.unitId}
              onChange={(unitId) => setValue('unitId', unitId)}
              error={errors.unitId}
            />
            <TextInput
              label={MATTER_FIELD_LABELS.number}
              required
              placeholder="Ví dụ 12/2026/HS-KV6"
              autoComplete="off"
              value={values.number}
              onChange={(e) => setValue('number', e.currentTarget.value)}
              error={errors.number}
            />
            <UnitPeopleSelect
              label={MATTER_FIELD_LABELS.prosecutorId}
              placeholder="Chọn kiểm sát viên"
              unitId={values.unitId === null ? null : Number(values.unitId)}
              keep={{ id: me.user.personId, name: me.user.fullName }}
              value={values.prosecutorId}
              onChange={(prosecutorId) => setValue('prosecutorId', prosecutorId)}
              error={errors.prosecutorId}
            />
            <Textarea
              label={MATTER_FIELD_LABELS.title}
              required
              placeholder="Nội dung vụ việc, ví dụ: Trộm cắp xe mô tô tại phường Vị Tân"
              autosize
              minRows={2}
              maxRows={5}
              value={values.title}
              onChange={(e) => setValue('title', e.currentTarget.value)}
              error={errors.title}
              style={{ gridColumn: '1 / -1' }}
            />
          </SimpleGrid>
        </Paper>

        <Paper withBorder radius="md" p="md">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4">
              {terms.many}
            </Title>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={16} />}
              onClick={() => setSubjects((rows) => [...rows, emptySubject()])}
              data-testid="add-subject-row"
            >
              Thêm {terms.one}
            </Button>
          </Group>
          {subjects.length === 0 ? (
            <Text size="sm" c="dimmed">
              Chưa có {terms.one} nào.{' '}
              {values.kind === 'crime_report'
                ? 'Có thể bổ sung sau.'
                : 'Có thể thêm ngay hoặc bổ sung sau trong trang vụ việc.'}
            </Text>
          ) : (
            <Stack gap="xs">
              {subjects.map((row, index) => (
                <Group key={index} gap="sm" align="flex-start" wrap="wrap" data-testid="subject-input-row">
                  <SubjectInputs
                    values={row}
                    suffix={subjects.length > 1 ? ` (${index + 1})` : ''}
                    errors={errorsUnder(errors, `subjects.${index}`)}
                    onChange={(patch) => setSubject(index, patch)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={28}
                    aria-label={`Bỏ ${terms.one} thứ ${index + 1}`}
                    onClick={() => {
                      setSubjects((rows) => rows.filter((_, i) => i !== index))
                      setErrors((current) => withoutErrorsOf(current, ['subjects']))
                    }}
                  >
                    <IconTrash size={18} />
                  </ActionIcon>
                </Group>
              ))}
            </Stack>
          )}
        </Paper>

        <Paper withBorder radius="md" p="md">
          <Title order={2} size="h4">
            Hành vi tố tụng mở đầu
          </Title>
          <Text size="sm" c="dimmed" mb="sm" data-testid="opening-event-label">
            {EVENT_TYPES[openingType].label}
          </Text>
          <Divider mb="sm" />
          <EventFields
            type={openingType}
            draft={draft}
            errors={errors}
            onChange={onEventChange}
            subjects={[]}
            today={today}
            offenceOn={draft.occurredOn}
          />
        </Paper>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => void navigate({ to: '/so-thu-ly' })}>
            Hủy
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="create-matter-save">
            Lưu vào sổ thụ lý
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
