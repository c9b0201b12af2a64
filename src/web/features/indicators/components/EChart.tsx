// A small React wrapper over Apache ECharts: one chart instance per mounted element, drawn
// with the SVG renderer so that charts print as crisp as the tables around them.
import { useEffect, useRef } from 'react'
import { BarChart, LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import type { ECElementEvent, ECharts } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import type { ChartOption } from '../utils/chartOptions.ts'

echarts.use([LineChart, BarChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer])

export type ChartClick = ECElementEvent

type EChartProps = {
  option: ChartOption
  height: number
  /** What the chart shows, for screen readers (the tables on the page hold the same figures). */
  label: string
  onClick?: (event: ChartClick) => void
  testId?: string
}

export function EChart({ option, height, label, onClick, testId }: EChartProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const chartRef = useRef<ECharts | null>(null)
  const onClickRef = useRef(onClick)

  useEffect(() => {
    onClickRef.current = onClick
  }, [onClick])

  useEffect(() => {
    const element = containerRef.current
    if (!element) return
    const chart = echarts.init(element, null, { renderer: 'svg' })
    chartRef.current = chart
    chart.on('click', (event) => onClickRef.current?.(event))

    // The live SVG has a fixed width and height; a viewBox lets the print stylesheet scale it to
    // the printed page's width without redrawing (and without blurring: it stays vector).
    chart.on('finished', () => {
      element.querySelector('svg')?.setAttribute('viewBox', `0 0 ${chart.getWidth()} ${chart.getHeight()}`)
    })

    // The chart follows its box: window size, the navbar opening and closing.
    const observer = new ResizeObserver(() => chart.resize())
    observer.observe(element)
    return () => {
      observer.disconnect()
      chart.dispose()
      chartRef.current = null
    }
  }, [])

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true })
  }, [option])

  return (
    <div
      ref={containerRef}
      className="indicator-chart"
      role="img"
      aria-label={label}
      data-testid={testId}
      style={{ width: '100%', height, cursor: onClick ? 'pointer' : undefined }}
    />
  )
}
