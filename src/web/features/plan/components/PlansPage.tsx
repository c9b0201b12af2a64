import { Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { formatDate, formatNumber } from '@/shared/format.ts'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { todayInVietnam } from '@/web/features/deadlines/utils/deadlineTone.ts'
import { useCurrentUnit } from '@/web/features/units/hooks/useCurrentUnit.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { LoadingState } from '@/web/shared/components/LoadingState.tsx'
import { PageHeader } from '@/web/shared/components/PageHeader.tsx'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { usePlans } from '../hooks/usePlans.ts'
import { PLAN_KIND_LABELS } from '../utils/planFormat.ts'
import { CreatePlanModal } from './CreatePlanModal.tsx'
import { PlanStatusBadge } from './PlanStatusBadge.tsx'

/** The statistics year a day belongs to: 01/12 opens the next year (DOMAIN.md §8.1). */
const statisticsYearOf = (iso: string): number => Number(iso.slice(0, 4)) + (iso.slice(5, 7) === '12' ? 1 : 0)

/** Kế hoạch công tác: the plans of the units in reach, by year and unit. */
export function PlansPage() {
  const me = useMe()
  const { unit, scopeUnits } = useCurrentUnit()
  const [year, setYear] = useState<number>(statisticsYearOf(todayInVietnam()))
  const [unitId, setUnitId] = useState<string | null>(null)
  const [creating, setCreating] = useState(false)
  const { data, error, refetch } = usePlans({ year, unitId: unitId ? Number(unitId) : undefined })

  return (
    <>
      <PageHeader
        title="Kế hoạch công tác"
        description={`Kế hoạch công tác năm, kế hoạch chuyên đề và chương trình thực hiện của các đơn vị thuộc ${unit.name}.`}
      />
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" className="plan-no-print">
          <Group align="flex-end">
            <NumberInput
              label="Năm"
              value={year}
              onChange={(v) => typeof v === 'number' && setYear(v)}
              min={2000}
              max={2100}
              w={110}
              data-testid="plans-year"
            />
            <Select
              label="Đơn vị"
              placeholder="Tất cả đơn vị"
              clearable
              searchable
              data={scopeUnits.map((s) => ({ value: String(s.unit.id), label: s.unit.name }))}
              value={unitId}
              onChange={setUnitId}
              w={{ base: '100%', sm: 320 }}
            />
          </Group>
          {me.can.managePlans ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="create-plan">
              Lập kế hoạch
            </Button>
          ) : null}
        </Group>
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {!data && !error ? <LoadingState /> : null}
        {data && data.items.length === 0 ? <Text c="dimmed">Chưa có kế hoạch nào của năm {year}.</Text> : null}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {data?.items.map((plan) => (
            <Card key={plan.id} withBorder radius="md" data-testid="plan-card" data-plan-id={plan.id}>
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                <Text size="sm" c="dimmed">
                  {plan.unitName} · {PLAN_KIND_LABELS[plan.kind]}
                </Text>
                <PlanStatusBadge status={plan.status} />
              </Group>
              <RouterAnchor to="/ke-hoach/$planId" params={{ planId: String(plan.id) }} fw={600} mt={4}>
                {plan.numberAndCode ? `Kế hoạch số ${plan.numberAndCode}` : 'Dự thảo'}
                {plan.version > 1 ? ` (lần ${plan.version})` : ''}
              </RouterAnchor>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {plan.title}
              </Text>
              <Text size="xs" c="dimmed" mt={4}>
                {plan.issuedOn ? `Ban hành ngày ${formatDate(plan.issuedOn)} · ` : ''}
                {formatNumber(plan.targetCount)} chỉ tiêu · {formatNumber(plan.taskCount)} nhiệm vụ
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </Stack>
      {creating ? <CreatePlanModal opened onClose={() => setCreating(false)} year={year} /> : null}
    </>
  )
}
