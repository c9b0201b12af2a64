import { sparklinePath } from '../utils/kpi.ts'

const WIDTH = 120
const HEIGHT = 28

/** The months of the year so far as a small line (cumulative from 01/12, as the dashboard's trend). */
export function Sparkline({ values, label }: { values: readonly (number | null)[]; label: string }) {
  const path = sparklinePath(values, WIDTH, HEIGHT)
  if (!path) return null
  return (
    <svg
      viewBox={`-2 -2 ${WIDTH + 4} ${HEIGHT + 4}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={label}
      data-testid="kpi-sparkline"
      style={{ display: 'block', maxWidth: '100%' }}
    >
      <path d={path} fill="none" stroke="var(--mantine-color-blue-6)" strokeWidth={1.8} strokeLinejoin="round" />
    </svg>
  )
}
