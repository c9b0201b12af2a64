import { useMemo, useState } from 'react'
import { Group, SegmentedControl, Text } from '@mantine/core'
import { statisticsYear, type TrendView } from '@/domain/indicators/periods.ts'
import type { IndicatorInfo } from '@/shared/api/indicators.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { LoadingState } from '@/web/shared/components/LoadingState.tsx'
import { useTrend } from '../hooks/useIndicators.ts'
import { trendChartOption, trendClickPeriod, trendMeaning } from '@/shared/charts/chartOptions.ts'
import { partialLastYearNote } from '../utils/indicatorFormat.ts'
import { LazyEChart } from './LazyEChart.tsx'

type TrendChartProps = {
  unitId: number
  indicator: IndicatorInfo
  year: number
  asOf: string | undefined
  /** Opens the records of the month clicked; null when the user may not read them. */
  onOpenMonth: ((period: string) => void) | null
  /** The first day of the unit's register (/api/indicators/values): last year is partial when it falls after its 01/12. */
  registerFrom: string | null
}

/**
 * Over the statistics year (December … November), this year against last year: cumulative from
 * 01/12 by default, so the curve ends on the year's own figure; each month alone on request.
 */
export function TrendChart({ unitId, indicator, year, asOf, onOpenMonth, registerFrom }: TrendChartProps) {
  const [view, setView] = useState<TrendView>('cumulative')
  const { data, error, isPending, refetch } = useTrend({ unitId, code: indicator.code, year, asOf, view })
  // Last year's series runs over statistics year year − 1, from its 01/12 (DOMAIN.md §6.1).
  const partialNote = partialLastYearNote(statisticsYear(year - 1).from, registerFrom)
  const option = useMemo(
    () =>
      data && data.code === indicator.code
        ? trendChartOption(data, indicator, { lastYearPartial: partialNote !== null })
        : null,
    [data, indicator, partialNote],
  )

  const switcher = (
    <Group justify="space-between" gap="xs" wrap="wrap" className="indicators-print-hide">
      <SegmentedControl
        size="xs"
        aria-label="Cách tính mỗi điểm"
        data-testid="trend-view"
        data={[
          { value: 'cumulative', label: 'Lũy kế từ đầu năm' },
          { value: 'monthly', label: 'Từng tháng' },
        ]}
        value={view}
        onChange={(value) => setView(value === 'monthly' ? 'monthly' : 'cumulative')}
      />
    </Group>
  )
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />
  if (isPending || !option || !data) return <LoadingState label="Đang tính số liệu theo tháng…" />
  return (
    <>
      {switcher}
      <Text size="xs" c="dimmed" data-testid="trend-meaning">
        {trendMeaning(data.view)}
      </Text>
      {partialNote ? (
        <Text size="xs" c="orange.8" data-testid="trend-partial">
          Năm thống kê {year - 1} (đường xám) {partialNote}.
        </Text>
      ) : null}
      <LazyEChart
        option={option}
        height={300}
        label={`Biểu đồ ${data.view === 'cumulative' ? 'lũy kế' : 'theo tháng'}: ${indicator.name}, năm thống kê ${year} so với năm ${year - 1}`}
        testId="trend-chart"
        onClick={
          onOpenMonth
            ? (event) => {
                const period = trendClickPeriod(data, event.seriesIndex, event.dataIndex)
                if (period) onOpenMonth(period)
              }
            : undefined
        }
        onCategoryClick={
          onOpenMonth
            ? {
                axis: 'x',
                handler: (index) => {
                  const period = trendClickPeriod(data, 0, index)
                  if (period) onOpenMonth(period)
                },
              }
            : undefined
        }
      />
      {onOpenMonth ? (
        <Text size="xs" c="dimmed" className="indicators-print-hide">
          Bấm vào một điểm để xem danh sách hồ sơ mà điểm đó tính (điểm xám: cùng kỳ năm trước).
        </Text>
      ) : null}
    </>
  )
}
