import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core'
import { formatNumber } from '@/shared/format.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { useUnitDeadlineCounts } from '../hooks/useUnitDeadlines.ts'
import { weekBands } from '../utils/deadlineBands.ts'

function Band({
  label,
  count,
  color,
  urgency,
}: {
  label: string
  count: number
  color: string
  urgency: 'overdue' | 'week'
}) {
  return (
    <RouterAnchor
      to="/thoi-han"
      underline="never"
      search={{ scope: 'unit', urgency, page: undefined }}
      data-testid={`unit-deadlines-${urgency}`}
      style={{ borderRadius: 'var(--mantine-radius-md)', flex: 1, minWidth: 140, color: 'inherit' }}
    >
      <Paper withBorder radius="md" p="sm">
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        <Text fz={28} fw={700} c={count > 0 ? color : 'dimmed'} className="tabular" data-testid="unit-deadlines-count">
          {formatNumber(count)}
        </Text>
      </Paper>
    </RouterAnchor>
  )
}

/** The unit's deadlines overdue and due within 7 days (today and the 7th day included), each opening the list. */
export function UnitDeadlinesCard({ unitId }: { unitId: number }) {
  const { data, error, refetch } = useUnitDeadlineCounts(unitId)
  const bands = data ? weekBands(data.counts) : null
  return (
    <Paper withBorder radius="md" p="md" data-testid="unit-deadlines-card">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Thời hạn của đơn vị
        </Title>
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {!data && !error ? <Skeleton h={70} /> : null}
        {bands ? (
          <Group gap="sm" align="stretch">
            <Band label="Đã quá hạn" count={bands.overdue} color="red.7" urgency="overdue" />
            <Band label="Đến hạn trong 7 ngày tới (cả hôm nay)" count={bands.week} color="orange.8" urgency="week" />
          </Group>
        ) : null}
      </Stack>
    </Paper>
  )
}
