import { useState } from 'react'
import { Alert, Divider, Modal, PasswordInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useNavigate } from '@tanstack/react-router'
import type { FormEvent } from 'react'
import { NewPassword, Username } from '@/shared/api/people.ts'
import { useCurrentUnit } from '@/web/features/units/hooks/useCurrentUnit.ts'
import { DialogActions } from '@/web/shared/components/DialogActions.tsx'
import { errorMessage, isApiError, needsSummary } from '@/web/shared/api/ApiError.ts'
import { fieldErrorsFromApi, fieldErrorsFromZod } from '@/web/shared/form/fieldErrors.ts'
import type { FieldErrors } from '@/web/shared/form/fieldErrors.ts'
import { useFormState } from '@/web/shared/form/useFormState.ts'
import { useCreatePerson } from '../hooks/useCreatePerson.ts'
import { BasicPersonFields, emptyPersonForm, formToPayload, requiredFieldErrors } from '../utils/personForm.ts'
import { PersonFields } from './PersonFields.tsx'

type CreatePersonModalProps = { opened: boolean; onClose: () => void }

export function CreatePersonModal({ opened, onClose }: CreatePersonModalProps) {
  const { unit } = useCurrentUnit()
  const navigate = useNavigate()
  const create = useCreatePerson()
  const form = useFormState(emptyPersonForm(unit.historical ? null : unit.id))
  const [account, setAccount] = useState({ username: '', password: '' })
  const [accountErrors, setAccountErrors] = useState<FieldErrors>({})

  const close = () => {
    form.reset(emptyPersonForm(unit.historical ? null : unit.id))
    setAccount({ username: '', password: '' })
    setAccountErrors({})
    create.reset()
    onClose()
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const parsed = BasicPersonFields.safeParse(formToPayload(form.values))
    const basicErrors = {
      ...(parsed.success ? {} : fieldErrorsFromZod(parsed.error)),
      ...requiredFieldErrors(form.values),
    }
    const nextAccountErrors: FieldErrors = {}
    const username = account.username.trim()
    if (username) {
      const u = Username.safeParse(username)
      if (!u.success) nextAccountErrors.username = u.error.issues[0]?.message ?? 'Tên đăng nhập không hợp lệ'
      const p = NewPassword.safeParse(account.password)
      if (!p.success) nextAccountErrors.password = p.error.issues[0]?.message ?? 'Mật khẩu không hợp lệ'
    } else if (account.password) {
      nextAccountErrors.username = 'Nhập tên đăng nhập để tạo tài khoản'
    }
    form.setErrors(basicErrors)
    setAccountErrors(nextAccountErrors)
    if (!parsed.success || Object.keys(basicErrors).length > 0 || Object.keys(nextAccountErrors).length > 0) return

    try {
      const person = await create.mutateAsync({
        ...parsed.data,
        ...(username ? { username, password: account.password } : {}),
      })
      notifications.show({ color: 'green', title: 'Đã thêm cán bộ', message: `Đã tạo hồ sơ của ${person.fullName}.` })
      close()
      await navigate({ to: '/can-bo/$personId', params: { personId: String(person.id) } })
    } catch (error) {
      if (!isApiError(error)) return
      const errors = fieldErrorsFromApi(error)
      form.setErrors(errors)
      setAccountErrors({ username: errors.username ?? '', password: errors.password ?? '' })
    }
  }

  return (
    <Modal opened={opened} onClose={close} title="Thêm cán bộ" size="lg" centered>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          {create.isError && needsSummary(create.error) ? (
            <Alert role="alert" color="red" variant="light">
              {errorMessage(create.error)}
            </Alert>
          ) : null}
          <PersonFields form={form} />
          <Divider label="Tài khoản đăng nhập (không bắt buộc)" labelPosition="left" />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label="Tên đăng nhập"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              value={account.username}
              error={accountErrors.username || undefined}
              onChange={(event) => setAccount({ ...account, username: event.currentTarget.value })}
            />
            <PasswordInput
              label="Mật khẩu ban đầu"
              autoComplete="new-password"
              value={account.password}
              error={accountErrors.password || undefined}
              onChange={(event) => setAccount({ ...account, password: event.currentTarget.value })}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            Vai trò được gán sau khi tạo, trong hồ sơ cán bộ.
          </Text>
          <DialogActions onCancel={close} confirmLabel="Thêm cán bộ" pending={create.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
