import { Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core'
import { formatDate } from '@/shared/format.ts'
import { statisticsYearOfPeriod } from '@/web/features/indicators/utils/periods.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { useHomeIndicators } from '../hooks/useHomeIndicators.ts'
import { lastYearText } from '../utils/kpi.ts'
import { KpiCard } from './KpiCard.tsx'

type KpiSectionProps = { unitId: number; period: string; canDrill: boolean }

/** The indicators with a target as cards, for the period the dashboard opens on. */
export function KpiSection({ unitId, period, canDrill }: KpiSectionProps) {
  const { rows, data, error, isPending, refetch } = useHomeIndicators(unitId, period)
  const year = statisticsYearOfPeriod(data?.period.key ?? period)

  return (
    <Stack gap="sm" data-testid="kpi-section">
      <Group justify="space-between" align="flex-end" gap="xs">
        <div>
          <Title order={2} size="h4">
            Chỉ tiêu so với yêu cầu
          </Title>
          {data ? (
            <Text size="sm" c="dimmed" data-testid="kpi-period">
              {data.period.label} · số liệu tính đến ngày {formatDate(data.asOf)}
            </Text>
          ) : null}
        </div>
        <RouterAnchor to="/chi-tieu" search={{ period }} size="sm">
          Xem trang chỉ tiêu
        </RouterAnchor>
      </Group>
      {error ? <ErrorAlert error={error} onRetry={refetch} /> : null}
      {isPending && !error ? <Skeleton h={160} /> : null}
      {data && rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          Chưa có chỉ tiêu nào được giao cho kỳ này.
        </Text>
      ) : null}
      {data && year !== null && rows.length > 0 ? (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 4 }} spacing="sm">
          {rows.map((row) => (
            <KpiCard
              key={row.info.code}
              row={row}
              unitId={data.unit.id}
              period={data.period.key}
              year={year}
              asOf={data.asOf}
              lastYear={lastYearText(row, data.lastYearPeriod, data.registerFrom)}
              canDrill={canDrill}
            />
          ))}
        </SimpleGrid>
      ) : null}
    </Stack>
  )
}
