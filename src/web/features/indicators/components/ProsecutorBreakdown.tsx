import { Anchor, Stack, Table, Text, Title } from '@mantine/core'
import type { IndicatorInfo } from '@/shared/api/indicators.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { LoadingState } from '@/web/shared/components/LoadingState.tsx'
import { useProsecutorFigures } from '../hooks/useIndicators.ts'
import { formatIndicatorValue, formatPart } from '../utils/indicatorFormat.ts'

type ProsecutorBreakdownProps = {
  indicator: IndicatorInfo
  unitId: number
  period: string
  asOf: string | undefined
  selected: number | undefined
  /** Shows only the records of one prosecutor (undefined: everyone's). */
  onSelect: (prosecutorId: number | undefined) => void
}

/** The same indicator per assigned prosecutor; a name narrows the list above to that prosecutor's records. */
export function ProsecutorBreakdown({ indicator, unitId, period, asOf, selected, onSelect }: ProsecutorBreakdownProps) {
  const { data, error, isPending, refetch } = useProsecutorFigures({ unitId, code: indicator.code, period, asOf })

  return (
    <Stack gap="sm" data-testid="prosecutor-breakdown">
      <Title order={2} size="h4">
        Theo kiểm sát viên được phân công
      </Title>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {isPending ? <LoadingState /> : null}
      {data && data.items.length === 0 ? (
        <Text c="dimmed" size="sm">
          Không có số liệu theo kiểm sát viên.
        </Text>
      ) : null}
      {data && data.items.length > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label="Số liệu theo kiểm sát viên" verticalSpacing={6} data-testid="prosecutor-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Kiểm sát viên</Table.Th>
                <Table.Th scope="col" ta="right">
                  {indicator.numeratorLabel}
                </Table.Th>
                {indicator.denominatorLabel ? (
                  <Table.Th scope="col" ta="right">
                    {indicator.denominatorLabel}
                  </Table.Th>
                ) : null}
                {indicator.isRate ? (
                  <Table.Th scope="col" ta="right">
                    Tỷ lệ
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((item) => {
                const active = item.prosecutorId !== null && item.prosecutorId === selected
                return (
                  <Table.Tr
                    key={item.prosecutorId ?? 'none'}
                    bg={active ? 'blue.0' : undefined}
                    data-testid="prosecutor-row"
                  >
                    <Table.Td>
                      {item.prosecutorId !== null ? (
                        <Anchor
                          component="button"
                          type="button"
                          size="sm"
                          fw={active ? 700 : 500}
                          aria-pressed={active}
                          onClick={() => onSelect(active ? undefined : (item.prosecutorId ?? undefined))}
                        >
                          {item.name}
                        </Anchor>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {item.name}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right" className="tabular">
                      {formatPart(item.numerator, indicator.unitOfCount)}
                    </Table.Td>
                    {indicator.denominatorLabel ? (
                      <Table.Td ta="right" className="tabular">
                        {item.denominator === null ? '—' : formatPart(item.denominator, indicator.unitOfCount)}
                      </Table.Td>
                    ) : null}
                    {indicator.isRate ? (
                      <Table.Td ta="right" className="tabular" fw={600}>
                        {formatIndicatorValue(item.value, indicator)}
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  )
}
