import { useState } from 'react'
import { Accordion, Badge, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core'
import { IconArrowLeft, IconPlus } from '@tabler/icons-react'
import { MATTER_KIND_SHORT_LABELS } from '@/domain/register/matter-kinds.ts'
import type { IndicatorInfo } from '@/shared/api/indicators.ts'
import { formatDate, formatDateTime } from '@/shared/format.ts'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { todayInVietnam } from '@/web/features/deadlines/utils/deadlineTone.ts'
import { DetailRow } from '@/web/shared/components/DetailRow.tsx'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { ForbiddenPage } from '@/web/shared/components/ForbiddenNotice.tsx'
import { LoadingState } from '@/web/shared/components/LoadingState.tsx'
import { PageHeader } from '@/web/shared/components/PageHeader.tsx'
import { RouterButton } from '@/web/shared/components/RouterButton.tsx'
import { useCatalogue, useTargetHistory } from '../hooks/useIndicators.ts'
import { groupIndicators, UNIT_OF_COUNT_LABELS } from '../utils/indicatorFormat.ts'
import { TargetFormModal } from './TargetFormModal.tsx'
import { TargetText } from './TargetText.tsx'
import { WithdrawTargetModal } from './WithdrawTargetModal.tsx'

const TITLE = 'Chỉ tiêu và công thức tính'

export function IndicatorTargetsPage() {
  const me = useMe()
  if (!me.can.manageIndicators) {
    return <ForbiddenPage title={TITLE} what="quản lý chỉ tiêu nghiệp vụ" />
  }
  return <IndicatorTargetsView />
}

function IndicatorTargetsView() {
  const { data, error, isPending, refetch } = useCatalogue()
  const [opened, setOpened] = useState<string | null>(null)
  const [editing, setEditing] = useState<IndicatorInfo | null>(null)

  return (
    <>
      <PageHeader
        title={TITLE}
        description="Công thức tính (tử số, mẫu số, đơn vị tính, loại trừ) và yêu cầu của từng chỉ tiêu, kèm văn bản giao. Chỉ tiêu mới áp dụng từ ngày được chọn; số liệu của các kỳ trước vẫn so với chỉ tiêu cũ."
        actions={
          <RouterButton to="/chi-tieu" search={{}} variant="default" leftSection={<IconArrowLeft size={18} />}>
            Bảng chỉ tiêu
          </RouterButton>
        }
      />
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {isPending ? <LoadingState /> : null}
      {data ? (
        <Stack gap="lg" data-testid="indicator-catalogue">
          {groupIndicators(data.items).map((group) => (
            <Paper key={group.label} withBorder radius="md" p="md">
              <Title order={2} size="h4" mb="sm">
                {group.label}
              </Title>
              <Accordion variant="separated" value={opened} onChange={setOpened}>
                {group.items.map((indicator) => (
                  <Accordion.Item
                    key={indicator.code}
                    value={indicator.code}
                    data-testid="catalogue-item"
                    data-code={indicator.code}
                  >
                    <Accordion.Control>
                      <Group justify="space-between" wrap="nowrap" gap="sm">
                        <Stack gap={0}>
                          <Text fw={600} size="sm">
                            {indicator.name}
                          </Text>
                          <Text
                            size="xs"
                            c="dimmed"
                            title={`Mã chỉ tiêu ${indicator.code}, phiên bản công thức ${indicator.version}`}
                          >
                            Căn cứ: {indicator.legalSource}
                          </Text>
                        </Stack>
                        <TargetText target={indicator.target} />
                      </Group>
                    </Accordion.Control>
                    <Accordion.Panel>
                      <IndicatorDefinition
                        indicator={indicator}
                        open={opened === indicator.code}
                        onSetTarget={() => setEditing(indicator)}
                      />
                    </Accordion.Panel>
                  </Accordion.Item>
                ))}
              </Accordion>
            </Paper>
          ))}
        </Stack>
      ) : null}
      <TargetFormModal indicator={editing} onClose={() => setEditing(null)} />
    </>
  )
}

type IndicatorDefinitionProps = { indicator: IndicatorInfo; open: boolean; onSetTarget: () => void }

/** How the indicator is counted, its current target and the targets it had before. */
function IndicatorDefinition({ indicator, open, onSetTarget }: IndicatorDefinitionProps) {
  return (
    <Stack gap="md">
      <Table verticalSpacing={6} highlightOnHover={false} aria-label={`Công thức: ${indicator.name}`}>
        <Table.Tbody>
          <DetailRow label="Tử số">{indicator.numeratorLabel}</DetailRow>
          <DetailRow label="Mẫu số">{indicator.denominatorLabel ?? 'Không có (chỉ tiêu đếm số lượng)'}</DetailRow>
          <DetailRow label="Đơn vị tính">{UNIT_OF_COUNT_LABELS[indicator.unitOfCount]}</DetailRow>
          <DetailRow label="Loại hồ sơ">{indicator.kinds.map((k) => MATTER_KIND_SHORT_LABELS[k]).join(', ')}</DetailRow>
          <DetailRow label="Số cũ chuyển sang">
            {indicator.carriesOver
              ? 'Có: mẫu số gồm cả số chưa giải quyết của kỳ trước chuyển sang'
              : 'Không: chỉ tính số phát sinh trong kỳ'}
          </DetailRow>
          <DetailRow label="Loại trừ">{indicator.exclusions ?? 'Không'}</DetailRow>
          <DetailRow label="Chiều tốt">
            {indicator.better === 'higher' ? 'Càng cao càng tốt' : 'Càng thấp càng tốt'}
          </DetailRow>
          <DetailRow label="Căn cứ">{indicator.legalSource}</DetailRow>
          {indicator.note ? <DetailRow label="Ghi chú">{indicator.note}</DetailRow> : null}
          <DetailRow label="Công thức">
            Phiên bản {indicator.version}, áp dụng từ ngày {formatDate(indicator.effectiveFrom)}
          </DetailRow>
          <DetailRow label="Chỉ tiêu hiện hành">
            {indicator.target ? (
              <Stack gap={2}>
                <TargetText target={indicator.target} />
                <Text size="xs" c="dimmed">
                  Từ ngày {formatDate(indicator.target.effectiveFrom)} · {indicator.target.legalSource}
                  {indicator.target.note ? ` · ${indicator.target.note}` : ''}
                </Text>
              </Stack>
            ) : (
              'Chưa giao chỉ tiêu'
            )}
          </DetailRow>
        </Table.Tbody>
      </Table>
      <Group justify="space-between" align="center">
        <Title order={3} size="h5">
          Các lần giao chỉ tiêu
        </Title>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={onSetTarget} data-testid="set-target">
          Đặt chỉ tiêu mới
        </Button>
      </Group>
      <TargetHistoryTable code={indicator.code} enabled={open} />
    </Stack>
  )
}

function TargetHistoryTable({ code, enabled }: { code: string; enabled: boolean }) {
  const { data, error, isPending, refetch } = useTargetHistory(code, enabled)
  const [withdrawing, setWithdrawing] = useState<{ id: number; text: string; effectiveFrom: string } | null>(null)
  const today = todayInVietnam()
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />
  if (isPending) return <LoadingState />
  if (data.items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Chưa có lần giao chỉ tiêu nào được ghi nhận; đang dùng chỉ tiêu mặc định theo văn bản nêu trên.
      </Text>
    )
  }
  return (
    <>
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing={6} aria-label="Lịch sử chỉ tiêu" data-testid="target-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Yêu cầu</Table.Th>
              <Table.Th scope="col">Áp dụng</Table.Th>
              <Table.Th scope="col">Văn bản giao</Table.Th>
              <Table.Th scope="col">Ghi chú</Table.Th>
              <Table.Th scope="col">Ghi nhận lúc</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>Thao tác</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((item) => (
              <Table.Tr
                key={item.id}
                data-testid="target-history-row"
                data-withdrawn={item.withdrawnAt ? 'true' : undefined}
                c={item.withdrawnAt ? 'dimmed' : undefined}
              >
                <Table.Td td={item.withdrawnAt ? 'line-through' : undefined}>
                  <TargetText target={item} />
                </Table.Td>
                <Table.Td className="tabular" style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(item.effectiveFrom)} – {item.effectiveTo ? formatDate(item.effectiveTo) : 'nay'}
                  {item.withdrawnAt ? (
                    <Badge ml={6} size="xs" color="red" variant="light" data-testid="target-withdrawn">
                      Đã rút
                    </Badge>
                  ) : item.effectiveFrom > today ? (
                    <Badge ml={6} size="xs" color="blue" variant="light">
                      Sắp áp dụng
                    </Badge>
                  ) : item.effectiveTo === null || item.effectiveTo >= today ? (
                    <Badge ml={6} size="xs" color="green" variant="light">
                      Đang áp dụng
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>{item.legalSource}</Table.Td>
                <Table.Td>
                  {item.note ?? '—'}
                  {item.withdrawnAt ? (
                    <Text size="xs" c="red.8" data-testid="target-withdrawal-reason">
                      Rút lúc {formatDateTime(item.withdrawnAt)}
                      {item.withdrawnByName ? ` bởi ${item.withdrawnByName}` : ''}: {item.withdrawalReason}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td className="tabular" style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(item.createdAt)}
                </Table.Td>
                <Table.Td>
                  {item.withdrawnAt ? null : (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      // Quiet on every row, as 'Hủy' on the timeline: the dialog it opens warns (issue 12, item 15).
                      color="gray"
                      onClick={() => setWithdrawing(item)}
                      data-testid="withdraw-target"
                    >
                      Rút chỉ tiêu
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <WithdrawTargetModal target={withdrawing} onClose={() => setWithdrawing(null)} />
    </>
  )
}
