// A chart drawn on the server for a document (issue 13 item 8): ECharts' server-side rendering
// to SVG, rasterised to PNG by resvg with the Liberation fonts (the metric twins of Arial and
// Times New Roman, Debian's fonts-liberation2; they carry the Vietnamese letters). resvg reads
// the longhand font properties only, and ECharts writes the CSS `font:` shorthand for rich-text
// labels: those are expanded to longhand before rasterising, or their text would fall back to
// no font at all.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import * as echarts from 'echarts'

/** Any ECharts option (e.g. one of src/shared/charts/chartOptions.ts). */
export type ChartSpec = { option: Record<string, unknown>; width: number; height: number }

const FONT_FOLDERS = ['/usr/share/fonts/truetype/liberation2', '/usr/share/fonts/truetype/liberation']

/** The Liberation font files found (liberation2 first, the newer cut). */
const fontFiles = (): string[] => {
  for (const folder of FONT_FOLDERS)
    if (existsSync(folder))
      return readdirSync(folder)
        .filter((name) => name.endsWith('.ttf'))
        .map((name) => join(folder, name))
  return []
}

const STYLES = new Set(['italic', 'oblique'])
const WEIGHTS = new Set(['bold', 'bolder', 'lighter', '100', '200', '300', '400', '500', '600', '700', '800', '900'])

/**
 * One CSS `font` shorthand as longhand declarations: "italic bold 14px/20px Arial, sans-serif"
 * → "font-style:italic;font-weight:bold;font-size:14px;font-family:Arial, sans-serif".
 * A value it cannot read is returned as it was.
 */
export const expandFontShorthand = (value: string): string => {
  const m = /^\s*((?:[a-z0-9-]+\s+)*?)(\d+(?:\.\d+)?(?:px|pt|em|rem|%))(?:\/\S+)?\s+(.+?)\s*$/i.exec(value)
  if (!m) return `font:${value}`
  const declarations: string[] = []
  for (const word of (m[1] ?? '').trim().split(/\s+/).filter(Boolean)) {
    const lower = word.toLowerCase()
    if (STYLES.has(lower)) declarations.push(`font-style:${lower}`)
    else if (WEIGHTS.has(lower)) declarations.push(`font-weight:${lower}`)
    else if (lower === 'small-caps') declarations.push('font-variant:small-caps')
  }
  declarations.push(`font-size:${m[2]}`, `font-family:${m[3]}`)
  return declarations.join(';')
}

/** Every `font:` shorthand inside the SVG's style attributes, expanded to longhand. */
export const expandFontShorthands = (svg: string): string =>
  svg.replace(/style="([^"]*)"/g, (_, style: string) => {
    const expanded = style
      .split(';')
      .map((declaration) => {
        const m = /^\s*font\s*:(.*)$/i.exec(declaration)
        return m ? expandFontShorthand(m[1]!) : declaration
      })
      .join(';')
    return `style="${expanded}"`
  })

/** The chart as SVG, from ECharts' server-side renderer, without animation. */
export const chartSvg = ({ option, width, height }: ChartSpec): string => {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption({ animation: false, ...option })
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

/** An SVG drawn by resvg at `scale`, its font shorthands expanded, on white, with the Liberation fonts only. */
export const rasterise = (svg: string, scale = 2) =>
  new Resvg(expandFontShorthands(svg), {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: fontFiles(),
      defaultFontFamily: 'Liberation Sans',
      sansSerifFamily: 'Liberation Sans',
      serifFamily: 'Liberation Serif',
      monospaceFamily: 'Liberation Mono',
    },
  }).render()

/** An SVG rasterised to PNG at `scale` (2: sharp when printed at the chart's size in millimetres at ~150 dpi). */
export const svgToPng = (svg: string, scale = 2): Buffer => rasterise(svg, scale).asPng()

/** The chart as a PNG image, `scale` times its size in pixels. */
export const chartPng = (spec: ChartSpec, scale = 2): Buffer => svgToPng(chartSvg(spec), scale)
