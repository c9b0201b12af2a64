import { useState } from 'react'
import { Alert, Badge, Button, Group, Modal, Stack, Table, Text, Title, Tooltip } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconLock } from '@tabler/icons-react'
import { formatDate, formatDateTime } from '@/shared/format.ts'
import { todayInVietnam } from '@/web/features/deadlines/utils/deadlineTone.ts'
import { errorMessage } from '@/web/shared/api/ApiError.ts'
import { DialogActions } from '@/web/shared/components/DialogActions.tsx'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { LoadingState } from '@/web/shared/components/LoadingState.tsx'
import { useClosures } from '../hooks/useIndicators.ts'
import { useClosePeriod } from '../hooks/useIndicatorMutations.ts'

type ClosurePanelProps = {
  unit: { id: number; name: string }
  period: { key: string; label: string; to: string }
  canClose: boolean
}

/** Which of the unit and the units below have closed the period, and the statistics office's "close" action. */
export function ClosurePanel({ unit, period, canClose }: ClosurePanelProps) {
  const { data, error, isPending, refetch } = useClosures({ unitId: unit.id, period: period.key })
  const close = useClosePeriod()
  const [confirming, setConfirming] = useState(false)

  const own = data?.items.find((item) => item.unitId === unit.id)
  // The server refuses a period that has not ended yet (its last day still to come in Vietnam).
  const notEnded = period.to > todayInVietnam()
  const closedCount = data?.items.filter((item) => item.closure !== null).length ?? 0

  const dismiss = () => {
    close.reset()
    setConfirming(false)
  }

  const confirm = () =>
    close.mutate(
      { unitId: unit.id, period: period.key },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', title: 'Đã chốt số liệu', message: `${unit.name}: ${period.label}` })
          setConfirming(false)
          close.reset()
        },
      },
    )

  return (
    <Stack gap="sm" data-testid="closure-panel">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h4">
            Chốt số liệu
          </Title>
          <Text size="sm" c="dimmed">
            {period.label}
            {data ? ` · ${closedCount}/${data.items.length} đơn vị đã chốt` : ''}
          </Text>
        </Stack>
        {canClose && data && own && !own.closure ? (
          <Tooltip label="Kỳ chưa kết thúc: chỉ chốt số liệu từ ngày cuối kỳ" disabled={!notEnded}>
            <Button
              leftSection={<IconLock size={16} />}
              onClick={() => setConfirming(true)}
              disabled={notEnded}
              className="indicators-print-hide"
              data-testid="close-period"
            >
              Chốt số liệu kỳ này
            </Button>
          </Tooltip>
        ) : null}
      </Group>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {isPending ? <LoadingState /> : null}
      {data ? (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Tình trạng chốt số liệu" data-testid="closure-table" verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Đơn vị</Table.Th>
                <Table.Th scope="col" miw={110}>
                  Tình trạng
                </Table.Th>
                <Table.Th scope="col">Số liệu tính đến ngày</Table.Th>
                <Table.Th scope="col">Người chốt, thời điểm</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((item) => (
                <Table.Tr
                  key={item.unitId}
                  data-testid="closure-row"
                  data-unit-id={item.unitId}
                  data-closed={item.closure ? 'true' : 'false'}
                >
                  <Table.Td>
                    <Text size="sm" fw={item.unitId === unit.id ? 700 : 400}>
                      {item.name}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {item.closure ? (
                      <Badge color="green" variant="light" leftSection={<IconLock size={12} />}>
                        Đã chốt
                      </Badge>
                    ) : (
                      <Badge color="gray" variant="outline">
                        Chưa chốt
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td className="tabular">{item.closure ? formatDate(item.closure.asOf) : '—'}</Table.Td>
                  <Table.Td>
                    {item.closure ? (
                      <Text size="sm">
                        {item.closure.closedBy}, {formatDateTime(item.closure.closedAt)}
                      </Text>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}

      <Modal opened={confirming} onClose={dismiss} title="Chốt số liệu kỳ này" centered>
        <Stack gap="md" data-testid="close-period-confirm">
          {close.isError ? (
            <Alert
              role="alert"
              color="red"
              variant="light"
              title="Không chốt được số liệu"
              data-testid="close-period-error"
            >
              {errorMessage(close.error)}
            </Alert>
          ) : null}
          <Text size="sm">
            Chốt số liệu <b>{period.label}</b> của <b>{unit.name}</b>? Số liệu tại thời điểm chốt trở thành số đã báo
            cáo; các thay đổi sau đó được ghi nhận là chênh lệch so với số đã báo cáo.
          </Text>
          <DialogActions
            onCancel={dismiss}
            confirmLabel="Chốt số liệu"
            pending={close.isPending}
            onConfirm={confirm}
            testId="close-period-confirm-button"
          />
        </Stack>
      </Modal>
    </Stack>
  )
}
