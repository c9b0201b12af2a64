import { Alert, Modal, PasswordInput, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { FormEvent } from 'react'
import { ChangePasswordRequest } from '@/shared/api/auth.ts'
import { DialogActions } from '@/web/shared/components/DialogActions.tsx'
import { errorMessage, isApiError, needsSummary } from '@/web/shared/api/ApiError.ts'
import { fieldErrorsFromApi, fieldErrorsFromZod } from '@/web/shared/form/fieldErrors.ts'
import { useFormState } from '@/web/shared/form/useFormState.ts'
import { useChangePassword } from '../hooks/useChangePassword.ts'

const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' }

type ChangePasswordModalProps = {
  opened: boolean
  onClose: () => void
  /**
   * A demo login on a server not in demo mode: the dialog cannot be dismissed (the server
   * answers nothing else until the password changes); "Đăng xuất" replaces "Hủy".
   */
  forced?: { onChanged: () => void; onSignOut: () => void }
}

export function ChangePasswordModal({ opened, onClose, forced }: ChangePasswordModalProps) {
  const change = useChangePassword()
  const form = useFormState(EMPTY)

  const close = () => {
    form.reset(EMPTY)
    change.reset()
    onClose()
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const { confirmPassword, ...body } = form.values
    const parsed = ChangePasswordRequest.safeParse(body)
    const errors = parsed.success ? {} : fieldErrorsFromZod(parsed.error)
    if (confirmPassword !== body.newPassword) errors.confirmPassword = 'Mật khẩu nhập lại không khớp'
    if (!parsed.success || errors.confirmPassword) {
      form.setErrors(errors)
      return
    }
    change.mutate(parsed.data, {
      onSuccess: () => {
        notifications.show({
          color: 'green',
          title: 'Đã đổi mật khẩu',
          message: 'Lần đăng nhập sau hãy dùng mật khẩu mới.',
        })
        if (forced) forced.onChanged()
        else close()
      },
      onError: (error) => {
        if (isApiError(error)) form.setErrors(fieldErrorsFromApi(error))
      },
    })
  }

  return (
    <Modal
      opened={opened}
      onClose={forced ? () => {} : close}
      title={forced ? 'Đổi mật khẩu trước khi tiếp tục' : 'Đổi mật khẩu'}
      withCloseButton={!forced}
      closeOnClickOutside={!forced}
      closeOnEscape={!forced}
      centered
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {forced ? (
            <Alert color="orange" variant="light" data-testid="must-change-password">
              Đây là tài khoản mẫu với mật khẩu công khai. Máy chủ này không chạy ở chế độ trình diễn, nên bạn cần đặt
              mật khẩu mới trước khi sử dụng hệ thống.
            </Alert>
          ) : null}
          {change.isError && needsSummary(change.error) ? (
            <Alert role="alert" color="red" variant="light">
              {errorMessage(change.error)}
            </Alert>
          ) : null}
          <PasswordInput
            label="Mật khẩu hiện tại"
            autoComplete="current-password"
            required
            data-autofocus
            {...form.text('currentPassword')}
          />
          <PasswordInput
            label="Mật khẩu mới"
            description="Tối thiểu 12 ký tự; không dùng mật khẩu phổ biến, dãy số, ký tự lặp hay tên đăng nhập."
            autoComplete="new-password"
            required
            {...form.text('newPassword')}
          />
          <PasswordInput
            label="Nhập lại mật khẩu mới"
            autoComplete="new-password"
            required
            {...form.text('confirmPassword')}
          />
          <Text size="xs" c="dimmed">
            Nên dùng cụm từ dễ nhớ với người dùng nhưng khó đoán với người khác.
          </Text>
          <DialogActions
            onCancel={forced ? forced.onSignOut : close}
            cancelLabel={forced ? 'Đăng xuất' : 'Hủy'}
            confirmLabel="Đổi mật khẩu"
            pending={change.isPending}
          />
        </Stack>
      </form>
    </Modal>
  )
}
