import { Badge, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core'
import { formatNumber } from '@/shared/format.ts'
import { daysLeftText, formatDue, todayInVietnam } from '@/web/features/deadlines/utils/deadlineTone.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { useDetentionDeadlines } from '../hooks/useUnitDeadlines.ts'
import { dueWithinWeek } from '../utils/deadlineBands.ts'

const SHOWN = 8

/**
 * Persons in custody or detention whose limit ends within 7 days, and any whose order has run
 * out, for the unit (GET /api/deadlines?group=detention); each opens its matter.
 */
export function DetentionCard({ unitId }: { unitId: number }) {
  const { data, error, refetch } = useDetentionDeadlines(unitId)
  const today = todayInVietnam()
  const due = data ? dueWithinWeek(data.items, today) : []
  // The list holds the soonest 50; the counts hold them all.
  const total = data ? (data.counts.overdue ?? 0) + (data.counts.week ?? 0) : 0

  return (
    <Paper withBorder radius="md" p="md" data-testid="detention-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} size="h4">
            Tạm giữ, tạm giam sắp hết hạn
          </Title>
          {data ? (
            <Badge color={total > 0 ? 'red' : 'gray'} variant="light" size="lg" data-testid="detention-count">
              {formatNumber(total)} người
            </Badge>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          Người bị tạm giữ, tạm giam có thời hạn kết thúc trong 7 ngày tới (kể cả hôm nay) hoặc lệnh đã hết hạn.
        </Text>
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {!data && !error ? <Skeleton h={80} /> : null}
        {data && due.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="detention-empty">
            Không có người bị tạm giữ, tạm giam nào sắp hết hạn.
          </Text>
        ) : null}
        <Stack gap={8}>
          {due.slice(0, SHOWN).map((d) => {
            const expired = d.dueDate !== null && d.dueDate < today
            return (
              <Group key={d.id} justify="space-between" wrap="nowrap" gap="sm" data-testid="detention-row">
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600} truncate data-testid="detention-person">
                    {d.subjectName ?? 'Chưa rõ họ tên'}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {d.ruleName}
                  </Text>
                  <RouterAnchor
                    to="/so-thu-ly/$matterId"
                    params={{ matterId: String(d.matterId) }}
                    size="xs"
                    data-testid="detention-matter"
                  >
                    {d.matterNumber} · {d.unitName}
                  </RouterAnchor>
                </div>
                <div style={{ textAlign: 'right', flexShrink: 0 }}>
                  <Text size="sm" fw={700} c={expired ? 'red.7' : 'orange.8'} className="tabular">
                    {formatDue(d)}
                  </Text>
                  <Text size="xs" c={expired ? 'red.7' : 'dimmed'}>
                    {expired ? `Lệnh đã hết hạn, ${daysLeftText(d.dueDate!)}` : daysLeftText(d.dueDate!)}
                  </Text>
                </div>
              </Group>
            )
          })}
        </Stack>
        {data ? (
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed">
              {total > Math.min(due.length, SHOWN)
                ? `Và ${formatNumber(total - Math.min(due.length, SHOWN))} người khác.`
                : null}
            </Text>
            <RouterAnchor
              to="/thoi-han"
              search={{ scope: 'unit', urgency: undefined, page: undefined, group: 'detention' }}
              size="sm"
              data-testid="detention-all"
            >
              Xem tất cả người bị tạm giữ, tạm giam
            </RouterAnchor>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  )
}
