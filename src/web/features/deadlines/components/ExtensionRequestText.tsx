import { Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { extensionRequestNote } from '../utils/extensionRequest.ts'

/** The last day to ask for an extension: grey ahead of time, orange near it, red once passed. */
export function ExtensionRequestText({ latest, suffix = '' }: { latest: string; suffix?: string }) {
  const note = extensionRequestNote(latest)
  return (
    <Text
      size="xs"
      c={note.color}
      fw={note.passed ? 600 : undefined}
      data-testid="extension-request"
      data-passed={note.passed}
    >
      {note.passed ? (
        <IconAlertTriangle size={12} aria-hidden style={{ verticalAlign: '-1px', marginRight: 2 }} />
      ) : null}
      {note.text}
      {suffix}
    </Text>
  )
}
