import { useEffect } from 'react'
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDeviceFloppy } from '@tabler/icons-react'
import type { FormEvent } from 'react'
import type { Person } from '@/shared/api/people.ts'
import { fieldErrorsFromZod } from '@/web/shared/form/fieldErrors.ts'
import { useFormState } from '@/web/shared/form/useFormState.ts'
import { useSavePersonPart } from '../hooks/useSavePersonPart.ts'
import { BasicPersonFields, formToPayload, personToForm, requiredFieldErrors } from '../utils/personForm.ts'
import { PersonFields } from './PersonFields.tsx'
import { SaveProblems } from './SaveProblems.tsx'

type PersonFormProps = { person: Person; canEdit: boolean }

/** The person's basic details; saves only what changed, guarded against someone else's newer save. */
export function PersonForm({ person, canEdit }: PersonFormProps) {
  const form = useFormState(personToForm(person))
  const { save, pending, conflict, failure } = useSavePersonPart(person)
  const { reset } = form

  // A newer version (our own save, or a reload after a conflict) replaces what the form shows.
  useEffect(() => {
    reset(personToForm(person))
  }, [person, reset])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!form.isDirty) {
      notifications.show({ color: 'gray', message: 'Không có thay đổi nào để lưu.' })
      return
    }
    const parsed = BasicPersonFields.safeParse(formToPayload(form.values))
    const required = requiredFieldErrors(form.values)
    if (!parsed.success || Object.keys(required).length > 0) {
      form.setErrors({ ...(parsed.success ? {} : fieldErrorsFromZod(parsed.error)), ...required })
      return
    }
    const data = Object.fromEntries(form.dirtyKeys.map((key) => [key, parsed.data[key]]))
    const outcome = await save(data)
    if (outcome.ok) {
      notifications.show({
        color: 'green',
        title: 'Đã lưu thay đổi',
        message: `Hồ sơ của ${parsed.data.fullName} đã được cập nhật.`,
      })
    } else {
      form.setErrors(outcome.fieldErrors)
    }
  }

  return (
    <Paper withBorder radius="md" p="lg">
      <form
        onSubmit={(event) => void onSubmit(event)}
        noValidate
        aria-labelledby="person-form-title"
        data-testid="person-form"
      >
        <Stack gap="md">
          <Title order={2} size="h4" id="person-form-title">
            Thông tin cán bộ
          </Title>
          <SaveProblems conflict={conflict} failure={failure} />
          <PersonFields form={form} readOnly={!canEdit} keepUnit={{ id: person.unitId, name: person.unitName }} />
          {canEdit ? (
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => reset(personToForm(person))} disabled={!form.isDirty || pending}>
                Hủy thay đổi
              </Button>
              <Button
                type="submit"
                loading={pending}
                leftSection={<IconDeviceFloppy size={18} />}
                data-testid="person-save"
              >
                Lưu
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              Bạn chỉ có quyền xem hồ sơ này.
            </Text>
          )}
        </Stack>
      </form>
    </Paper>
  )
}
