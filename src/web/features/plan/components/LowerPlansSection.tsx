import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { useLowerPlans } from '../hooks/usePlans.ts'
import { PlanStatusBadge } from './PlanStatusBadge.tsx'

/** The lower units' programmes implementing this plan, and which units have issued theirs (issue 13 item 3). */
export function LowerPlansSection({ planId }: { planId: number }) {
  const { data, error } = useLowerPlans(planId)
  if (error) return <ErrorAlert error={error} />
  if (!data || data.units.length === 0) return null
  const issued = data.units.filter((u) => u.issued).length
  return (
    <Paper withBorder radius="md" p="lg" data-testid="lower-plans">
      <Title order={2} size="h4" mb={4}>
        Kế hoạch của đơn vị cấp dưới
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {issued}/{data.units.length} đơn vị đã ban hành kế hoạch thực hiện.
      </Text>
      <Stack gap="xs">
        {data.units.map((u) => (
          <Group key={u.unitId} justify="space-between" gap="xs" data-testid="lower-unit" data-issued={u.issued}>
            <Text size="sm" className="plan-wrap" style={{ flex: 1 }}>
              {u.unitName}
            </Text>
            {u.plans.length === 0 ? (
              <Badge color="red" variant="light">
                Chưa có kế hoạch
              </Badge>
            ) : (
              <Group gap={6}>
                {u.plans.map((p) => (
                  <Group key={p.id} gap={4}>
                    <RouterAnchor to="/ke-hoach/$planId" params={{ planId: String(p.id) }} size="sm">
                      {p.numberAndCode ?? 'Dự thảo'}
                    </RouterAnchor>
                    <PlanStatusBadge status={p.status} />
                  </Group>
                ))}
              </Group>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  )
}
