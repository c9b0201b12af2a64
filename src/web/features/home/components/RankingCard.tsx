import { useState } from 'react'
import { Group, Paper, Select, Skeleton, Stack, Table, Text, Title } from '@mantine/core'
import { rankedItems, unrankedItems } from '@/shared/charts/chartOptions.ts'
import { formatIndicatorValue } from '@/shared/charts/indicatorFormat.ts'
import { StatusBadge } from '@/web/features/indicators/components/StatusBadge.tsx'
import { useRanking } from '@/web/features/indicators/hooks/useIndicators.ts'
import { useShortUnitNames } from '@/web/features/units/hooks/useUnits.ts'
import { recordsSearchFor } from '@/web/features/indicators/utils/indicatorsSearch.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { useHomeIndicators } from '../hooks/useHomeIndicators.ts'
import { headlineCode } from '../utils/kpi.ts'

type RankingCardProps = { unitId: number; period: string; canDrill: boolean }

/**
 * The units below ranked on an indicator with a target (the first rate by default), from the
 * dashboard's ranking; units with nothing counted in the period are listed apart.
 */
export function RankingCard({ unitId, period, canDrill }: RankingCardProps) {
  const { rows, data: values } = useHomeIndicators(unitId, period)
  // The figures' own day, as the cards' links carry it.
  const asOf = values?.asOf
  const [chosen, setChosen] = useState<string | null>(null)
  const code = chosen ?? headlineCode(rows)
  const row = rows.find((r) => r.info.code === code)
  const { data, error, refetch } = useRanking(
    code && asOf && values?.children.length ? { unitId, code, period, asOf } : null,
  )
  const shortNames = useShortUnitNames(unitId)
  // A unit with none below (a department) has nothing to rank.
  if (!row || !asOf || !values || values.children.length === 0 || (data && data.items.length === 0)) return null
  const ranked = data && data.code === code ? rankedItems(data) : []
  const unranked = data && data.code === code ? unrankedItems(data) : []

  return (
    <Paper withBorder radius="md" p="md" data-testid="ranking-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" gap="xs">
          <Title order={2} size="h4">
            Xếp hạng các đơn vị trực thuộc
          </Title>
          <Select
            aria-label="Chỉ tiêu xếp hạng"
            data={rows.map((r) => ({ value: r.info.code, label: r.info.name }))}
            value={row.info.code}
            onChange={(value) => value && setChosen(value)}
            allowDeselect={false}
            w={{ base: '100%', sm: 380 }}
            data-testid="ranking-indicator"
          />
        </Group>
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {!data && !error ? <Skeleton h={120} /> : null}
        {data && ranked.length === 0 ? (
          <Text size="sm" c="dimmed">
            Chưa đơn vị nào có số liệu của chỉ tiêu này trong kỳ để xếp hạng.
          </Text>
        ) : null}
        {ranked.length > 0 ? (
          <Table.ScrollContainer minWidth={320}>
            <Table verticalSpacing={4} data-testid="ranking-table">
              <Table.Tbody>
                {ranked.map((item) => (
                  <Table.Tr key={item.unitId} data-testid="ranking-row">
                    <Table.Td w={36} className="tabular">
                      {item.rank}
                    </Table.Td>
                    <Table.Td>
                      {canDrill ? (
                        <RouterAnchor
                          to="/chi-tieu/ho-so"
                          search={recordsSearchFor({
                            unitId: item.unitId,
                            code: row.info.code,
                            part: 'numerator',
                            period,
                            asOf,
                          })}
                          size="sm"
                        >
                          {shortNames?.get(item.unitId) ?? item.name}
                        </RouterAnchor>
                      ) : (
                        <Text size="sm">{shortNames?.get(item.unitId) ?? item.name}</Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right" className="tabular" fw={600}>
                      {formatIndicatorValue(item.value, row.info)}
                    </Table.Td>
                    <Table.Td w={110}>
                      <StatusBadge status={item.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
        {unranked.length > 0 ? (
          <Text size="sm" c="dimmed" data-testid="ranking-no-data">
            Chưa có số liệu: {unranked.map((item) => shortNames?.get(item.unitId) ?? item.name).join(', ')}.
          </Text>
        ) : null}
      </Stack>
    </Paper>
  )
}
