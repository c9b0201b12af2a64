import { Alert, List } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconCalendarDue } from '@tabler/icons-react'
import type { MatterDetail } from '@/shared/api/register.ts'
import { formatDate } from '@/shared/format.ts'

type Moved = NonNullable<MatterDetail['moved']>

/** "Thời hạn điều tra: 02/07/2026 → 02/09/2026"; a deadline that started or ended reads "mới" / "kết thúc". */
export const movedLine = (m: Moved[number]): string =>
  `${m.ruleName}: ${m.from ? formatDate(m.from) : 'chưa có'} → ${m.to ? formatDate(m.to) : 'không còn tính'}`

/** A toast after a save that moved deadlines. */
export const showMovedNotification = (moved: Moved | undefined): void => {
  if (!moved || moved.length === 0) return
  notifications.show({
    color: 'blue',
    title: 'Thời hạn đã thay đổi',
    message: moved.map(movedLine).join('\n'),
    autoClose: 10_000,
    style: { whiteSpace: 'pre-line' },
  })
}

/** The same list kept beside the form until the next save. */
export function MovedDeadlinesNotice({ moved }: { moved: Moved | undefined }) {
  if (!moved || moved.length === 0) return null
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconCalendarDue size={20} />}
      title="Thời hạn đã thay đổi"
      data-testid="moved-deadlines"
    >
      <List size="sm" spacing={2}>
        {moved.map((m) => (
          <List.Item key={m.key}>{movedLine(m)}</List.Item>
        ))}
      </List>
    </Alert>
  )
}
