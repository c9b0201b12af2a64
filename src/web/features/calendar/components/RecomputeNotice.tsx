import { Alert } from '@mantine/core'
import { IconRefresh } from '@tabler/icons-react'
import { useActiveRecomputes } from '../hooks/useCalendarRecompute.ts'

/** On deadline pages: while a calendar change's recompute runs, the figures shown may not be up to date yet. */
export function RecomputeNotice() {
  const { data } = useActiveRecomputes()
  if (!data?.message) return null
  return (
    <Alert
      role="status"
      aria-live="polite"
      color="yellow"
      variant="light"
      icon={<IconRefresh size={18} />}
      py="xs"
      mb="xs"
      data-testid="recompute-notice"
    >
      {data.message}
    </Alert>
  )
}
