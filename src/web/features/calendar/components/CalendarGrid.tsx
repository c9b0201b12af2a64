import { memo } from 'react'
import { Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core'
import type { GridDay, MonthGrid } from '../utils/calendarDays.ts'
import { DAY_KIND_LABELS, meaningfulReasons, WEEKDAY_HEADERS } from '../utils/calendarDays.ts'
import classes from './Calendar.module.css'

type CalendarGridProps = { year: number; months: MonthGrid[]; today: string; busy: boolean }

/** What a day off is, in the tooltip: each reason with its legal source and any "the Government decides" note. */
function DayTooltipContent({ day }: { day: GridDay }) {
  const reasons = meaningfulReasons(day.reasons)
  return (
    <Stack gap={4} maw={320}>
      <Text size="sm" fw={700}>
        {day.heading} · {DAY_KIND_LABELS[day.kind]}
      </Text>
      <ul className={classes.tooltipList}>
        {reasons.map((reason, i) => (
          <li key={i}>
            <Text size="sm" span>
              {reason.text}
            </Text>
            {reason.legalSource ? (
              <Text size="xs" opacity={0.8}>
                Căn cứ: {reason.legalSource}
              </Text>
            ) : null}
            {reason.unconfirmed ? (
              <Text size="xs" opacity={0.8} fs="italic">
                {reason.unconfirmed}
              </Text>
            ) : null}
          </li>
        ))}
      </ul>
    </Stack>
  )
}

function DayCell({ day, today }: { day: GridDay; today: string }) {
  const explained = day.kind !== 'working'
  // Holidays and official entries take a tab stop so keyboard users can read their reasons; weekends need none.
  const focusable = explained && day.kind !== 'weekend'
  const cell = (
    <td
      className={classes.day}
      data-testid="calendar-day"
      data-date={day.date}
      data-kind={day.kind}
      data-today={day.date === today ? true : undefined}
      data-reasons={explained ? true : undefined}
      aria-label={day.label}
      aria-current={day.date === today ? 'date' : undefined}
      tabIndex={focusable ? 0 : undefined}
    >
      <span aria-hidden>{day.day}</span>
    </td>
  )
  if (!explained) return cell
  return (
    <Tooltip
      label={<DayTooltipContent day={day} />}
      multiline
      events={{ hover: true, focus: true, touch: true }}
      openDelay={150}
    >
      {cell}
    </Tooltip>
  )
}

function MonthTable({ year, month, today }: { year: number; month: MonthGrid; today: string }) {
  return (
    <div className={classes.month}>
      <table className={classes.table} data-testid="calendar-month" data-month={month.month}>
        <caption className={classes.caption}>
          {month.title}
          <VisuallyHidden> năm {year}</VisuallyHidden>
        </caption>
        <thead>
          <tr>
            {WEEKDAY_HEADERS.map((w, i) => (
              <th key={w.short} scope="col" className={`${classes.weekday}${i >= 5 ? ` ${classes.weekendHead}` : ''}`}>
                <abbr title={w.long}>{w.short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {month.weeks.map((week, w) => (
            <tr key={w}>
              {week.map((day, d) =>
                day ? <DayCell key={day.date} day={day} today={today} /> : <td key={`empty-${d}`} aria-hidden />,
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Twelve months, Monday to Sunday, each day coloured by why it is off. */
export const CalendarGrid = memo(function CalendarGrid({ year, months, today, busy }: CalendarGridProps) {
  return (
    <div
      className={classes.months}
      data-testid="calendar-grid"
      data-year={year}
      aria-busy={busy}
      style={{ opacity: busy ? 0.6 : 1 }}
    >
      {months.map((month) => (
        <MonthTable key={month.month} year={year} month={month} today={today} />
      ))}
    </div>
  )
})
