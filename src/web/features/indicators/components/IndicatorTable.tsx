import { Fragment } from 'react'
import { ActionIcon, Group, Stack, Table, Text, Tooltip } from '@mantine/core'
import { IconChartLine } from '@tabler/icons-react'
import type { IndicatorInfo, IndicatorValue } from '@/shared/api/indicators.ts'
import { formatIndicatorValue, groupIndicators } from '../utils/indicatorFormat.ts'
import { FigureLink } from './FigureLink.tsx'
import { StatusBadge } from './StatusBadge.tsx'
import { TargetText } from './TargetText.tsx'

export type IndicatorRow = { info: IndicatorInfo; value: IndicatorValue }

type IndicatorTableProps = {
  rows: IndicatorRow[]
  /** Where numerators and denominators link to; null when the user may not read the records. */
  drill: { unitId: number; period: string; asOf: string } | null
  /** The period is closed for the unit: show the reported figures beside today's. */
  closed: boolean
  chartCode: string | null
  onShowChart: (code: string) => void
  busy: boolean
  /** Said instead of the change when last year is partial (partialLastYearNote); null otherwise. */
  partialNote: string | null
}

/** Every indicator of the unit for the period against its target, by group, each figure opening its records. */
export function IndicatorTable({
  rows,
  drill,
  closed,
  chartCode,
  onShowChart,
  busy,
  partialNote,
}: IndicatorTableProps) {
  const columns = closed ? 8 : 7
  return (
    <Table.ScrollContainer minWidth={closed ? 1080 : 920}>
      <Table
        aria-label="Chỉ tiêu nghiệp vụ"
        aria-busy={busy}
        data-testid="indicator-table"
        style={{ opacity: busy ? 0.6 : 1 }}
        verticalSpacing="xs"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Chỉ tiêu</Table.Th>
            <Table.Th scope="col">Yêu cầu</Table.Th>
            <Table.Th scope="col" ta="right">
              Kết quả
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Tử số
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Mẫu số
            </Table.Th>
            <Table.Th scope="col">Đánh giá</Table.Th>
            <Table.Th scope="col">Cùng kỳ năm trước</Table.Th>
            {closed ? <Table.Th scope="col">Số đã báo cáo</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groupIndicators(rows.map((r) => ({ ...r, groupLabel: r.info.groupLabel }))).map((group) => (
            <Fragment key={group.label}>
              <Table.Tr className="indicator-group-row">
                <Table.Th scope="colgroup" colSpan={columns} bg="gray.1">
                  <Text size="sm" fw={700}>
                    {group.label}
                  </Text>
                </Table.Th>
              </Table.Tr>
              {group.items.map(({ info, value }) => {
                const link = (part: 'numerator' | 'denominator') => (drill ? { ...drill, code: info.code, part } : null)
                return (
                  <Table.Tr key={info.code} data-testid="indicator-row" data-code={info.code}>
                    <Table.Td miw={220} maw={340}>
                      <Group gap={6} wrap="nowrap" align="flex-start">
                        <Text size="sm" fw={600} data-testid="indicator-name">
                          {info.name}
                        </Text>
                        <Tooltip label="Xem biểu đồ của chỉ tiêu này">
                          <ActionIcon
                            variant={chartCode === info.code ? 'light' : 'subtle'}
                            color="blue"
                            size="sm"
                            className="indicators-print-hide"
                            aria-label={`Xem biểu đồ: ${info.name}`}
                            aria-pressed={chartCode === info.code}
                            onClick={() => onShowChart(info.code)}
                          >
                            <IconChartLine size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                    <Table.Td miw={130} maw={190}>
                      <TargetText target={info.target} />
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm" fw={700} className="tabular" data-testid="indicator-value">
                        {formatIndicatorValue(value.value, info)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <FigureLink
                        value={value.numerator}
                        unitOfCount={info.unitOfCount}
                        to={link('numerator')}
                        label={info.numeratorLabel}
                        testId="indicator-numerator"
                      />
                    </Table.Td>
                    <Table.Td ta="right">
                      {value.denominator === null ? (
                        <Text size="sm" c="dimmed">
                          —
                        </Text>
                      ) : (
                        <FigureLink
                          value={value.denominator}
                          unitOfCount={info.unitOfCount}
                          to={link('denominator')}
                          label={info.denominatorLabel ?? 'Mẫu số'}
                          testId="indicator-denominator"
                        />
                      )}
                    </Table.Td>
                    <Table.Td miw={130}>
                      <Stack gap={2} align="flex-start">
                        <StatusBadge status={value.status} />
                        <Text size="xs" c="dimmed" data-testid="indicator-status-text">
                          {value.statusText}
                        </Text>
                      </Stack>
                    </Table.Td>
                    <Table.Td miw={150} maw={220}>
                      <Text size="sm" className="tabular" data-testid="indicator-last-year">
                        {formatIndicatorValue(value.lastYear.value, info)}
                      </Text>
                      <Text size="xs" c={partialNote ? 'orange.8' : 'dimmed'} data-testid="indicator-change">
                        {partialNote ?? value.changeText}
                      </Text>
                    </Table.Td>
                    {closed ? (
                      <Table.Td maw={240}>
                        {value.reported ? (
                          <Stack gap={2}>
                            <Text size="sm" className="tabular" data-testid="indicator-reported">
                              {formatIndicatorValue(value.reported.value, info)}
                            </Text>
                            {value.correctionText ? (
                              <Text size="xs" c="orange.8" data-testid="indicator-correction">
                                {value.correctionText}
                              </Text>
                            ) : null}
                          </Stack>
                        ) : (
                          <Text size="sm" c="dimmed">
                            —
                          </Text>
                        )}
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                )
              })}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
