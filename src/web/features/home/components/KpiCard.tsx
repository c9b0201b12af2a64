import type { ReactNode } from 'react'
import { Group, Paper, Stack, Text } from '@mantine/core'
import { formatIndicatorValue, formatPart } from '@/shared/charts/indicatorFormat.ts'
import { StatusBadge } from '@/web/features/indicators/components/StatusBadge.tsx'
import { useTrend } from '@/web/features/indicators/hooks/useIndicators.ts'
import { recordsSearchFor } from '@/web/features/indicators/utils/indicatorsSearch.ts'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import type { KpiRow } from '../utils/kpi.ts'
import { Sparkline } from './Sparkline.tsx'

type KpiCardProps = {
  row: KpiRow
  unitId: number
  period: string
  year: number
  asOf: string
  lastYear: { text: string; partial: boolean }
  /** May open the records behind the figure; without it the card opens the dashboard on this indicator. */
  canDrill: boolean
}

/**
 * One indicator against its target: the value as the dashboard shows it, the evaluation, the
 * target, last year, and the months so far. The card opens the records its figure counts.
 */
export function KpiCard({ row, unitId, period, year, asOf, lastYear, canDrill }: KpiCardProps) {
  const { info, value } = row
  const trend = useTrend({ unitId, code: info.code, year, asOf, view: 'cumulative' })
  const months = trend.data?.code === info.code ? trend.data.months.map((m) => m.current.value) : []
  const figure =
    value.denominator === null
      ? formatPart(value.numerator, info.unitOfCount)
      : `${formatPart(value.numerator, info.unitOfCount)} / ${formatPart(value.denominator, info.unitOfCount)}`
  return (
    <CardLink
      canDrill={canDrill}
      unitId={unitId}
      code={info.code}
      period={period}
      asOf={asOf}
      aria-label={`${info.name}: ${formatIndicatorValue(value.value, info)}. ${canDrill ? 'Xem danh sách hồ sơ' : 'Xem trên trang chỉ tiêu'}`}
      data-testid="kpi-card"
      data-code={info.code}
    >
      <Paper withBorder radius="md" p="md" h="100%">
        <Stack gap={6}>
          <Text size="sm" fw={600} lineClamp={2} title={info.name}>
            {info.name}
          </Text>
          <Group justify="space-between" align="center" wrap="nowrap" gap="xs">
            <Text fz={26} fw={700} lh={1.1} className="tabular" data-testid="kpi-value">
              {formatIndicatorValue(value.value, info)}
            </Text>
            <StatusBadge status={value.status} text={value.statusText} />
          </Group>
          <Text size="xs" c="dimmed">
            Yêu cầu: {info.target?.text ?? 'chưa giao'} ·{' '}
            <Text span size="xs" className="tabular" data-testid="kpi-numerator">
              {figure}
            </Text>
          </Text>
          <Sparkline values={months} label={`Diễn biến lũy kế từ 01/12: ${info.name}`} />
          <Text size="xs" c="dimmed" data-testid="kpi-last-year">
            {lastYear.text}
          </Text>
        </Stack>
      </Paper>
    </CardLink>
  )
}

type CardLinkProps = {
  canDrill: boolean
  unitId: number
  code: string
  period: string
  asOf: string
  children: ReactNode
  'aria-label': string
  'data-testid': string
  'data-code': string
}

/** The records behind the figure, or without the right to read them the dashboard on this indicator. */
function CardLink({ canDrill, unitId, code, period, asOf, children, ...rest }: CardLinkProps) {
  const style = { display: 'block', borderRadius: 'var(--mantine-radius-md)', minWidth: 0, color: 'inherit' }
  return canDrill ? (
    <RouterAnchor
      to="/chi-tieu/ho-so"
      search={recordsSearchFor({ unitId, code, part: 'numerator', period, asOf })}
      underline="never"
      style={style}
      {...rest}
    >
      {children}
    </RouterAnchor>
  ) : (
    <RouterAnchor
      to="/chi-tieu"
      search={{ unitId: undefined, period, asOf: undefined, code }}
      underline="never"
      style={style}
      {...rest}
    >
      {children}
    </RouterAnchor>
  )
}
