// The ECharts options of the dashboard's two charts, built from the API's answers. Pure (no DOM,
// no React): the web app draws them, what a click on a point or a bar opens is tested without a
// browser, and the server can render the same charts into documents (issue 11, item 9).
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts'
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import type { z } from 'zod'
import type { IndicatorInfo, Ranking, Trend } from '@/shared/api/indicators.ts'
// The statistics periods are being moved into the domain (issue 11, item 8); until then they are the web's.
import { shortMonthLabel } from '@/web/features/indicators/utils/periods.ts'
import { formatIndicatorValue, formatPart, STATUS_CHART_COLORS, STATUS_TONES } from './indicatorFormat.ts'

export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>

type TrendData = z.infer<typeof Trend>
type RankingData = z.infer<typeof Ranking>
type ChartIndicator = Pick<
  IndicatorInfo,
  'isRate' | 'unitOfCount' | 'name' | 'target' | 'numeratorLabel' | 'denominatorLabel'
>

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif"
const CURRENT_COLOR = '#1864ab'
const LAST_YEAR_COLOR = '#868e96'

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

/** A numeric target as a horizontal or vertical line; none for the comparisons with last year. */
const targetLine = (indicator: ChartIndicator, axis: 'xAxis' | 'yAxis'): MarkLineComponentOption | undefined => {
  const value = indicator.target?.value
  if (value === null || value === undefined || !indicator.target) return undefined
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { color: '#e8590c', type: 'dashed', width: 1.5 },
    // The ranking's category axis runs top-down, so a vertical line starts at the top.
    label: {
      formatter: `Chỉ tiêu: ${indicator.target.text}`,
      color: '#d9480f',
      fontFamily: FONT,
      position: axis === 'yAxis' ? 'insideEndTop' : 'start',
    },
    data: [axis === 'yAxis' ? { yAxis: value } : { xAxis: value }],
  }
}

/** Rates are read against 100% (and the target), counts from zero up to the largest value. */
const valueAxisMax = (indicator: ChartIndicator) =>
  indicator.isRate ? (extent: { max: number }) => Math.max(100, Math.ceil(extent.max / 10) * 10) : undefined

const figureLine = (
  indicator: ChartIndicator,
  figure: { numerator: number; denominator: number | null; value: number | null },
): string => {
  const value = formatIndicatorValue(figure.value, indicator)
  if (figure.denominator === null) return value
  return `${value} (${formatPart(figure.numerator, indicator.unitOfCount)}/${formatPart(figure.denominator, indicator.unitOfCount)})`
}

/**
 * This statistics year and the one before, month by month (December … November). When last year
 * is partial (the register begins after its 01/12, `lastYearPartial`), its series says so in the
 * legend and in each tooltip: its points count a few months, not a year (issue 12, item 2).
 */
export const trendChartOption = (
  trend: TrendData,
  indicator: ChartIndicator,
  { lastYearPartial = false }: { lastYearPartial?: boolean } = {},
): ChartOption => {
  const currentName = `Năm thống kê ${trend.year}`
  const lastName = `Cùng kỳ năm thống kê ${trend.year - 1}${lastYearPartial ? ' (chưa đủ kỳ)' : ''}`
  const mark = targetLine(indicator, 'yAxis')
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    grid: { left: 56, right: 24, top: 48, bottom: 32 },
    legend: { top: 4, data: [currentName, lastName] },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params]
        const first = list[0]
        const month = first ? trend.months[first.dataIndex] : undefined
        if (!month) return ''
        const title =
          trend.view === 'cumulative'
            ? `${shortMonthLabel(month.period.key)}: lũy kế từ đầu năm (${month.counted.label.toLowerCase()})`
            : shortMonthLabel(month.period.key)
        const lines = [`<b>${escapeHtml(title)}</b>`]
        for (const p of list) {
          const figure = p.seriesIndex === 0 ? month.current : month.lastYear
          lines.push(
            `${String(p.marker ?? '')}${escapeHtml(p.seriesName ?? '')}: ${escapeHtml(figureLine(indicator, figure))}`,
          )
        }
        lines.push('<span style="color:#868e96">Bấm vào điểm để xem danh sách hồ sơ</span>')
        return lines.join('<br/>')
      },
    },
    xAxis: { type: 'category', boundaryGap: false, data: trend.months.map((m) => shortMonthLabel(m.period.key)) },
    yAxis: {
      type: 'value',
      min: 0,
      max: valueAxisMax(indicator),
      axisLabel: { formatter: (v: number) => (indicator.isRate ? `${v}%` : formatPart(v, indicator.unitOfCount)) },
    },
    series: [
      {
        name: currentName,
        type: 'line',
        data: trend.months.map((m) => m.current.value),
        symbolSize: 9,
        lineStyle: { width: 2.5, color: CURRENT_COLOR },
        itemStyle: { color: CURRENT_COLOR },
        ...(mark ? { markLine: mark } : {}),
      },
      {
        name: lastName,
        type: 'line',
        data: trend.months.map((m) => m.lastYear.value),
        symbolSize: 7,
        lineStyle: { width: 2, type: 'dashed', color: LAST_YEAR_COLOR },
        itemStyle: { color: LAST_YEAR_COLOR },
      },
    ],
  }
}

/** What a click on the trend opens: the range this year's point counts, or last year's. */
export const trendClickPeriod = (
  trend: TrendData,
  seriesIndex: number | undefined,
  dataIndex: number,
): string | null => {
  const month = trend.months[dataIndex]
  if (!month) return null
  return seriesIndex === 1 ? month.countedLastYear.key : month.counted.key
}

/**
 * The sentence under the trend that says what a point counts (issue 12, item 3): a monthly
 * rate counts only what fell due within the month, so it runs below the year's rate.
 */
export const trendMeaning = (view: TrendData['view']): string =>
  view === 'cumulative'
    ? 'Mỗi điểm là số liệu lũy kế từ 01/12 (đầu năm thống kê) đến hết tháng; điểm tháng 11 bằng số liệu cả năm.'
    : 'Mỗi điểm chỉ tính riêng tháng đó (hồ sơ phải giải quyết trong tháng), nên một tỷ lệ theo tháng thường thấp hơn tỷ lệ cả năm.'

export const RANKING_BAR_HEIGHT = 30

/** Height that gives each unit a readable bar. */
export const rankingChartHeight = (count: number): number => Math.max(160, count * RANKING_BAR_HEIGHT + 70)

/** The units a ranking draws as bars: those with a figure, best first (the others are listed apart). */
export const rankedItems = (ranking: RankingData) =>
  ranking.items.filter((i): i is typeof i & { rank: number } => i.rank !== null).sort((a, b) => a.rank - b.rank)

/** The units without a figure in the period: "chưa có số liệu", not ranked below 0 %. */
export const unrankedItems = (ranking: RankingData) => ranking.items.filter((i) => i.rank === null)

/** The units below, best first, each bar in its status colour; `shortNames` label the axis where known. */
export const rankingChartOption = (
  ranking: RankingData,
  indicator: ChartIndicator,
  shortNames?: ReadonlyMap<number, string>,
): ChartOption => {
  const items = rankedItems(ranking)
  const mark = targetLine(indicator, 'xAxis')
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    grid: { left: 190, right: 72, top: 28, bottom: 24 },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params
        const item = p ? items[p.dataIndex] : undefined
        if (!item) return ''
        return [
          `<b>${item.rank}. ${escapeHtml(item.name)}</b>`,
          escapeHtml(figureLine(indicator, item)),
          escapeHtml(STATUS_TONES[item.status].label),
          '<span style="color:#868e96">Bấm vào cột để xem danh sách hồ sơ</span>',
        ].join('<br/>')
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: valueAxisMax(indicator),
      axisLabel: { formatter: (v: number) => (indicator.isRate ? `${v}%` : formatPart(v, indicator.unitOfCount)) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: items.map((i) => `${i.rank}. ${shortNames?.get(i.unitId) ?? i.name}`),
      axisLabel: { width: 180, overflow: 'truncate' },
      triggerEvent: true,
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        data: items.map((i) => ({ value: i.value ?? 0, itemStyle: { color: STATUS_CHART_COLORS[i.status] } })),
        label: {
          show: true,
          position: 'right',
          formatter: (p) => {
            const item = items[p.dataIndex]
            return item ? formatIndicatorValue(item.value, indicator) : ''
          },
        },
        ...(mark ? { markLine: mark } : {}),
      },
    ],
  }
}

/** The unit a click on a ranking bar opens. */
export const rankingClickUnit = (ranking: RankingData, dataIndex: number): number | null =>
  rankedItems(ranking)[dataIndex]?.unitId ?? null

/** The row of a unit's label on the ranking's axis (a click on a name reports the label). */
export const rankingLabelIndex = (option: ChartOption, label: unknown): number | null => {
  const axis = Array.isArray(option.yAxis) ? option.yAxis[0] : option.yAxis
  const labels = axis && 'data' in axis && Array.isArray(axis.data) ? axis.data : []
  const index = labels.findIndex((l) => l === label)
  return index < 0 ? null : index
}
