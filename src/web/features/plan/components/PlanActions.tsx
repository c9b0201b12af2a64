import { Alert, Button, Group, List, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { useNavigate } from '@tanstack/react-router'
import { useState } from 'react'
import type { PlanApprover } from '@/domain/plan/vocabulary.ts'
import type { PlanDetail } from '@/shared/api/plan.ts'
import { errorMessage, needsSummary } from '@/web/shared/api/ApiError.ts'
import { DialogActions } from '@/web/shared/components/DialogActions.tsx'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { VnDateInput } from '@/web/shared/components/VnDateInput.tsx'
import { amendPlan, transitionPlan } from '../api/planApi.ts'
import { useCascade, usePlanMutation } from '../hooks/usePlans.ts'
import { useApiForm } from '../utils/apiForm.ts'
import { PLAN_APPROVER_LABELS } from '../utils/planFormat.ts'

type Dialog = 'return' | 'issue' | 'amend' | null

function FailureAlert({ failure }: { failure: unknown }) {
  return failure && needsSummary(failure) ? (
    <Alert color="red" role="alert">
      {errorMessage(failure)}
    </Alert>
  ) : null
}

/** The steps of the life cycle open to the plan's managers, by status (issue 13 item 1). */
export function PlanActions({ plan }: { plan: PlanDetail }) {
  const [dialog, setDialog] = useState<Dialog>(null)
  const transition = usePlanMutation((body: Parameters<typeof transitionPlan>[1]) => transitionPlan(plan.id, body))
  // QĐ 515/2012: the violations are listed before the plan may be issued.
  const cascade = useCascade(plan.id, plan.canManage && plan.status === 'submitted')
  if (!plan.canManage) return null
  const inForce = (plan.status === 'issued' || plan.status === 'amended') && plan.amendedById === null
  const violations = cascade.data?.violations ?? []

  return (
    <Stack gap="xs" className="plan-no-print" data-testid="plan-actions">
      {transition.isError && dialog === null ? <ErrorAlert error={transition.error} /> : null}
      {plan.status === 'submitted' && violations.length > 0 ? (
        <Alert
          color="red"
          variant="light"
          title="Chỉ tiêu thấp hơn của cấp trên (QĐ 515/2012)"
          data-testid="cascade-violations"
        >
          <List size="sm">
            {violations.map((v) => (
              <List.Item key={`${v.path}-${v.message}`}>{v.message}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Group gap="xs">
        {plan.status === 'draft' ? (
          <Button
            size="sm"
            loading={transition.isPending}
            onClick={() => transition.mutate({ action: 'submit' })}
            data-testid="plan-submit"
          >
            Trình duyệt
          </Button>
        ) : null}
        {plan.status === 'submitted' ? (
          <>
            <Button size="sm" variant="default" onClick={() => setDialog('return')} data-testid="plan-return">
              Trả lại
            </Button>
            <Button size="sm" onClick={() => setDialog('issue')} data-testid="plan-issue">
              Ban hành
            </Button>
          </>
        ) : null}
        {inForce ? (
          <>
            <Button size="sm" variant="default" onClick={() => setDialog('amend')} data-testid="plan-amend">
              Điều chỉnh
            </Button>
            <Button
              size="sm"
              variant="light"
              loading={transition.isPending}
              onClick={() => transition.mutate({ action: 'review' })}
              data-testid="plan-review"
            >
              Tổng kết
            </Button>
          </>
        ) : null}
      </Group>
      {dialog === 'return' ? <ReturnDialog plan={plan} onClose={() => setDialog(null)} /> : null}
      {dialog === 'issue' ? (
        <IssueDialog plan={plan} violations={violations.length} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'amend' ? <AmendDialog plan={plan} onClose={() => setDialog(null)} /> : null}
    </Stack>
  )
}

function ReturnDialog({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  const form = useApiForm({ reason: '' })
  const save = usePlanMutation((reason: string) => transitionPlan(plan.id, { action: 'return', reason }))
  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    if (await form.run(() => save.mutateAsync(form.values.reason))) onClose()
  }
  return (
    <Modal opened onClose={onClose} title="Trả lại dự thảo">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <FailureAlert failure={form.failure} />
          <Textarea
            label="Lý do trả lại"
            required
            autosize
            minRows={3}
            value={form.values.reason}
            onChange={(e) => form.set('reason', e.currentTarget.value)}
            error={form.errors.reason}
          />
          <DialogActions onCancel={onClose} confirmLabel="Trả lại" pending={save.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}

function IssueDialog({ plan, violations, onClose }: { plan: PlanDetail; violations: number; onClose: () => void }) {
  // DOMAIN.md §8.2: the annual plan is approved by the Ủy ban kiểm sát.
  const form = useApiForm<{ approver: PlanApprover; issuedOn: string | null }>({
    approver: plan.kind === 'annual' ? 'procuracy_committee' : 'chief_procurator',
    issuedOn: null,
  })
  const save = usePlanMutation(() =>
    transitionPlan(plan.id, {
      action: 'issue',
      approver: form.values.approver,
      issuedOn: form.values.issuedOn ?? undefined,
    }),
  )
  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    if (await form.run(() => save.mutateAsync(undefined))) onClose()
  }
  return (
    <Modal opened onClose={onClose} title="Ban hành kế hoạch">
      <form onSubmit={submit} data-testid="issue-form">
        <Stack gap="sm">
          <FailureAlert failure={form.failure} />
          {violations > 0 ? (
            <Alert color="red" variant="light">
              Còn {violations} chỉ tiêu thấp hơn chỉ tiêu của cấp trên; kế hoạch chưa thể ban hành.
            </Alert>
          ) : null}
          <Text size="sm">Số, ký hiệu được cấp từ sổ văn bản đi của đơn vị khi ban hành.</Text>
          <Select
            label="Cấp phê duyệt"
            required
            data={(['chief_procurator', 'procuracy_committee'] as const).map((a) => ({
              value: a,
              label: PLAN_APPROVER_LABELS[a],
            }))}
            value={form.values.approver}
            onChange={(v) => v && form.set('approver', v as PlanApprover)}
            error={form.errors.approver}
          />
          <VnDateInput
            label="Ngày ban hành (để trống: hôm nay)"
            value={form.values.issuedOn}
            onChange={(v) => form.set('issuedOn', v)}
            error={form.errors.issuedOn}
          />
          <DialogActions onCancel={onClose} confirmLabel="Ban hành" pending={save.isPending} testId="issue-confirm" />
        </Stack>
      </form>
    </Modal>
  )
}

function AmendDialog({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  const navigate = useNavigate()
  const form = useApiForm<{ reason: string; documentNumber: string; documentDate: string | null }>({
    reason: '',
    documentNumber: '',
    documentDate: null,
  })
  const save = usePlanMutation(() =>
    amendPlan(plan.id, {
      reason: form.values.reason,
      documentNumber: form.values.documentNumber,
      documentDate: form.values.documentDate ?? '',
    }),
  )
  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    const ok = await form.run(async () => {
      const created = await save.mutateAsync(undefined)
      await navigate({ to: '/ke-hoach/$planId', params: { planId: String(created.id) } })
    })
    if (ok) onClose()
  }
  return (
    <Modal opened onClose={onClose} title="Điều chỉnh kế hoạch">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <FailureAlert failure={form.failure} />
          <Text size="sm">
            Bản điều chỉnh là một phiên bản mới, được dự thảo và phê duyệt như bản đầu; văn bản đã ban hành giữ nguyên.
          </Text>
          <Textarea
            label="Lý do điều chỉnh"
            required
            autosize
            minRows={2}
            value={form.values.reason}
            onChange={(e) => form.set('reason', e.currentTarget.value)}
            error={form.errors.reason}
          />
          <TextInput
            label="Số, ký hiệu văn bản quyết định điều chỉnh"
            required
            value={form.values.documentNumber}
            onChange={(e) => form.set('documentNumber', e.currentTarget.value)}
            error={form.errors.documentNumber}
            placeholder="15/QĐ-VKS"
          />
          <VnDateInput
            label="Ngày của văn bản"
            required
            value={form.values.documentDate}
            onChange={(v) => form.set('documentDate', v)}
            error={form.errors.documentDate}
          />
          <DialogActions onCancel={onClose} confirmLabel="Lập bản điều chỉnh" pending={save.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
