import { Group, Paper, Progress, Skeleton, Stack, Text, Title } from '@mantine/core'
import { formatNumber } from '@/shared/format.ts'
import { useClosures } from '@/web/features/indicators/hooks/useIndicators.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'

/** The statistics office's own work: how many units have closed the period, and a way to close it. */
export function ClosuresCard({ unitId, period }: { unitId: number; period: string }) {
  const { data, error, refetch } = useClosures({ unitId, period })
  const closed = data ? data.items.filter((item) => item.closure !== null).length : 0
  const total = data?.items.length ?? 0
  return (
    <Paper withBorder radius="md" p="md" data-testid="closures-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" gap="xs">
          <Title order={2} size="h4">
            Chốt số liệu
          </Title>
          <RouterAnchor to="/chi-tieu" search={{ period }} size="sm">
            Chốt, xem số liệu
          </RouterAnchor>
        </Group>
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {!data && !error ? <Skeleton h={50} /> : null}
        {data ? (
          <>
            <Text size="sm" data-testid="closures-summary">
              {data.period.label}: {formatNumber(closed)}/{formatNumber(total)} đơn vị đã chốt số liệu.
            </Text>
            <Progress value={total > 0 ? (closed * 100) / total : 0} aria-label="Tỷ lệ đơn vị đã chốt số liệu" />
          </>
        ) : null}
      </Stack>
    </Paper>
  )
}
