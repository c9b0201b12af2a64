import { useMemo } from 'react'
import { Text } from '@mantine/core'
import type { IndicatorInfo } from '@/shared/api/indicators.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { LoadingState } from '@/web/shared/components/LoadingState.tsx'
import { useShortUnitNames } from '@/web/features/units/hooks/useUnits.ts'
import { useRanking } from '../hooks/useIndicators.ts'
import {
  rankedItems,
  rankingChartHeight,
  rankingChartOption,
  rankingClickUnit,
  rankingLabelIndex,
  unrankedItems,
} from '@/shared/charts/chartOptions.ts'
import { LazyEChart } from './LazyEChart.tsx'

type RankingChartProps = {
  unitId: number
  indicator: IndicatorInfo
  period: string
  asOf: string | undefined
  /** Opens the records of the unit clicked; null when the user may not read them. */
  onOpenUnit: ((unitId: number) => void) | null
}

/** The units directly below, ranked on one indicator, each bar in its status colour. */
export function RankingChart({ unitId, indicator, period, asOf, onOpenUnit }: RankingChartProps) {
  const { data, error, isPending, refetch } = useRanking({ unitId, code: indicator.code, period, asOf })
  const shortNames = useShortUnitNames(unitId)
  const option = useMemo(
    () => (data && data.code === indicator.code ? rankingChartOption(data, indicator, shortNames) : null),
    [data, indicator, shortNames],
  )

  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />
  if (isPending || !option || !data) return <LoadingState label="Đang xếp hạng các đơn vị…" />
  if (data.items.length === 0) {
    return (
      <Text c="dimmed" ta="center" py="xl">
        Không có đơn vị trực thuộc để xếp hạng.
      </Text>
    )
  }
  const ranked = rankedItems(data)
  const unranked = unrankedItems(data)
  return (
    <>
      {ranked.length === 0 ? (
        <Text c="dimmed" ta="center" py="md" data-testid="ranking-empty">
          Chưa đơn vị nào có số liệu của chỉ tiêu này trong kỳ để xếp hạng.
        </Text>
      ) : (
        <LazyEChart
          option={option}
          height={rankingChartHeight(ranked.length)}
          label={`Xếp hạng các đơn vị trực thuộc: ${indicator.name}`}
          testId="ranking-chart"
          onClick={
            onOpenUnit
              ? (event) => {
                  // A bar, or a unit's name on the axis (which carries its label, not its index).
                  const index =
                    event.componentType === 'yAxis' ? rankingLabelIndex(option, event.value) : event.dataIndex
                  const unit = index === null ? null : rankingClickUnit(data, index)
                  if (unit !== null) onOpenUnit(unit)
                }
              : undefined
          }
          onCategoryClick={
            onOpenUnit
              ? {
                  axis: 'y',
                  handler: (index) => {
                    const unit = rankingClickUnit(data, index)
                    if (unit !== null) onOpenUnit(unit)
                  },
                }
              : undefined
          }
        />
      )}
      {unranked.length > 0 ? (
        <Text size="sm" c="dimmed" data-testid="ranking-no-data">
          Chưa có số liệu (không có việc phải tính trong kỳ), không xếp hạng:{' '}
          {unranked.map((u) => shortNames?.get(u.unitId) ?? u.name).join('; ')}.
        </Text>
      ) : null}
      {onOpenUnit && ranked.length > 0 ? (
        <Text size="xs" c="dimmed" className="indicators-print-hide">
          Bấm vào một đơn vị để xem danh sách hồ sơ của đơn vị đó.
        </Text>
      ) : null}
    </>
  )
}
