import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { formatDateTime } from '@/shared/format.ts'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { ForbiddenPage } from '@/web/shared/components/ForbiddenNotice.tsx'
import { LoadingState } from '@/web/shared/components/LoadingState.tsx'
import { PageHeader } from '@/web/shared/components/PageHeader.tsx'
import { JOBS_REFRESH_MS, useBackgroundJobs } from '../hooks/useBackgroundJobs.ts'
import { JOB_STATE_COLORS, retryText, scheduleText } from '../utils/jobDisplay.ts'

const LIMIT = 100
const TITLE = 'Tác vụ nền'

/**
 * The job queue for administrators (GET /api/jobs, any administrator: the queue holds names,
 * times and errors, never a unit's records): the periodic schedules, then the latest jobs with
 * their state, retries and, for a failed one, the error. Refreshed every few seconds.
 */
export function JobsPage() {
  const me = useMe()
  if (!me.can.manageUnits) return <ForbiddenPage title={TITLE} what="xem các tác vụ nền" />
  return <JobsView />
}

function JobsView() {
  const { data, error, isPending, refetch } = useBackgroundJobs(LIMIT)
  return (
    <>
      <PageHeader
        title={TITLE}
        description={`Các việc máy chủ chạy ngầm: tính lại thời hạn, bản tin thời hạn, số liệu chỉ tiêu, dọn phiên đăng nhập. Tự cập nhật mỗi ${JOBS_REFRESH_MS / 1000} giây.`}
      />
      <Stack gap="lg">
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {isPending && !data ? <LoadingState /> : null}
        {data ? (
          <Paper withBorder radius="md" p="md">
            <Title order={2} size="h4" mb="sm">
              Lịch chạy định kỳ
            </Title>
            {data.schedules.length === 0 ? (
              <Text size="sm" c="dimmed">
                Máy chủ này không chạy tác vụ định kỳ nào.
              </Text>
            ) : null}
            <Table data-testid="job-schedules" striped hidden={data.schedules.length === 0}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Tác vụ</Table.Th>
                  <Table.Th>Lịch (giờ Việt Nam)</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.schedules.map((s) => (
                  <Table.Tr key={s.name}>
                    <Table.Td>{s.label}</Table.Td>
                    <Table.Td>
                      {scheduleText(s.cron)}{' '}
                      <Text span size="xs" c="dimmed" ff="monospace">
                        ({s.cron})
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        ) : null}
        {data ? (
          <Paper withBorder radius="md" p="md">
            <Title order={2} size="h4" mb="sm">
              Tác vụ gần đây
            </Title>
            {data.items.length === 0 ? (
              <Text c="dimmed" ta="center" py="xl" data-testid="jobs-empty">
                Chưa có tác vụ nào.
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={800}>
                <Table data-testid="jobs-table" verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Tác vụ</Table.Th>
                      <Table.Th>Trạng thái</Table.Th>
                      <Table.Th>Lần chạy lại</Table.Th>
                      <Table.Th>Tạo lúc</Table.Th>
                      <Table.Th>Bắt đầu</Table.Th>
                      <Table.Th>Kết thúc</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((job) => (
                      <Table.Tr key={job.id} data-testid="job-row" data-state={job.state}>
                        <Table.Td>
                          <Text size="sm">{job.label}</Text>
                          {job.error ? (
                            <Text size="xs" c="red.8" data-testid="job-error">
                              Lỗi: {job.error}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td>
                          <Badge variant="light" color={JOB_STATE_COLORS[job.state]}>
                            {job.stateLabel}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{retryText(job)}</Table.Td>
                        <Table.Td>{formatDateTime(job.createdAt)}</Table.Td>
                        <Table.Td>{formatDateTime(job.startedAt)}</Table.Td>
                        <Table.Td>{formatDateTime(job.completedAt)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Paper>
        ) : null}
      </Stack>
    </>
  )
}
