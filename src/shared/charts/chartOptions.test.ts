import { describe, expect, it } from 'vitest'
import {
  rankingChartOption,
  rankingClickUnit,
  rankingLabelIndex,
  trendChartOption,
  trendClickPeriod,
  trendMeaning,
  unrankedItems,
} from './chartOptions.ts'

const indicator = {
  isRate: true,
  unitOfCount: 'matter' as const,
  name: 'Tỷ lệ giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố',
  numeratorLabel: 'Số tin đã giải quyết',
  denominatorLabel: 'Số tin phải giải quyết',
  target: {
    comparison: '>' as const,
    value: 90,
    unconfirmed: true,
    legalSource: 'NQ 96/2019/QH14',
    note: null,
    effectiveFrom: '2020-01-01',
    text: 'Trên 90%',
  },
}

const figure = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  value: denominator === 0 ? null : (numerator / denominator) * 100,
})
const period = (key: string) => ({ key, kind: 'month' as const, from: '2026-01-01', to: '2026-01-31', label: key })

const trend = {
  code: 'TIN_BAO_GIAI_QUYET',
  year: 2026,
  view: 'monthly' as const,
  months: [
    {
      period: period('T2025-12'),
      counted: period('T2025-12'),
      countedLastYear: period('T2024-12'),
      current: figure(9, 10),
      lastYear: figure(8, 10),
    },
    {
      period: period('T2026-01'),
      counted: period('T2026-01'),
      countedLastYear: period('T2025-01'),
      current: figure(0, 0),
      lastYear: figure(5, 10),
    },
  ],
}
const range = (key: string, label: string) => ({
  key,
  kind: 'custom' as const,
  from: '2025-12-01',
  to: '2026-01-31',
  label,
})
const cumulative = {
  ...trend,
  view: 'cumulative' as const,
  months: [
    {
      ...trend.months[0]!,
      counted: range('K2025-12-01_2025-12-31', 'Từ 01/12/2025 đến 31/12/2025'),
      countedLastYear: range('K2024-12-01_2024-12-31', ''),
    },
    {
      ...trend.months[1]!,
      counted: range('K2025-12-01_2026-01-31', 'Từ 01/12/2025 đến 31/01/2026'),
      countedLastYear: range('K2024-12-01_2025-01-31', ''),
    },
  ],
}

const ranking = {
  code: 'TIN_BAO_GIAI_QUYET',
  items: [
    { rank: 2, unitId: 21, code: 'CT.KV2', name: 'VKSND khu vực 2', status: 'missed' as const, ...figure(7, 10) },
    { rank: 1, unitId: 20, code: 'CT.KV1', name: 'VKSND khu vực 1', status: 'met' as const, ...figure(10, 10) },
  ],
}

describe('chart options', () => {
  it('draws this year and last year month by month, with gaps where nothing was due', () => {
    const option = trendChartOption(trend, indicator)
    const series = option.series as { name: string; data: (number | null)[] }[]
    expect(series.map((s) => s.name)).toEqual(['Năm thống kê 2026', 'Cùng kỳ năm thống kê 2025'])
    expect(series[0]?.data).toEqual([90, null])
    expect((option.xAxis as { data: string[] }).data).toEqual(['T12/2025', 'T1/2026'])
  })

  it("marks last year's series as partial in the legend when the register began during it", () => {
    const option = trendChartOption(trend, indicator, { lastYearPartial: true })
    const series = option.series as { name: string }[]
    expect(series.map((s) => s.name)).toEqual(['Năm thống kê 2026', 'Cùng kỳ năm thống kê 2025 (chưa đủ kỳ)'])
    expect((option.legend as { data: string[] }).data).toEqual([
      'Năm thống kê 2026',
      'Cùng kỳ năm thống kê 2025 (chưa đủ kỳ)',
    ])
  })

  it('opens the month clicked, this year or a year earlier', () => {
    expect(trendClickPeriod(trend, 0, 1)).toBe('T2026-01')
    expect(trendClickPeriod(trend, 1, 0)).toBe('T2024-12')
    expect(trendClickPeriod(trend, 0, 5)).toBeNull()
  })

  it('opens, on the cumulative curve, the records of the whole range a point counts (issue 12, item 3)', () => {
    expect(trendClickPeriod(cumulative, 0, 1)).toBe('K2025-12-01_2026-01-31')
    expect(trendClickPeriod(cumulative, 1, 1)).toBe('K2024-12-01_2025-01-31')
    const tooltip = (
      trendChartOption(cumulative, indicator).tooltip as { formatter: (p: unknown) => string }
    ).formatter([{ dataIndex: 1, seriesIndex: 0, seriesName: 'x' }])
    expect(tooltip).toContain('T1/2026: lũy kế từ đầu năm (từ 01/12/2025 đến 31/01/2026)')
  })

  it('says under the chart what a point counts, in both views', () => {
    expect(trendMeaning('cumulative')).toContain('lũy kế từ 01/12')
    expect(trendMeaning('monthly')).toContain('thấp hơn tỷ lệ cả năm')
  })

  it('ranks the units best first, coloured by status, and opens the unit clicked', () => {
    const option = rankingChartOption(ranking, indicator)
    expect((option.yAxis as { data: string[] }).data).toEqual(['1. VKSND khu vực 1', '2. VKSND khu vực 2'])
    const bars = (option.series as { data: { value: number; itemStyle: { color: string } }[] }[])[0]?.data
    expect(bars?.map((b) => b.value)).toEqual([100, 70])
    expect(bars?.[0]?.itemStyle.color).not.toBe(bars?.[1]?.itemStyle.color)
    expect(rankingClickUnit(ranking, 0)).toBe(20)
    expect(rankingClickUnit(ranking, 1)).toBe(21)
  })
})

describe('a ranking with units that have no figure', () => {
  it('draws only the ranked units and opens the right one; the others are listed apart', () => {
    const withNoData = {
      code: ranking.code,
      items: [
        ...ranking.items,
        {
          rank: null,
          unitId: 22,
          code: 'CT.KV3',
          name: 'VKSND khu vực 3',
          status: 'no_target' as const,
          ...figure(0, 0),
        },
      ],
    }
    const option = rankingChartOption(withNoData, indicator)
    expect((option.yAxis as { data: string[] }).data).toEqual(['1. VKSND khu vực 1', '2. VKSND khu vực 2'])
    expect(rankingClickUnit(withNoData, 2)).toBeNull()
    expect(unrankedItems(withNoData).map((i) => i.unitId)).toEqual([22])
  })
})

describe('clicks on the ranking’s unit names', () => {
  it('finds the row of a label, and nothing for an unknown one', () => {
    const option = rankingChartOption(ranking, indicator, new Map([[21, 'VKSND khu vực 2']]))
    expect(rankingLabelIndex(option, '2. VKSND khu vực 2')).toBe(1)
    expect(rankingLabelIndex(option, 'khác')).toBeNull()
  })
})
