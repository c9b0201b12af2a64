import { Divider, Paper, Stack, Text, Title } from '@mantine/core'
import type { Deadline } from '@/shared/api/register.ts'
import { RecomputeNotice } from '@/web/features/calendar/components/RecomputeNotice.tsx'
import { DeadlineItem } from './DeadlineItem.tsx'

const byDue = (a: Deadline, b: Deadline) =>
  (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || (a.dueTime ?? '').localeCompare(b.dueTime ?? '')
const byClosed = (a: Deadline, b: Deadline) => (b.closedOn ?? '').localeCompare(a.closedOn ?? '')

/** A matter's deadlines: the running ones first, the nearest on top; those already ended below. */
export function MatterDeadlines({ deadlines }: { deadlines: Deadline[] }) {
  const running = deadlines.filter((d) => d.status === 'open' || d.status === 'suspended').sort(byDue)
  const ended = deadlines.filter((d) => d.status === 'met' || d.status === 'missed').sort(byClosed)

  return (
    <Paper withBorder radius="md" p="md" data-testid="matter-deadlines">
      <Title order={2} size="h4" mb="sm">
        Thời hạn tố tụng
      </Title>
      <RecomputeNotice />
      {deadlines.length === 0 ? (
        <Text size="sm" c="dimmed">
          Chưa có thời hạn nào đang tính cho vụ việc này.
        </Text>
      ) : null}
      <Stack gap="sm">
        {running.map((d) => (
          <DeadlineItem key={d.id} deadline={d} />
        ))}
      </Stack>
      {running.length === 0 && ended.length > 0 ? (
        <Text size="sm" c="dimmed">
          Không còn thời hạn nào đang tính.
        </Text>
      ) : null}
      {ended.length > 0 ? (
        <>
          <Divider my="sm" label="Đã kết thúc" labelPosition="left" />
          <Stack gap="sm">
            {ended.map((d) => (
              <DeadlineItem key={d.id} deadline={d} />
            ))}
          </Stack>
        </>
      ) : null}
    </Paper>
  )
}
