import { Badge } from '@mantine/core'
import type { Deadline } from '@/shared/api/register.ts'
import { deadlineTone } from '../utils/deadlineTone.ts'

/** "Quá hạn", "Trong 3 ngày", "Đã thực hiện trong hạn" … in the deadline's colour. */
export function DeadlineBadge({ deadline }: { deadline: Pick<Deadline, 'status' | 'urgency'> }) {
  const tone = deadlineTone(deadline)
  return (
    <Badge color={tone.color} variant={tone.variant} style={{ flexShrink: 0 }}>
      {tone.label}
    </Badge>
  )
}
