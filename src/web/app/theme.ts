import { createTheme } from '@mantine/core'
import type { MantineColorsTuple } from '@mantine/core'

// The procuracy's red, for the emblem and brand accents; actions stay blue so red keeps meaning "danger".
const crimson: MantineColorsTuple = [
  '#ffeaea',
  '#fdd3d3',
  '#f5a5a5',
  '#ee7474',
  '#e84b4b',
  '#e43131',
  '#e32323',
  '#c91616',
  '#a61e1e',
  '#9e0a0a',
]

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 7,
  colors: { crimson },
  defaultRadius: 'md',
  focusRing: 'auto',
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif",
  headings: {
    fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif",
    fontWeight: '650',
  },
  components: {
    Table: { defaultProps: { verticalSpacing: 'sm', highlightOnHover: true } },
    // Vietnamese reads badly in capitals (diacritics crowd the line), so badges keep sentence case.
    Badge: { styles: { root: { textTransform: 'none', fontWeight: 600 } } },
    Tooltip: { defaultProps: { withArrow: true, openDelay: 300 } },
  },
})
