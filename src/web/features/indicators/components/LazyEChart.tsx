// ECharts is the largest script of the dashboard (with zrender, ~1 MB before compression). The
// figures are in the tables: they are drawn as soon as the page's own script has run, and the
// charts follow when their library has arrived (issue 12, speed: first meaningful paint).
import { type ComponentProps, lazy, Suspense } from 'react'

const EChart = lazy(() => import('./EChart.tsx').then((module) => ({ default: module.EChart })))

export function LazyEChart(props: ComponentProps<typeof EChart>) {
  return (
    <Suspense
      fallback={<div style={{ height: props.height }} role="status" aria-busy="true" aria-label={props.label} />}
    >
      <EChart {...props} />
    </Suspense>
  )
}
