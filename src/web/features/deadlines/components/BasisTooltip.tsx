import { Text, Tooltip } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'

/** The legal basis of a deadline in one line, the whole text on hover or focus. */
export function BasisTooltip({
  basis,
  maxWidth = 280,
  lines = 1,
}: {
  basis: string
  maxWidth?: number
  lines?: number
}) {
  return (
    <Tooltip label={basis} multiline w={380} events={{ hover: true, focus: true, touch: true }}>
      <Text size="sm" c="dimmed" lineClamp={lines} maw={maxWidth} tabIndex={0} style={{ cursor: 'help' }}>
        <IconInfoCircle size={14} style={{ verticalAlign: -2, marginRight: 4 }} aria-hidden />
        {basis}
      </Text>
    </Tooltip>
  )
}
