import { useEffect, useState, type FocusEvent } from 'react'
import { DateInput } from '@mantine/dates'
import type { DateInputProps } from '@mantine/dates'
import { IconCalendar } from '@tabler/icons-react'
import { formatDate } from '@/shared/format.ts'
import { parseVnDate } from '../utils/parseVnDate.ts'

type VnDateInputProps = Omit<
  DateInputProps,
  'value' | 'onChange' | 'valueFormat' | 'dateParser' | 'minDate' | 'maxDate'
> & {
  /** YYYY-MM-DD or null */
  value: string | null
  onChange: (value: string | null) => void
  /** YYYY-MM-DD bounds, inclusive. */
  minDate?: string | undefined
  maxDate?: string | undefined
}

/** What is wrong with the text typed in a date box, or null when it is a date in bounds (or empty). */
export const dateProblem = (
  text: string,
  bounds: { minDate?: string | undefined; maxDate?: string | undefined; required?: boolean | undefined },
): string | null => {
  const typed = text.trim()
  if (typed === '') return bounds.required ? 'Chưa nhập ngày' : null
  const iso = parseVnDate(typed)
  if (!iso)
    return /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(typed) ? 'Ngày không tồn tại' : 'Nhập ngày theo dạng dd/mm/yyyy'
  if (bounds.maxDate && iso > bounds.maxDate) return `Ngày không được sau ${formatDate(bounds.maxDate)}`
  if (bounds.minDate && iso < bounds.minDate) return `Ngày không được trước ${formatDate(bounds.minDate)}`
  return null
}

/**
 * A date typed or picked as dd/mm/yyyy, held as YYYY-MM-DD. A text that is not a date in bounds
 * (31/02/2026, a day after the last allowed, an emptied required box) stays as typed with its
 * problem named under the box, and the value becomes empty so that nothing stale is saved —
 * Mantine's own box would silently put the last valid day back.
 */
export function VnDateInput({ value, onChange, minDate, maxDate, error, onBlur, ...props }: VnDateInputProps) {
  const [problem, setProblem] = useState<string | null>(null)
  // The day the box itself holds. The form is told "no date" when the text is wrong, but the box
  // keeps its own day: Mantine rewrites the text whenever its value changes, which would wipe
  // what the user typed.
  const [shown, setShown] = useState(value)
  useEffect(() => {
    if (value !== null || problem === null) setShown(value)
  }, [value])

  const checkTyped = (event: FocusEvent<HTMLInputElement>) => {
    const found = dateProblem(event.currentTarget.value, { minDate, maxDate, required: props.required })
    setProblem(found)
    if (found && value !== null) onChange(null)
    onBlur?.(event)
  }

  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      placeholder="dd/mm/yyyy"
      dateParser={parseVnDate}
      leftSection={<IconCalendar size={16} aria-hidden />}
      clearable
      fixOnBlur={false}
      {...props}
      {...(minDate ? { minDate } : {})}
      {...(maxDate ? { maxDate } : {})}
      error={problem ?? error}
      onBlur={checkTyped}
      value={shown}
      onChange={(next) => {
        const day = next ? next.slice(0, 10) : null
        setProblem(null)
        setShown(day)
        onChange(day)
      }}
    />
  )
}
