import { useEffect, useState } from 'react'
import { ActionIcon, Button, Group, NumberInput } from '@mantine/core'
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR } from '@/shared/api/calendar.ts'

type YearPickerProps = { value: number; onChange: (year: number) => void; currentYear: number }

const inRange = (year: number) => Number.isInteger(year) && year >= CALENDAR_MIN_YEAR && year <= CALENDAR_MAX_YEAR

/** The year shown: typed (four digits take effect at once) or stepped with the arrows. */
export function YearPicker({ value, onChange, currentYear }: YearPickerProps) {
  const [draft, setDraft] = useState<string | number>(value)
  useEffect(() => setDraft(value), [value])

  const go = (year: number) => {
    if (inRange(year)) onChange(year)
  }

  return (
    <Group gap={6} wrap="nowrap" data-testid="calendar-year-picker">
      <ActionIcon
        variant="default"
        size="lg"
        aria-label="Năm trước"
        disabled={value <= CALENDAR_MIN_YEAR}
        onClick={() => go(value - 1)}
      >
        <IconChevronLeft size={18} />
      </ActionIcon>
      <NumberInput
        aria-label="Năm"
        w={96}
        min={CALENDAR_MIN_YEAR}
        max={CALENDAR_MAX_YEAR}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator=""
        hideControls
        clampBehavior="none"
        value={draft}
        onChange={(next) => {
          setDraft(next)
          if (typeof next === 'number' && String(next).length === 4) go(next)
        }}
        onBlur={() => setDraft(value)}
        data-testid="calendar-year"
      />
      <ActionIcon
        variant="default"
        size="lg"
        aria-label="Năm sau"
        disabled={value >= CALENDAR_MAX_YEAR}
        onClick={() => go(value + 1)}
      >
        <IconChevronRight size={18} />
      </ActionIcon>
      {value !== currentYear ? (
        <Button variant="subtle" onClick={() => go(currentYear)}>
          Năm nay
        </Button>
      ) : null}
    </Group>
  )
}
