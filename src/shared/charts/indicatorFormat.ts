// How indicator figures read on screen, in print and in the drill-down list, and the status
// colours of the charts: one definition for the web app and for the documents the server will
// render, so a figure in a report reads exactly as on the dashboard.
import type { IndicatorInfo, TARGET_STATUSES } from '@/shared/api/indicators.ts'
import { formatNumber } from '@/shared/format.ts'

export type TargetStatus = (typeof TARGET_STATUSES)[number]
export type UnitOfCount = IndicatorInfo['unitOfCount']

/** What the value of an indicator is: a rate in percent, a count, or an amount in đồng. */
export type ValueShape = Pick<IndicatorInfo, 'isRate' | 'unitOfCount'>

/** A numerator or a denominator: a count of matters or persons, or an amount in đồng. */
export const formatPart = (value: number, unitOfCount: UnitOfCount): string =>
  unitOfCount === 'vnd' ? `${formatNumber(Math.round(value))} đồng` : formatNumber(value)

/** '92,3%' for a rate, '1.234' for a count, '12.500.000 đồng' for an amount; '—' when there is nothing to divide by. */
export const formatIndicatorValue = (value: number | null, shape: ValueShape): string => {
  if (value === null) return '—'
  if (shape.isRate) return `${formatNumber(value, 1)}%`
  return formatPart(value, shape.unitOfCount)
}

export type StatusTone = { color: string; label: string }

export const STATUS_TONES: Record<TargetStatus, StatusTone> = {
  met: { color: 'green', label: 'Đạt' },
  at_risk: { color: 'orange', label: 'Có nguy cơ không đạt' },
  missed: { color: 'red', label: 'Không đạt' },
  no_target: { color: 'gray', label: 'Không có chỉ tiêu' },
}

/** Chart colours for the statuses (Mantine's green.7, orange.6, red.7, gray.5). */
export const STATUS_CHART_COLORS: Record<TargetStatus, string> = {
  met: '#37b24d',
  at_risk: '#fd7e14',
  missed: '#f03e3e',
  no_target: '#adb5bd',
}
