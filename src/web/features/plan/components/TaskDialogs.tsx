import {
  ActionIcon,
  Alert,
  Anchor,
  Checkbox,
  Collapse,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  UnstyledButton,
} from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { TaskAppraisal } from '@/domain/plan/vocabulary.ts'
import { formatDate, formatNumber } from '@/shared/format.ts'
import type { PlanDetail, TaskView } from '@/shared/api/plan.ts'
import { errorMessage, needsSummary } from '@/web/shared/api/ApiError.ts'
import { DialogActions } from '@/web/shared/components/DialogActions.tsx'
import { VnDateInput } from '@/web/shared/components/VnDateInput.tsx'
import { fetchPeople } from '@/web/features/people/api/peopleApi.ts'
import { appraiseTask, assignTask, reportProgress } from '../api/planApi.ts'
import { usePlanMutation } from '../hooks/usePlans.ts'
import { numberOrNull, orUndefined, useApiForm } from '../utils/apiForm.ts'
import { TASK_APPRAISAL_LABELS } from '../utils/planFormat.ts'

function FailureAlert({ failure }: { failure: unknown }) {
  return failure && needsSummary(failure) ? (
    <Alert color="red" role="alert">
      {errorMessage(failure)}
    </Alert>
  ) : null
}

/** Giao việc: the head of the lead unit picks a person of that unit (issue 13 item 4). */
export function AssignDialog({ plan, task, onClose }: { plan: PlanDetail; task: TaskView; onClose: () => void }) {
  const people = useQuery({
    queryKey: ['people', { unitId: task.leadUnitId, subtree: true, active: 'true', pageSize: 200 }],
    queryFn: () => fetchPeople({ unitId: task.leadUnitId, subtree: true, active: 'true', pageSize: 200 }),
  })
  const form = useApiForm<{ assigneeId: string | null }>({
    assigneeId: task.assigneeId ? String(task.assigneeId) : null,
  })
  const save = usePlanMutation(() => assignTask(plan.id, task.id, Number(form.values.assigneeId ?? 0)))
  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    if (await form.run(() => save.mutateAsync(undefined))) onClose()
  }
  return (
    <Modal opened onClose={onClose} title={`Giao việc – nhiệm vụ số ${task.position}`}>
      <form onSubmit={submit} data-testid="assign-form">
        <Stack gap="sm">
          <FailureAlert failure={form.failure} />
          <Text size="sm">Đơn vị chủ trì: {task.leadUnitName}</Text>
          <Select
            label="Cán bộ được giao"
            required
            searchable
            data={(people.data?.items ?? []).map((p) => ({
              value: String(p.id),
              label: `${p.fullName} – ${p.unitName}`,
            }))}
            value={form.values.assigneeId}
            onChange={(v) => form.set('assigneeId', v)}
            error={form.errors.assigneeId}
            nothingFoundMessage="Không có cán bộ"
            data-testid="assign-person"
          />
          <DialogActions onCancel={onClose} confirmLabel="Giao việc" pending={save.isPending} testId="assign-confirm" />
        </Stack>
      </form>
    </Modal>
  )
}

type Link = { ref: string; label: string }
type ProgressValues = {
  note: string
  percent: number | string
  completed: boolean
  completedOn: string | null
  evidence: Link[]
  paused: boolean
  pausedDocument: string
  notCarriedOut: boolean
  notCarriedOutReason: string
}

/** Báo cáo tiến độ: the lead unit's report, with its evidence; a completion awaits the owner's appraisal. */
export function ProgressDialog({ plan, task, onClose }: { plan: PlanDetail; task: TaskView; onClose: () => void }) {
  const form = useApiForm<ProgressValues>({
    note: '',
    percent: task.percent ?? '',
    completed: false,
    completedOn: null,
    evidence: [],
    paused: false,
    pausedDocument: '',
    notCarriedOut: false,
    notCarriedOutReason: '',
  })
  const { values, set, errors } = form
  const save = usePlanMutation(() =>
    reportProgress(plan.id, task.id, {
      note: values.note,
      percent: numberOrNull(values.percent),
      occurrenceDue: task.recurrence !== 'once' ? task.dueOn : undefined,
      completedOn: values.completed ? values.completedOn : null,
      evidence: values.evidence
        .filter((l) => l.ref.trim() !== '')
        .map((l) => ({ kind: 'link' as const, ref: l.ref, label: l.label })),
      paused: values.paused,
      pausedDocument: values.paused ? (orUndefined(values.pausedDocument) ?? null) : null,
      notCarriedOutReason: values.notCarriedOut ? (orUndefined(values.notCarriedOutReason) ?? null) : null,
    }),
  )
  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    if (await form.run(() => save.mutateAsync(undefined))) onClose()
  }
  const setLink = (i: number, patch: Partial<Link>) =>
    set(
      'evidence',
      values.evidence.map((l, j) => (j === i ? { ...l, ...patch } : l)),
    )
  return (
    <Modal opened onClose={onClose} title={`Báo cáo tiến độ – nhiệm vụ số ${task.position}`} size="lg">
      <form onSubmit={submit} data-testid="progress-form">
        <Stack gap="sm">
          <FailureAlert failure={form.failure} />
          <Textarea
            label="Nội dung báo cáo"
            required
            autosize
            minRows={3}
            value={values.note}
            onChange={(e) => set('note', e.currentTarget.value)}
            error={errors.note}
            data-testid="progress-note"
          />
          <NumberInput
            label="Tỷ lệ hoàn thành (%)"
            min={0}
            max={100}
            value={values.percent}
            onChange={(v) => set('percent', v)}
            error={errors.percent}
            data-testid="progress-percent"
          />
          <Checkbox
            label="Đã hoàn thành"
            checked={values.completed}
            onChange={(e) => set('completed', e.currentTarget.checked)}
            data-testid="progress-completed"
          />
          {values.completed ? (
            <VnDateInput
              label="Ngày hoàn thành"
              required
              value={values.completedOn}
              onChange={(v) => set('completedOn', v)}
              error={errors.completedOn}
              data-testid="progress-completed-on"
            />
          ) : null}
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Minh chứng (đường dẫn, số văn bản)
            </Text>
            {values.evidence.map((link, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
              <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
                <TextInput
                  placeholder="Đường dẫn hoặc số văn bản"
                  value={link.ref}
                  onChange={(e) => setLink(i, { ref: e.currentTarget.value })}
                  error={errors[`evidence.${i}.ref`]}
                  style={{ flex: 2, minWidth: 0 }}
                />
                <TextInput
                  placeholder="Mô tả"
                  value={link.label}
                  onChange={(e) => setLink(i, { label: e.currentTarget.value })}
                  error={errors[`evidence.${i}.label`]}
                  style={{ flex: 1, minWidth: 0 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label="Bỏ minh chứng"
                  onClick={() =>
                    set(
                      'evidence',
                      values.evidence.filter((_, j) => j !== i),
                    )
                  }
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => set('evidence', [...values.evidence, { ref: '', label: '' }])}
            >
              <Group gap={4}>
                <IconPlus size={14} /> Thêm minh chứng
              </Group>
            </Anchor>
          </Stack>
          <Checkbox
            label="Tạm dừng / điều chỉnh"
            checked={values.paused}
            onChange={(e) => set('paused', e.currentTarget.checked)}
          />
          {values.paused ? (
            <TextInput
              label="Văn bản điều chỉnh"
              value={values.pausedDocument}
              onChange={(e) => set('pausedDocument', e.currentTarget.value)}
              error={errors.pausedDocument}
            />
          ) : null}
          <Checkbox
            label="Không thực hiện"
            checked={values.notCarriedOut}
            onChange={(e) => set('notCarriedOut', e.currentTarget.checked)}
          />
          {values.notCarriedOut ? (
            <Textarea
              label="Lý do không thực hiện"
              autosize
              value={values.notCarriedOutReason}
              onChange={(e) => set('notCarriedOutReason', e.currentTarget.value)}
              error={errors.notCarriedOutReason}
            />
          ) : null}
          <DialogActions
            onCancel={onClose}
            confirmLabel="Gửi báo cáo"
            pending={save.isPending}
            testId="progress-save"
          />
        </Stack>
      </form>
    </Modal>
  )
}

/** Thẩm định: the plan owner confirms a completion, or not, with a note. */
export function AppraiseDialog({ plan, task, onClose }: { plan: PlanDetail; task: TaskView; onClose: () => void }) {
  const form = useApiForm<{ appraisal: TaskAppraisal | null; note: string }>({ appraisal: null, note: '' })
  const save = usePlanMutation(() =>
    appraiseTask(plan.id, task.id, {
      appraisal: form.values.appraisal as TaskAppraisal,
      note: orUndefined(form.values.note),
      occurrenceDue: task.recurrence !== 'once' ? task.dueOn : undefined,
    }),
  )
  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    if (await form.run(() => save.mutateAsync(undefined))) onClose()
  }
  return (
    <Modal opened onClose={onClose} title={`Thẩm định – nhiệm vụ số ${task.position}`}>
      <form onSubmit={submit} data-testid="appraise-form">
        <Stack gap="sm">
          <FailureAlert failure={form.failure} />
          <Select
            label="Kết quả thẩm định"
            required
            data={(['passed', 'not_passed'] as const).map((a) => ({ value: a, label: TASK_APPRAISAL_LABELS[a] }))}
            value={form.values.appraisal}
            onChange={(v) => form.set('appraisal', v as TaskAppraisal | null)}
            error={form.errors.appraisal}
            data-testid="appraise-result"
          />
          <Textarea
            label="Nhận xét"
            autosize
            value={form.values.note}
            onChange={(e) => form.set('note', e.currentTarget.value)}
            error={form.errors.note}
          />
          <DialogActions
            onCancel={onClose}
            confirmLabel="Thẩm định"
            pending={save.isPending}
            testId="appraise-confirm"
          />
        </Stack>
      </form>
    </Modal>
  )
}

/** The reports on a task, newest first, folded away until asked for. */
export function ProgressHistory({ task }: { task: TaskView }) {
  const [opened, setOpened] = useState(false)
  if (task.progress.length === 0) return null
  return (
    <Stack gap={2} mt={4}>
      <UnstyledButton onClick={() => setOpened((o) => !o)} className="plan-no-print">
        <Text size="xs" c="blue">
          {opened ? 'Ẩn' : 'Xem'} quá trình thực hiện ({formatNumber(task.progress.length)} báo cáo)
        </Text>
      </UnstyledButton>
      <Collapse in={opened}>
        <Stack gap={4} data-testid="progress-history">
          {task.progress.map((p) => (
            <Text key={p.id} size="xs" className="plan-wrap">
              {formatDate(p.reportedOn)} · {p.reportedByName}: {p.note}
              {p.percent !== null ? ` (${formatNumber(p.percent)}%)` : ''}
              {p.completedOn ? ` · hoàn thành ngày ${formatDate(p.completedOn)}` : ''}
              {p.paused ? ` · tạm dừng${p.pausedDocument ? ` theo ${p.pausedDocument}` : ''}` : ''}
              {p.notCarriedOutReason ? ` · không thực hiện: ${p.notCarriedOutReason}` : ''}
              {p.evidence.length > 0 ? ` · minh chứng: ${p.evidence.map((e) => e.label || e.ref).join('; ')}` : ''}
              {p.appraisal
                ? ` · thẩm định: ${TASK_APPRAISAL_LABELS[p.appraisal]}${p.appraisalNote ? ` (${p.appraisalNote})` : ''}`
                : ''}
            </Text>
          ))}
        </Stack>
      </Collapse>
    </Stack>
  )
}
