import { ActionIcon, Badge, Button, Card, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import type { TaskState } from '@/domain/plan/vocabulary.ts'
import { formatDate, formatNumber } from '@/shared/format.ts'
import type { PlanDetail, TaskView } from '@/shared/api/plan.ts'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { todayInVietnam } from '@/web/features/deadlines/utils/deadlineTone.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { deleteTask } from '../api/planApi.ts'
import { usePlanMutation } from '../hooks/usePlans.ts'
import {
  groupBy,
  TASK_APPRAISAL_LABELS,
  TASK_STATE_COLORS,
  TASK_STATE_LABELS,
  TASK_STATES,
  taskUrgency,
  WORK_STREAM_LABELS,
} from '../utils/planFormat.ts'
import { AppraiseDialog, AssignDialog, ProgressDialog, ProgressHistory } from './TaskDialogs.tsx'
import { TaskFormDialog } from './TaskFormDialog.tsx'

type Grouping = 'state' | 'unit'
type Open = { kind: 'edit' | 'assign' | 'progress' | 'appraise'; task: TaskView } | { kind: 'new' } | null

/** Key tasks by state or by lead unit, what is overdue or due this week first seen (issue 13 item 7). */
export function TasksSection({ plan, editable }: { plan: PlanDetail; editable: boolean }) {
  const me = useMe()
  const today = todayInVietnam()
  const [grouping, setGrouping] = useState<Grouping>('state')
  const [open, setOpen] = useState<Open>(null)
  const remove = usePlanMutation((taskId: number) => deleteTask(plan.id, taskId))
  // The tasks of a plan in force are carried out; a draft's are only drafted.
  const inForce = (plan.status === 'issued' || plan.status === 'amended') && plan.amendedById === null
  const roles = new Set(me.user.roles.map((r) => r.role))
  const mayAssign = roles.has('head') || roles.has('leadership')
  const mayReport = mayAssign || roles.has('prosecutor')

  const urgent = plan.tasks.filter((t) => taskUrgency(t, today) !== null)
  const stateOrder = new Map<TaskState, number>(TASK_STATES.map((s, i) => [s, i]))
  const groups =
    grouping === 'state'
      ? groupBy(
          [...plan.tasks].sort((a, b) => (stateOrder.get(a.state) ?? 0) - (stateOrder.get(b.state) ?? 0)),
          (t) => TASK_STATE_LABELS[t.state],
        )
      : groupBy(
          [...plan.tasks].sort((a, b) => a.leadUnitName.localeCompare(b.leadUnitName, 'vi')),
          (t) => t.leadUnitName,
        )

  const card = (task: TaskView) => {
    const urgency = taskUrgency(task, today)
    return (
      <Card
        key={task.id}
        withBorder
        radius="md"
        padding="sm"
        data-testid="plan-task"
        data-task-id={task.id}
        data-urgency={urgency ?? ''}
        style={
          urgency
            ? { borderLeft: `4px solid var(--mantine-color-${urgency === 'overdue' ? 'red' : 'orange'}-6)` }
            : undefined
        }
      >
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text size="sm" fw={600} className="plan-wrap">
            {task.position}. {task.title}
          </Text>
          <Badge color={TASK_STATE_COLORS[task.state]} variant="light" data-testid="task-state" data-state={task.state}>
            {TASK_STATE_LABELS[task.state]}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed" className="plan-wrap">
          {WORK_STREAM_LABELS[task.workStream]}
        </Text>
        <Text size="sm" className="plan-wrap">
          Chủ trì: {task.leadUnitName}
          {task.supportingUnitNames.length > 0 ? ` · Phối hợp: ${task.supportingUnitNames.join(', ')}` : ''}
        </Text>
        <Text size="sm" className="plan-wrap">
          Thời hạn: {task.deadlineText}
          {task.dueOn && task.recurrence !== 'once' ? ` (kỳ tới ${formatDate(task.dueOn)})` : ''}
          {urgency === 'overdue' ? ' — quá hạn' : urgency === 'this_week' ? ' — đến hạn trong tuần' : ''}
        </Text>
        {task.product ? (
          <Text size="sm" className="plan-wrap">
            Sản phẩm: {task.product}
          </Text>
        ) : null}
        <Text size="sm" data-testid="task-assignee">
          Cán bộ được giao: {task.assigneeName ?? 'chưa giao'}
          {task.percent !== null ? ` · Tiến độ ${formatNumber(task.percent)}%` : ''}
          {task.appraisal ? ` · Thẩm định: ${TASK_APPRAISAL_LABELS[task.appraisal]}` : ''}
        </Text>
        <ProgressHistory task={task} />
        <Group gap={6} mt={6} className="plan-no-print">
          {inForce && mayAssign ? (
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => setOpen({ kind: 'assign', task })}
              data-testid="task-assign"
            >
              Giao việc
            </Button>
          ) : null}
          {inForce && mayReport ? (
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => setOpen({ kind: 'progress', task })}
              data-testid="task-report"
            >
              Báo cáo tiến độ
            </Button>
          ) : null}
          {inForce && plan.canManage ? (
            <Button
              size="compact-xs"
              variant="light"
              color="teal"
              onClick={() => setOpen({ kind: 'appraise', task })}
              data-testid="task-appraise"
            >
              Thẩm định
            </Button>
          ) : null}
          {editable ? (
            <>
              <ActionIcon variant="subtle" aria-label="Sửa nhiệm vụ" onClick={() => setOpen({ kind: 'edit', task })}>
                <IconPencil size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label="Xóa nhiệm vụ"
                onClick={() => {
                  if (window.confirm(`Xóa nhiệm vụ số ${task.position}?`)) remove.mutate(task.id)
                }}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </>
          ) : null}
        </Group>
      </Card>
    )
  }

  return (
    <Paper withBorder radius="md" p="lg" data-testid="plan-tasks">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4">
          Nhiệm vụ trọng tâm và giải pháp
        </Title>
        <Group gap="xs" className="plan-no-print">
          <SegmentedControl
            size="xs"
            value={grouping}
            onChange={(v) => setGrouping(v as Grouping)}
            data={[
              { value: 'state', label: 'Theo tình trạng' },
              { value: 'unit', label: 'Theo đơn vị chủ trì' },
            ]}
          />
          {editable ? (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() => setOpen({ kind: 'new' })}
              data-testid="add-task"
            >
              Thêm nhiệm vụ
            </Button>
          ) : null}
        </Group>
      </Group>
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      {inForce && urgent.length > 0 ? (
        <Text size="sm" c="red" fw={600} mb="sm" data-testid="tasks-urgent">
          Cần chú ý: {formatNumber(urgent.filter((t) => taskUrgency(t, today) === 'overdue').length)} nhiệm vụ quá hạn,{' '}
          {formatNumber(urgent.filter((t) => taskUrgency(t, today) === 'this_week').length)} nhiệm vụ đến hạn trong
          tuần.
        </Text>
      ) : null}
      {plan.tasks.length === 0 ? (
        <Text size="sm" c="dimmed">
          Kế hoạch chưa có nhiệm vụ.
        </Text>
      ) : null}
      <Stack gap="md">
        {groups.map(([label, tasks]) => (
          <Stack key={label} gap="xs" data-testid="task-group">
            <Text fw={600} size="sm">
              {label} ({formatNumber(tasks.length)})
            </Text>
            {tasks.map(card)}
          </Stack>
        ))}
      </Stack>
      {open?.kind === 'new' ? <TaskFormDialog plan={plan} task={null} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'edit' ? <TaskFormDialog plan={plan} task={open.task} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'assign' ? <AssignDialog plan={plan} task={open.task} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'progress' ? <ProgressDialog plan={plan} task={open.task} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'appraise' ? <AppraiseDialog plan={plan} task={open.task} onClose={() => setOpen(null)} /> : null}
    </Paper>
  )
}
