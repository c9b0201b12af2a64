import { Group, Text } from '@mantine/core'
import { DAY_KIND_LABELS, LEGEND_KINDS } from '../utils/calendarDays.ts'
import classes from './Calendar.module.css'

/** What each colour of the grid means. */
export function CalendarLegend() {
  return (
    <Group
      gap="lg"
      wrap="wrap"
      component="ul"
      aria-label="Chú giải"
      data-testid="calendar-legend"
      style={{ listStyle: 'none', margin: 0, padding: 0 }}
    >
      {LEGEND_KINDS.map((kind) => (
        <Group key={kind} gap={6} wrap="nowrap" component="li">
          <span className={classes.swatch} data-kind={kind} aria-hidden />
          <Text size="sm">{DAY_KIND_LABELS[kind]}</Text>
        </Group>
      ))}
      <Group gap={6} wrap="nowrap" component="li">
        <span className={`${classes.swatch} ${classes.todaySwatch}`} aria-hidden />
        <Text size="sm">Hôm nay</Text>
      </Group>
    </Group>
  )
}
