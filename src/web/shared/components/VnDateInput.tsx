import { DateInput } from '@mantine/dates'
import type { DateInputProps } from '@mantine/dates'
import { IconCalendar } from '@tabler/icons-react'
import { parseVnDate } from '../utils/parseVnDate.ts'

type VnDateInputProps = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  /** YYYY-MM-DD or null */
  value: string | null
  onChange: (value: string | null) => void
}

/** A date typed or picked as dd/mm/yyyy, held as YYYY-MM-DD. */
export function VnDateInput({ value, onChange, ...props }: VnDateInputProps) {
  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      placeholder="dd/mm/yyyy"
      dateParser={parseVnDate}
      leftSection={<IconCalendar size={16} aria-hidden />}
      clearable
      {...props}
      value={value}
      onChange={(next) => onChange(next ? next.slice(0, 10) : null)}
    />
  )
}
