import { Badge, Tooltip } from '@mantine/core'
import { STATUS_TONES } from '../utils/indicatorFormat.ts'
import type { TargetStatus } from '../utils/indicatorFormat.ts'

type StatusBadgeProps = { status: TargetStatus /** 'Đạt chỉ tiêu (vượt 2,5 điểm %)' */; text?: string | undefined }

/** Met, at risk, missed or no target, in the colour leaders read at a glance; the server's explanation on hover. */
export function StatusBadge({ status, text }: StatusBadgeProps) {
  const tone = STATUS_TONES[status]
  const badge = (
    <Badge
      color={tone.color}
      variant={status === 'no_target' ? 'outline' : 'light'}
      data-testid="indicator-status"
      data-status={status}
      styles={{ root: { height: 'auto', paddingBlock: 2 }, label: { whiteSpace: 'normal', lineHeight: 1.3 } }}
    >
      {tone.label}
    </Badge>
  )
  return text ? (
    <Tooltip label={text} multiline maw={320}>
      {badge}
    </Tooltip>
  ) : (
    badge
  )
}
