import { useState } from 'react'
import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { FormEvent } from 'react'
import type { Person } from '@/shared/api/people.ts'
import { NewPassword } from '@/shared/api/people.ts'
import type { FieldErrors } from '@/web/shared/form/fieldErrors.ts'
import { useSavePersonPart } from '../hooks/useSavePersonPart.ts'
import { SaveProblems } from './SaveProblems.tsx'

/** An administrator sets a new password for someone who forgot theirs. */
export function ResetPasswordForm({ person }: { person: Person }) {
  const [password, setPassword] = useState('')
  const [confirm, setConfirm] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const { save, pending, conflict, failure } = useSavePersonPart(person)

  if (!person.username) {
    return (
      <Text size="sm" c="dimmed">
        Cán bộ chưa có tài khoản. Đặt tên đăng nhập ở trên trước khi đặt mật khẩu.
      </Text>
    )
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const parsed = NewPassword.safeParse(password)
    const nextErrors: FieldErrors = {}
    if (!parsed.success) nextErrors.password = parsed.error.issues[0]?.message ?? 'Mật khẩu không hợp lệ'
    if (confirm !== password) nextErrors.confirm = 'Mật khẩu nhập lại không khớp'
    if (Object.keys(nextErrors).length > 0) {
      setErrors(nextErrors)
      return
    }
    const outcome = await save({ password })
    if (outcome.ok) {
      setPassword('')
      setConfirm('')
      setErrors({})
      notifications.show({
        color: 'green',
        title: 'Đã đặt lại mật khẩu',
        message: `Hãy báo mật khẩu mới cho ${person.fullName} qua kênh an toàn.`,
      })
    } else {
      setErrors(outcome.fieldErrors)
    }
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate data-testid="reset-password-form">
      <Stack gap="sm">
        <SaveProblems conflict={conflict} failure={failure} />
        <PasswordInput
          label="Mật khẩu mới"
          description="Tối thiểu 10 ký tự."
          autoComplete="new-password"
          value={password}
          error={errors.password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <PasswordInput
          label="Nhập lại mật khẩu mới"
          autoComplete="new-password"
          value={confirm}
          error={errors.confirm}
          onChange={(event) => setConfirm(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" variant="light" color="orange" loading={pending}>
            Đặt lại mật khẩu
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
