import { Alert, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { useNavigate } from '@tanstack/react-router'
import type { PlanKind } from '@/domain/plan/vocabulary.ts'
import { errorMessage, needsSummary } from '@/web/shared/api/ApiError.ts'
import { DialogActions } from '@/web/shared/components/DialogActions.tsx'
import { useCurrentUnit } from '@/web/features/units/hooks/useCurrentUnit.ts'
import { createPlan } from '../api/planApi.ts'
import { usePlanMutation, usePlans } from '../hooks/usePlans.ts'
import { orUndefined, useApiForm } from '../utils/apiForm.ts'
import { PLAN_KIND_LABELS, PLAN_KINDS } from '../utils/planFormat.ts'

type Values = {
  unitId: string | null
  year: number | string
  kind: PlanKind
  title: string
  superiorPlanId: string | null
  implementsDocuments: string
  purpose: string
  organisation: string
  signerPrefix: string
  signerTitle: string
  signerName: string
  recipients: string
}

/** "Lập kế hoạch": a new draft of a unit's plan for a statistics year. */
export function CreatePlanModal({ opened, onClose, year }: { opened: boolean; onClose: () => void; year: number }) {
  const { unit, scopeUnits } = useCurrentUnit()
  const navigate = useNavigate()
  const form = useApiForm<Values>({
    unitId: String(unit.id),
    year,
    kind: 'annual',
    title: '',
    superiorPlanId: null,
    implementsDocuments: '',
    purpose: '',
    organisation: '',
    signerPrefix: 'KT. VIỆN TRƯỞNG\nPHÓ VIỆN TRƯỞNG',
    signerTitle: '',
    signerName: '',
    recipients: '',
  })
  const { values, set, errors } = form
  const chosenUnit = scopeUnits.find((s) => String(s.unit.id) === values.unitId)?.unit
  // The superior plans: those of the units above the chosen one, for the same year.
  const superiors = usePlans({ year: Number(values.year) || undefined })
  const superiorOptions = (superiors.data?.items ?? [])
    .filter((p) => chosenUnit && p.unitId !== chosenUnit.id)
    .map((p) => ({ value: String(p.id), label: `${p.numberAndCode ?? 'Dự thảo'} – ${p.unitName}: ${p.title}` }))
  const save = usePlanMutation(createPlan)

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const ok = await form.run(async () => {
      const created = await save.mutateAsync({
        unitId: Number(values.unitId ?? 0),
        year: Number(values.year),
        kind: values.kind,
        title: values.title,
        superiorPlanId: values.superiorPlanId ? Number(values.superiorPlanId) : null,
        implementsDocuments: orUndefined(values.implementsDocuments),
        purpose: orUndefined(values.purpose),
        organisation: orUndefined(values.organisation),
        signerPrefix: orUndefined(values.signerPrefix),
        signerTitle: orUndefined(values.signerTitle),
        signerName: orUndefined(values.signerName),
        recipients: orUndefined(values.recipients),
      })
      await navigate({ to: '/ke-hoach/$planId', params: { planId: String(created.id) } })
    })
    if (ok) onClose()
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Lập kế hoạch" size="lg">
      <form onSubmit={submit} data-testid="create-plan-form">
        <Stack gap="sm">
          {form.failure && needsSummary(form.failure) ? (
            <Alert color="red" role="alert">
              {errorMessage(form.failure)}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label="Đơn vị ban hành"
              required
              data={scopeUnits.map((s) => ({ value: String(s.unit.id), label: s.unit.name }))}
              value={values.unitId}
              onChange={(v) => set('unitId', v)}
              error={errors.unitId}
              searchable
            />
            <NumberInput
              label="Năm"
              required
              value={values.year}
              onChange={(v) => set('year', v)}
              error={errors.year}
              min={2000}
              max={2100}
            />
            <Select
              label="Loại kế hoạch"
              required
              data={PLAN_KINDS.map((k) => ({ value: k, label: PLAN_KIND_LABELS[k] }))}
              value={values.kind}
              onChange={(v) => v && set('kind', v as PlanKind)}
              error={errors.kind}
            />
          </SimpleGrid>
          <Textarea
            label="Trích yếu"
            required
            autosize
            minRows={2}
            value={values.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={errors.title}
            data-testid="plan-title"
          />
          <Select
            label="Kế hoạch cấp trên được thực hiện"
            clearable
            data={superiorOptions}
            value={values.superiorPlanId}
            onChange={(v) => set('superiorPlanId', v)}
            error={errors.superiorPlanId}
          />
          <Textarea
            label="Căn cứ (văn bản được thực hiện)"
            autosize
            value={values.implementsDocuments}
            onChange={(e) => set('implementsDocuments', e.currentTarget.value)}
            error={errors.implementsDocuments}
          />
          <Textarea
            label="Mục đích, yêu cầu"
            autosize
            minRows={2}
            value={values.purpose}
            onChange={(e) => set('purpose', e.currentTarget.value)}
            error={errors.purpose}
          />
          <Textarea
            label="Tổ chức thực hiện"
            autosize
            value={values.organisation}
            onChange={(e) => set('organisation', e.currentTarget.value)}
            error={errors.organisation}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Textarea
              label="Thẩm quyền ký"
              autosize
              value={values.signerPrefix}
              onChange={(e) => set('signerPrefix', e.currentTarget.value)}
              error={errors.signerPrefix}
            />
            <TextInput
              label="Chức vụ người ký"
              value={values.signerTitle}
              onChange={(e) => set('signerTitle', e.currentTarget.value)}
              error={errors.signerTitle}
            />
            <TextInput
              label="Họ tên người ký"
              value={values.signerName}
              onChange={(e) => set('signerName', e.currentTarget.value)}
              error={errors.signerName}
            />
          </SimpleGrid>
          <Textarea
            label="Nơi nhận"
            autosize
            value={values.recipients}
            onChange={(e) => set('recipients', e.currentTarget.value)}
            error={errors.recipients}
          />
          <DialogActions
            onCancel={onClose}
            confirmLabel="Lập dự thảo"
            pending={save.isPending}
            testId="create-plan-submit"
          />
        </Stack>
      </form>
    </Modal>
  )
}
