import type { Ref } from 'react'
import { Alert, Progress, Table, Text } from '@mantine/core'
import { IconCalendarDue } from '@tabler/icons-react'
import { formatNumber } from '@/shared/format.ts'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { useCalendarRecompute } from '../hooks/useCalendarRecompute.ts'
import type { CalendarChange } from '../utils/calendarChange.ts'
import { describeChange } from '../utils/calendarChange.ts'
import { movedRange } from '../utils/calendarDays.ts'
import classes from './Calendar.module.css'

type MovedDeadlinesPanelProps = { change: CalendarChange; onClose: () => void; ref?: Ref<HTMLDivElement> }

/**
 * After a change of the official calendar: the background recompute's progress (queued, n of N
 * matters, done at HH:mm, failed with the error), then every deadline whose end moved, or that none did.
 */
export function MovedDeadlinesPanel({ change, onClose, ref }: MovedDeadlinesPanelProps) {
  const recompute = useCalendarRecompute(change.recompute?.jobId ?? null)
  const status = recompute.data
  const pending = change.recompute !== null && status?.status !== 'done'
  // The job keeps the first moves; `moved` counts them all.
  const moved = change.recompute ? (status?.status === 'done' ? status.moves : []) : change.moved
  const movedCount = change.recompute ? (status?.moved ?? 0) : change.moved.length
  return (
    <Alert
      ref={ref}
      role="status"
      aria-live="polite"
      color={status?.status === 'failed' ? 'red' : moved.length > 0 ? 'yellow' : 'blue'}
      variant="light"
      icon={<IconCalendarDue size={20} />}
      title={
        pending && status?.status !== 'failed'
          ? 'Đang tính lại các thời hạn theo lịch nghỉ mới'
          : 'Các thời hạn đã thay đổi do lịch nghỉ'
      }
      withCloseButton
      closeButtonLabel="Ẩn thông báo"
      onClose={onClose}
      className={classes.noPrint}
      data-testid="calendar-moved"
      data-count={movedCount}
      data-status={status?.status ?? (change.recompute ? 'queued' : 'done')}
    >
      <Text size="sm" mb={moved.length > 0 || change.recompute ? 'xs' : 0}>
        {describeChange(change)}
      </Text>
      {change.recompute ? (
        <Text size="sm" fw={600} mb={moved.length > 0 || pending ? 'xs' : 0} data-testid="calendar-recompute-status">
          {status?.message ?? change.recompute.message}
        </Text>
      ) : null}
      {pending && status?.status !== 'failed' ? (
        <Progress
          value={status && status.matters > 0 ? (100 * status.done) / status.matters : 0}
          size="sm"
          animated
          aria-label="Tiến độ tính lại thời hạn"
        />
      ) : null}
      {pending ? null : moved.length === 0 ? (
        <Text size="sm" fw={600} data-testid="calendar-moved-none">
          Không có thời hạn nào bị ảnh hưởng.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label="Các thời hạn đã thay đổi" withRowBorders verticalSpacing={6} highlightOnHover={false}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Số vụ việc</Table.Th>
                <Table.Th scope="col">Thời hạn</Table.Th>
                <Table.Th scope="col">Hạn cũ → hạn mới</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {moved.map((m) => {
                const range = movedRange(m)
                return (
                  <Table.Tr
                    key={`${m.matterId}-${m.ruleCode}-${m.from ?? ''}`}
                    data-testid="calendar-moved-row"
                    data-matter-id={m.matterId}
                  >
                    <Table.Td>
                      <RouterAnchor
                        to="/so-thu-ly/$matterId"
                        params={{ matterId: String(m.matterId) }}
                        fw={600}
                        size="sm"
                      >
                        {m.matterNumber}
                      </RouterAnchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{m.ruleName}</Text>
                    </Table.Td>
                    <Table.Td className="tabular" style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm" span c="dimmed">
                        {range.from}
                      </Text>
                      <Text size="sm" span aria-label="đổi thành">
                        {' → '}
                      </Text>
                      <Text size="sm" span fw={700}>
                        {range.to}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {!pending && movedCount > moved.length ? (
        <Text size="sm" c="dimmed" mt="xs">
          Và {formatNumber(movedCount - moved.length)} thời hạn khác (bảng chỉ liệt kê {formatNumber(moved.length)} thời
          hạn đầu).
        </Text>
      ) : null}
    </Alert>
  )
}
