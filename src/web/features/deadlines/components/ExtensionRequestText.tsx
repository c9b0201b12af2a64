import { Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { extensionRequestNote } from '../utils/extensionRequest.ts'

/**
 * The last day to ask for an extension: grey ahead of time, orange near it, red once passed.
 * `compact` (a table row): one short line that never wraps, the full sentence on hover, so a
 * row whose request date has passed stays as low as the others (issue 12, item 15).
 */
export function ExtensionRequestText({
  latest,
  suffix = '',
  compact = false,
}: {
  latest: string
  suffix?: string
  compact?: boolean
}) {
  const note = extensionRequestNote(latest)
  return (
    <Text
      size="xs"
      c={note.color}
      fw={note.passed ? 600 : undefined}
      data-testid="extension-request"
      data-passed={note.passed}
      title={compact ? `${note.text}${suffix}` : undefined}
      style={compact ? { whiteSpace: 'nowrap' } : undefined}
    >
      {note.passed ? (
        <IconAlertTriangle size={12} aria-hidden style={{ verticalAlign: '-1px', marginRight: 2 }} />
      ) : null}
      {compact ? note.short : `${note.text}${suffix}`}
    </Text>
  )
}
