import { useMemo } from 'react'
import { Text } from '@mantine/core'
import type { IndicatorInfo } from '@/shared/api/indicators.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { LoadingState } from '@/web/shared/components/LoadingState.tsx'
import { useTrend } from '../hooks/useIndicators.ts'
import { trendChartOption, trendClickPeriod } from '@/shared/charts/chartOptions.ts'
import { EChart } from './EChart.tsx'

type TrendChartProps = {
  unitId: number
  indicator: IndicatorInfo
  year: number
  asOf: string | undefined
  /** Opens the records of the month clicked; null when the user may not read them. */
  onOpenMonth: ((period: string) => void) | null
}

/** Month by month over the statistics year (December … November), this year against last year. */
export function TrendChart({ unitId, indicator, year, asOf, onOpenMonth }: TrendChartProps) {
  const { data, error, isPending, refetch } = useTrend({ unitId, code: indicator.code, year, asOf })
  const option = useMemo(() => (data && data.code === indicator.code ? trendChartOption(data, indicator) : null), [data, indicator])

  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />
  if (isPending || !option || !data) return <LoadingState label="Đang tính số liệu theo tháng…" />
  return (
    <>
      <EChart
        option={option}
        height={300}
        label={`Biểu đồ theo tháng: ${indicator.name}, năm thống kê ${year} so với năm ${year - 1}`}
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
          Bấm vào một tháng để xem danh sách hồ sơ của tháng đó (điểm xám: cùng kỳ năm trước).
        </Text>
      ) : null}
    </>
  )
}
