import { Alert, Modal, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Textarea } from '@mantine/core'
import type { TaskRecurrence, WorkStream } from '@/domain/plan/vocabulary.ts'
import type { PlanDetail, TaskView } from '@/shared/api/plan.ts'
import { errorMessage, needsSummary } from '@/web/shared/api/ApiError.ts'
import { DialogActions } from '@/web/shared/components/DialogActions.tsx'
import { VnDateInput } from '@/web/shared/components/VnDateInput.tsx'
import { useCurrentUnit } from '@/web/features/units/hooks/useCurrentUnit.ts'
import { saveTask } from '../api/planApi.ts'
import { usePlanMutation } from '../hooks/usePlans.ts'
import { numberOrNull, useApiForm } from '../utils/apiForm.ts'
import { TASK_RECURRENCE_LABELS, TASK_RECURRENCES, WORK_STREAM_LABELS, WORK_STREAMS } from '../utils/planFormat.ts'

type Values = {
  title: string
  workStream: WorkStream | null
  leadUnitId: string | null
  supportingUnitIds: string[]
  deadline: string | null
  recurrence: TaskRecurrence
  dueDay: number | string
  product: string
  targetIds: string[]
}

/** Adds or edits a key task of a draft (issue 13 item 2). */
export function TaskFormDialog({
  plan,
  task,
  onClose,
}: {
  plan: PlanDetail
  task: TaskView | null
  onClose: () => void
}) {
  const { scopeUnits } = useCurrentUnit()
  const units = scopeUnits.map((s) => ({ value: String(s.unit.id), label: s.unit.name }))
  const form = useApiForm<Values>({
    title: task?.title ?? '',
    workStream: task?.workStream ?? null,
    leadUnitId: task ? String(task.leadUnitId) : null,
    supportingUnitIds: (task?.supportingUnitIds ?? []).map(String),
    deadline: task?.deadline ?? null,
    recurrence: task?.recurrence ?? 'once',
    dueDay: task?.dueDay ?? '',
    product: task?.product ?? '',
    targetIds: (task?.targetIds ?? []).map(String),
  })
  const { values, set, errors } = form
  const save = usePlanMutation(() =>
    saveTask(plan.id, task?.id ?? null, {
      title: values.title,
      // An unchosen stream is sent as it is, so that the server names the field.
      workStream: values.workStream as WorkStream,
      leadUnitId: Number(values.leadUnitId ?? 0),
      supportingUnitIds: values.supportingUnitIds.map(Number),
      deadline: values.recurrence === 'once' ? values.deadline : null,
      recurrence: values.recurrence,
      dueDay: values.recurrence === 'once' ? null : numberOrNull(values.dueDay),
      product: values.product,
      targetIds: values.targetIds.map(Number),
    }),
  )
  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    if (await form.run(() => save.mutateAsync(undefined))) onClose()
  }
  return (
    <Modal opened onClose={onClose} title={task ? `Sửa nhiệm vụ số ${task.position}` : 'Thêm nhiệm vụ'} size="lg">
      <form onSubmit={submit} data-testid="task-form">
        <Stack gap="sm">
          {form.failure && needsSummary(form.failure) ? (
            <Alert color="red" role="alert">
              {errorMessage(form.failure)}
            </Alert>
          ) : null}
          <Textarea
            label="Nội dung nhiệm vụ"
            required
            autosize
            minRows={2}
            value={values.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={errors.title}
          />
          <Select
            label="Khâu công tác"
            required
            data={WORK_STREAMS.map((w) => ({ value: w, label: WORK_STREAM_LABELS[w] }))}
            value={values.workStream}
            onChange={(v) => set('workStream', v as WorkStream | null)}
            error={errors.workStream}
          />
          <Select
            label="Đơn vị chủ trì"
            required
            searchable
            data={units}
            value={values.leadUnitId}
            onChange={(v) => set('leadUnitId', v)}
            error={errors.leadUnitId}
          />
          <MultiSelect
            label="Đơn vị phối hợp"
            searchable
            data={units}
            value={values.supportingUnitIds}
            onChange={(v) => set('supportingUnitIds', v)}
            error={errors.supportingUnitIds}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Thời hạn"
              data={TASK_RECURRENCES.map((r) => ({ value: r, label: TASK_RECURRENCE_LABELS[r] }))}
              value={values.recurrence}
              onChange={(v) => v && set('recurrence', v as TaskRecurrence)}
              error={errors.recurrence}
            />
            {values.recurrence === 'once' ? (
              <VnDateInput
                label="Ngày hoàn thành"
                value={values.deadline}
                onChange={(v) => set('deadline', v)}
                error={errors.deadline}
              />
            ) : (
              <NumberInput
                label="Ngày trong tháng cuối kỳ"
                min={1}
                max={31}
                value={values.dueDay}
                onChange={(v) => set('dueDay', v)}
                error={errors.dueDay}
              />
            )}
          </SimpleGrid>
          <Textarea
            label="Sản phẩm"
            autosize
            value={values.product}
            onChange={(e) => set('product', e.currentTarget.value)}
            error={errors.product}
          />
          <MultiSelect
            label="Phục vụ chỉ tiêu"
            data={plan.targets.map((t) => ({ value: String(t.id), label: `${t.position}. ${t.name}` }))}
            value={values.targetIds}
            onChange={(v) => set('targetIds', v)}
            error={errors.targetIds}
          />
          <DialogActions onCancel={onClose} confirmLabel="Lưu" pending={save.isPending} testId="task-save" />
        </Stack>
      </form>
    </Modal>
  )
}
