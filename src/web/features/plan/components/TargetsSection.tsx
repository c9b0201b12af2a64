import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import type { TargetComparison } from '@/domain/indicators/definition.ts'
import { TARGET_COMPARISONS } from '@/domain/indicators/definition.ts'
import type { PlanDetail, TargetView } from '@/shared/api/plan.ts'
import { errorMessage, needsSummary } from '@/web/shared/api/ApiError.ts'
import { DialogActions } from '@/web/shared/components/DialogActions.tsx'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { useCatalogue } from '@/web/features/indicators/hooks/useIndicators.ts'
import { TARGET_COMPARISON_LABELS } from '@/web/features/indicators/utils/indicatorFormat.ts'
import { recordsSearchFor } from '@/web/features/indicators/utils/indicatorsSearch.ts'
import { statisticsYearKey } from '@/web/features/indicators/utils/periods.ts'
import { useCurrentUnit } from '@/web/features/units/hooks/useCurrentUnit.ts'
import { deleteTarget, saveTarget } from '../api/planApi.ts'
import { usePlanMutation } from '../hooks/usePlans.ts'
import { numberOrNull, orUndefined, useApiForm } from '../utils/apiForm.ts'
import { HEALTH_COLORS, TARGET_HEALTH_LABELS } from '../utils/planFormat.ts'

/** Targets at a glance: health colour, actual, requirement, pace and forecast (issue 13 item 5). */
export function TargetsSection({ plan, editable }: { plan: PlanDetail; editable: boolean }) {
  const [editing, setEditing] = useState<TargetView | 'new' | null>(null)
  const remove = usePlanMutation((targetId: number) => deleteTarget(plan.id, targetId))

  return (
    <Paper withBorder radius="md" p="lg" data-testid="plan-targets">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Chỉ tiêu
        </Title>
        {editable ? (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => setEditing('new')}
            className="plan-no-print"
            data-testid="add-target"
          >
            Thêm chỉ tiêu
          </Button>
        ) : null}
      </Group>
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      {plan.targets.length === 0 ? (
        <Text size="sm" c="dimmed">
          Kế hoạch chưa có chỉ tiêu.
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {plan.targets.map((t) => (
          <Card
            key={t.id}
            withBorder
            radius="md"
            padding="sm"
            data-testid="plan-target"
            data-code={t.indicatorCode ?? ''}
            style={{ borderLeft: `4px solid var(--mantine-color-${HEALTH_COLORS[t.health]}-6)` }}
          >
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <Text size="sm" fw={600} className="plan-wrap">
                {t.position}. {t.name}
              </Text>
              <Badge color={HEALTH_COLORS[t.health]} variant="light" data-testid="target-health" data-health={t.health}>
                {TARGET_HEALTH_LABELS[t.health]}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed">
              {t.scopeUnitName}
            </Text>
            <Text size="sm" mt={4}>
              Yêu cầu: {t.requirement}
            </Text>
            <Text size="sm" data-testid="target-actual">
              Thực hiện:{' '}
              {t.indicatorCode ? (
                <RouterAnchor
                  to="/chi-tieu/ho-so"
                  search={recordsSearchFor({
                    unitId: t.scopeUnitId,
                    code: t.indicatorCode,
                    part: 'numerator',
                    period: statisticsYearKey(plan.year),
                  })}
                  data-testid="target-records"
                >
                  {t.actualText}
                </RouterAnchor>
              ) : (
                t.actualText
              )}
            </Text>
            {t.paceText ? (
              <Text size="xs" c="dimmed" className="plan-wrap">
                {t.paceText}
              </Text>
            ) : null}
            {t.forecastText ? (
              <Text size="xs" className="plan-wrap">
                {t.forecastText}
              </Text>
            ) : null}
            {t.reportedEvidence ? (
              <Text size="xs" c="dimmed" className="plan-wrap">
                Minh chứng: {t.reportedEvidence}
              </Text>
            ) : null}
            {editable ? (
              <Group gap={4} mt={4} justify="flex-end" className="plan-no-print">
                <ActionIcon variant="subtle" aria-label="Sửa chỉ tiêu" onClick={() => setEditing(t)}>
                  <IconPencil size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label="Xóa chỉ tiêu"
                  loading={remove.isPending && remove.variables === t.id}
                  onClick={() => {
                    if (window.confirm(`Xóa chỉ tiêu "${t.name}"?`)) remove.mutate(t.id)
                  }}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ) : null}
          </Card>
        ))}
      </SimpleGrid>
      {editing ? (
        <TargetDialog plan={plan} target={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </Paper>
  )
}

type TargetValues = {
  kind: 'indicator' | 'free'
  indicatorCode: string | null
  comparison: TargetComparison
  value: number | string
  scopeUnitId: string | null
  name: string
  unitOfMeasure: string
}

function TargetDialog({ plan, target, onClose }: { plan: PlanDetail; target: TargetView | null; onClose: () => void }) {
  const { scopeUnits } = useCurrentUnit()
  const catalogue = useCatalogue()
  const form = useApiForm<TargetValues>({
    kind: target && target.indicatorCode === null ? 'free' : 'indicator',
    indicatorCode: target?.indicatorCode ?? null,
    comparison: target?.comparison ?? '>=',
    value: target?.value ?? '',
    scopeUnitId: String(target?.scopeUnitId ?? plan.unitId),
    name: target?.indicatorCode === null ? target.name : '',
    unitOfMeasure: target?.unitOfMeasure ?? '',
  })
  const { values, set, errors } = form
  const save = usePlanMutation(() =>
    saveTarget(plan.id, target?.id ?? null, {
      indicatorCode: values.kind === 'indicator' ? values.indicatorCode : null,
      comparison: values.comparison,
      value: numberOrNull(values.value),
      scopeUnitId: values.scopeUnitId ? Number(values.scopeUnitId) : null,
      name: values.kind === 'free' ? orUndefined(values.name) : undefined,
      unitOfMeasure: values.kind === 'free' ? orUndefined(values.unitOfMeasure) : undefined,
    }),
  )
  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    if (await form.run(() => save.mutateAsync(undefined))) onClose()
  }
  return (
    <Modal opened onClose={onClose} title={target ? 'Sửa chỉ tiêu' : 'Thêm chỉ tiêu'} size="lg">
      <form onSubmit={submit} data-testid="target-form">
        <Stack gap="sm">
          {form.failure && needsSummary(form.failure) ? (
            <Alert color="red" role="alert">
              {errorMessage(form.failure)}
            </Alert>
          ) : null}
          <Select
            label="Loại chỉ tiêu"
            data={[
              { value: 'indicator', label: 'Gắn với chỉ tiêu của hệ thống' },
              { value: 'free', label: 'Chỉ tiêu tự xác định (báo cáo số liệu)' },
            ]}
            value={values.kind}
            onChange={(v) => v && set('kind', v as TargetValues['kind'])}
          />
          {values.kind === 'indicator' ? (
            <Select
              label="Chỉ tiêu"
              required
              searchable
              data={(catalogue.data?.items ?? []).map((i) => ({ value: i.code, label: i.name }))}
              value={values.indicatorCode}
              onChange={(v) => set('indicatorCode', v)}
              error={errors.indicatorCode}
            />
          ) : (
            <>
              <TextInput
                label="Tên chỉ tiêu"
                required
                value={values.name}
                onChange={(e) => set('name', e.currentTarget.value)}
                error={errors.name}
              />
              <TextInput
                label="Đơn vị tính"
                value={values.unitOfMeasure}
                onChange={(e) => set('unitOfMeasure', e.currentTarget.value)}
                error={errors.unitOfMeasure}
              />
            </>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="So sánh"
              data={TARGET_COMPARISONS.map((c) => ({ value: c, label: TARGET_COMPARISON_LABELS[c] }))}
              value={values.comparison}
              onChange={(v) => v && set('comparison', v as TargetComparison)}
              error={errors.comparison}
            />
            <NumberInput
              label="Giá trị"
              value={values.value}
              onChange={(v) => set('value', v)}
              error={errors.value}
              min={0}
              decimalSeparator=","
              thousandSeparator="."
            />
          </SimpleGrid>
          <Select
            label="Phạm vi đơn vị"
            searchable
            data={scopeUnits.map((s) => ({ value: String(s.unit.id), label: s.unit.name }))}
            value={values.scopeUnitId}
            onChange={(v) => set('scopeUnitId', v)}
            error={errors.scopeUnitId}
          />
          <DialogActions onCancel={onClose} confirmLabel="Lưu" pending={save.isPending} testId="target-save" />
        </Stack>
      </form>
    </Modal>
  )
}
