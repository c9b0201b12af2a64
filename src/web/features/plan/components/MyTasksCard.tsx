import { Badge, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { useMyTasks } from '../hooks/usePlans.ts'
import { TASK_STATE_COLORS, TASK_STATE_LABELS } from '../utils/planFormat.ts'

/** "Nhiệm vụ của tôi": the plan tasks assigned to me, beside my deadlines (issue 13 item 4). */
export function MyTasksCard() {
  const { data, error } = useMyTasks()
  return (
    <Paper withBorder radius="md" p="lg" data-testid="my-tasks">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Nhiệm vụ của tôi
        </Title>
        <RouterAnchor to="/ke-hoach" size="sm">
          Kế hoạch công tác
        </RouterAnchor>
      </Group>
      {error ? <ErrorAlert error={error} /> : null}
      {!data && !error ? <Skeleton h={60} /> : null}
      {data && data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Bạn chưa được giao nhiệm vụ nào trong kế hoạch công tác.
        </Text>
      ) : null}
      <Stack gap={6}>
        {data?.items.map((task) => (
          <Group key={task.id} justify="space-between" wrap="nowrap" gap="sm" data-testid="my-task">
            <div style={{ minWidth: 0 }}>
              <RouterAnchor to="/ke-hoach/$planId" params={{ planId: String(task.planId) }} size="sm" fw={500}>
                {task.position}. {task.title}
              </RouterAnchor>
              <Text size="xs" c="dimmed" truncate>
                {task.planUnitName} · {task.planTitle} · {task.deadlineText}
              </Text>
            </div>
            <Badge color={TASK_STATE_COLORS[task.state]} variant="light" style={{ flexShrink: 0 }}>
              {TASK_STATE_LABELS[task.state]}
            </Badge>
          </Group>
        ))}
      </Stack>
    </Paper>
  )
}
