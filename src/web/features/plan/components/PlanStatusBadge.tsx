import { Badge } from '@mantine/core'
import type { PlanStatus } from '@/domain/plan/vocabulary.ts'
import { PLAN_STATUS_COLORS, PLAN_STATUS_LABELS } from '../utils/planFormat.ts'

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  return (
    <Badge color={PLAN_STATUS_COLORS[status]} variant="light" data-testid="plan-status" data-status={status}>
      {PLAN_STATUS_LABELS[status]}
    </Badge>
  )
}
