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
        <Text size="xs" c="dimmed" mt={4}>
          Mã tra cứu: {requestId}
        </Text>
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
