import { Badge } from '@mantine/core'
import type { Deadline } from '@/shared/api/register.ts'
import { deadlineTone } from '../utils/deadlineTone.ts'

/** "Quá hạn", "Trong 3 ngày", "Đã thực hiện trong hạn" … in the deadline's colour. */
export function DeadlineBadge({ deadline }: { deadline: Pick<Deadline, 'status' | 'urgency'> }) {
  const tone = deadlineTone(deadline)
  return (
    // As wide as its label, never cut: Mantine's label would shrink to "Trong 3 ngà…" in a narrow column.
    <Badge color={tone.color} variant={tone.variant} style={{ flexShrink: 0, minWidth: 'max-content' }}>
      {tone.label}
    </Badge>
  )
}
