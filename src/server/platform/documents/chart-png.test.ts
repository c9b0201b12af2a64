// Charts for documents: ECharts' server-side SVG rasterised by resvg. resvg reads only the
// longhand font properties, and ECharts writes the `font:` shorthand for rich-text labels: the
// shorthand is expanded first, or such a label is drawn at resvg's default size.
import { describe, expect, it } from 'vitest'
import { trendChartOption } from '@/shared/charts/chartOptions.ts'
import { chartPng, chartSvg, expandFontShorthand, expandFontShorthands, rasterise } from './chart-png.ts'

/** Pixels darker than mid-grey: the ink of the text drawn. */
const ink = (svg: string) => {
  const { pixels } = rasterise(svg, 1)
  let dark = 0
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 384) dark++
  return dark
}

const textSvg = (style: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="80"><text x="10" y="50" style="${style}" fill="#000">Đạt chỉ tiêu</text></svg>`

describe('the font shorthand expanded to longhand', () => {
  it('reads style, weight, size and family, and drops "normal" and the line height', () => {
    expect(expandFontShorthand('normal normal 12px sans-serif')).toBe('font-size:12px;font-family:sans-serif')
    expect(expandFontShorthand("italic bold 14px/20px 'Liberation Sans', Arial, sans-serif")).toBe(
      "font-style:italic;font-weight:bold;font-size:14px;font-family:'Liberation Sans', Arial, sans-serif",
    )
    expect(expandFontShorthand('700 9.5px serif')).toBe('font-weight:700;font-size:9.5px;font-family:serif')
    expect(expandFontShorthand('inherit')).toBe('font:inherit')
  })

  it('rewrites only the font declarations of style attributes', () => {
    expect(expandFontShorthands('<text style="fill:red;font: bold 20px serif" x="1">a</text>')).toBe(
      '<text style="fill:red;font-weight:bold;font-size:20px;font-family:serif" x="1">a</text>',
    )
  })

  it('makes resvg draw a shorthand label as it draws the same longhand one', () => {
    const longhand = ink(textSvg('font-size:36px;font-family:sans-serif;font-weight:bold'))
    // Through rasterise(), which expands: the same ink as the longhand.
    expect(ink(textSvg('font: normal bold 36px sans-serif'))).toBe(longhand)
    // At resvg's default 12 px (what the unexpanded shorthand would give) there is far less ink.
    expect(ink(textSvg('font-size:12px;font-family:sans-serif'))).toBeLessThan(longhand / 4)
  })
})

describe('a chart as PNG', () => {
  const spec = (title?: string) => ({
    width: 600,
    height: 300,
    option: {
      ...(title && { title: { text: title } }),
      xAxis: { type: 'category', data: ['T12', 'T1', 'T2'] },
      yAxis: { type: 'value' },
      series: [
        {
          type: 'bar',
          data: [3, 5, 4],
          label: { show: true, formatter: '{b|Đạt} {c}', rich: { b: { fontWeight: 'bold' } } },
        },
      ],
    },
  })

  it('is a PNG twice the chart size', () => {
    const png = chartPng(spec())
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBe(1200)
    expect(png.readUInt32BE(20)).toBe(600)
  })

  it('draws the text: a title adds ink, and the rich labels arrive in longhand', () => {
    expect(ink(chartSvg(spec('Tỷ lệ giải quyết tin báo về tội phạm')))).toBeGreaterThan(ink(chartSvg(spec())) + 500)
    const svg = chartSvg(spec())
    expect(svg).toMatch(/font:/)
    expect(expandFontShorthands(svg)).not.toMatch(/font:/)
  })
})

describe('the dashboard’s option builders on the server', () => {
  it('draws the trend chart of src/shared/charts into a PNG, its legend and target line included', () => {
    const month = (m: number, current: number, lastYear: number) => {
      const key = `T${m === 12 ? 2025 : 2026}-${String(m).padStart(2, '0')}`
      const period = { key, kind: 'month' as const, from: '2026-01-01', to: '2026-01-31', label: key }
      return {
        period,
        counted: period,
        countedLastYear: period,
        current: { numerator: current, denominator: 100, value: current },
        lastYear: { numerator: lastYear, denominator: 100, value: lastYear },
      }
    }
    const trend = {
      code: 'tin_bao',
      year: 2026,
      view: 'monthly' as const,
      months: [month(12, 80, 75), month(1, 88, 82), month(2, 93, 85)],
    }
    const option = trendChartOption(trend, {
      isRate: true,
      unitOfCount: 'matter',
      name: 'Tỷ lệ giải quyết tin báo',
      numeratorLabel: 'Đã giải quyết',
      denominatorLabel: 'Phải giải quyết',
      target: {
        comparison: '>',
        value: 90,
        unconfirmed: true,
        legalSource: 'NQ 96/2019/QH14',
        note: null,
        effectiveFrom: '2025-12-01',
        text: 'Trên 90%',
      },
    })
    const svg = chartSvg({ option, width: 640, height: 320 })
    expect(svg).toContain('Năm thống kê 2026')
    expect(svg).toContain('Chỉ tiêu: Trên 90%')
    expect(svg).toContain('T1/2026')
    const png = chartPng({ option, width: 640, height: 320 }, 1)
    expect(png.readUInt32BE(16)).toBe(640)
    expect(ink(svg)).toBeGreaterThan(1000)
  })
})
