// A small React wrapper over Apache ECharts: one chart instance per mounted element, drawn
// with the SVG renderer so that charts print as crisp as the tables around them.
import { useEffect, useRef } from 'react'
import { BarChart, LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import type { ECElementEvent, ECharts } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import type { ChartOption } from '@/shared/charts/chartOptions.ts'

echarts.use([LineChart, BarChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer])

export type ChartClick = ECElementEvent

type EChartProps = {
  option: ChartOption
  height: number
  /** What the chart shows, for screen readers (the tables on the page hold the same figures). */
  label: string
  onClick?: (event: ChartClick) => void
  /**
   * A click inside the plot that hit no bar or point: the index on the category axis ('x' for
   * months along the bottom, 'y' for units down the side), so a whole column or row is a target.
   */
  onCategoryClick?: { axis: 'x' | 'y'; handler: (index: number) => void }
  testId?: string
}

export function EChart({ option, height, label, onClick, onCategoryClick, testId }: EChartProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const chartRef = useRef<ECharts | null>(null)
  const onClickRef = useRef(onClick)
  const onCategoryClickRef = useRef(onCategoryClick)

  useEffect(() => {
    onClickRef.current = onClick
    onCategoryClickRef.current = onCategoryClick
  }, [onClick, onCategoryClick])

  useEffect(() => {
    const element = containerRef.current
    if (!element) return
    const chart = echarts.init(element, null, { renderer: 'svg' })
    chartRef.current = chart
    // ECharts dispatches its element clicks from its own renderer listener, registered before ours:
    // a click that reached an element is flagged first, and the plot listener leaves it alone.
    let handledByElement = false
    chart.on('click', (event) => {
      handledByElement = true
      onClickRef.current?.(event)
    })
    chart.getZr().on('click', (event) => {
      const category = onCategoryClickRef.current
      if (handledByElement || !category) {
        handledByElement = false
        return
      }
      const pixel = [event.offsetX, event.offsetY]
      if (!chart.containPixel('grid', pixel)) return
      const [x, y] = chart.convertFromPixel('grid', pixel) as number[]
      const index = Math.round((category.axis === 'x' ? x : y) ?? NaN)
      if (Number.isFinite(index) && index >= 0) category.handler(index)
    })

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
      style={{ width: '100%', height, cursor: onClick || onCategoryClick ? 'pointer' : undefined }}
    />
  )
}
