import { Badge, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core'
import { formatNumber } from '@/shared/format.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { useDeadlines } from '../hooks/useDeadlines.ts'
import { daysLeftText, deadlineTone, formatDue, urgencyTone } from '../utils/deadlineTone.ts'
import { DEADLINE_TAB_LABELS } from '../utils/deadlinesSearch.ts'
import { RecomputeNotice } from '@/web/features/calendar/components/RecomputeNotice.tsx'

const BANDS = ['overdue', 'due_today', 'due_3', 'due_7'] as const

/** The home page's warning: my nearest deadlines and how many are overdue or close. */
export function UpcomingDeadlinesCard() {
  const { data, error } = useDeadlines({ scope: 'mine', urgency: 'open', page: 1, pageSize: 5 })

  return (
    <Paper withBorder radius="md" p="lg" data-testid="upcoming-deadlines">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Thời hạn sắp đến
        </Title>
        <RouterAnchor to="/thoi-han" size="sm">
          Xem tất cả
        </RouterAnchor>
      </Group>
      <RecomputeNotice />
      {error ? <ErrorAlert error={error} /> : null}
      {!data && !error ? <Skeleton h={80} /> : null}
      {data ? (
        <Stack gap="sm">
          <Group gap="xs">
            {BANDS.map((band) => {
              const count = data.counts[band] ?? 0
              const tone = urgencyTone(band)
              return (
                <RouterAnchor key={band} to="/thoi-han" search={{ urgency: band }} underline="never">
                  <Badge color={count > 0 ? tone.color : 'gray'} variant={count > 0 ? tone.variant : 'light'} size="lg">
                    {DEADLINE_TAB_LABELS[band]}: {formatNumber(count)}
                  </Badge>
                </RouterAnchor>
              )
            })}
          </Group>
          {data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              Bạn không có thời hạn nào đang mở.
            </Text>
          ) : (
            <Stack gap={6}>
              {data.items.map((d) => {
                const tone = deadlineTone(d)
                return (
                  <Group key={d.id} justify="space-between" wrap="nowrap" gap="sm">
                    <div style={{ minWidth: 0 }}>
                      <Text size="sm" fw={500} truncate>
                        {d.ruleName}
                        {d.subjectName ? ` – ${d.subjectName}` : ''}
                      </Text>
                      <RouterAnchor to="/so-thu-ly/$matterId" params={{ matterId: String(d.matterId) }} size="xs">
                        {d.matterNumber} · {d.matterTitle}
                      </RouterAnchor>
                    </div>
                    <div style={{ textAlign: 'right', flexShrink: 0 }}>
                      <Text size="sm" fw={700} c={tone.text} className="tabular">
                        {formatDue(d)}
                      </Text>
                      {d.dueDate ? (
                        <Text size="xs" c="dimmed">
                          {daysLeftText(d.dueDate)}
                        </Text>
                      ) : null}
                    </div>
                  </Group>
                )
              })}
            </Stack>
          )}
        </Stack>
      ) : null}
    </Paper>
  )
}
