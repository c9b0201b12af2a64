import { Text } from '@mantine/core'

/** A table cell's text, or a dimmed dash where the record has none (no prosecutor assigned, no legal source). */
export function TextOrDash({ value }: { value: string | null | undefined }) {
  return (
    <Text size="sm" c={value ? undefined : 'dimmed'}>
      {value || '—'}
    </Text>
  )
}
