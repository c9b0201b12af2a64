import { Alert, Button, Group, Text } from '@mantine/core'
import { IconAlertTriangle, IconLock } from '@tabler/icons-react'
import { errorMessage, isApiError } from '../api/ApiError.ts'

type ErrorAlertProps = { error: unknown; onRetry?: () => void; title?: string }

/** A failed load or save, in the server's own words; 403 reads as missing permission. */
export function ErrorAlert({ error, onRetry, title }: ErrorAlertProps) {
  const forbidden = isApiError(error) && error.status === 403
  const requestId = isApiError(error) ? error.requestId : null
  return (
    <Alert
      role="alert"
      color={forbidden ? 'orange' : 'red'}
      variant="light"
      icon={forbidden ? <IconLock size={20} /> : <IconAlertTriangle size={20} />}
      title={title ?? (forbidden ? 'Bạn không có quyền truy cập' : 'Không thực hiện được')}
    >
      <Text size="sm">{errorMessage(error)}</Text>
      {requestId ? (
        // For the administrator a user calls, not for the user: folded away (issue 12, item 15).
        <details style={{ marginTop: 4 }} data-testid="error-technical">
          <summary
            style={{ cursor: 'pointer', fontSize: 'var(--mantine-font-size-xs)', color: 'var(--mantine-color-dimmed)' }}
          >
            Chi tiết kỹ thuật
          </summary>
          <Text size="xs" c="dimmed">
            Mã tra cứu (gửi quản trị hệ thống khi cần hỗ trợ): {requestId}
          </Text>
        </details>
      ) : null}
      {onRetry && !forbidden ? (
        <Group mt="sm">
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            Thử lại
          </Button>
        </Group>
      ) : null}
    </Alert>
  )
}
