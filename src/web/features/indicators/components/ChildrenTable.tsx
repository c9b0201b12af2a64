import { Table, Text, Tooltip } from '@mantine/core'
import type { z } from 'zod'
import type { IndicatorInfo, UnitFigures } from '@/shared/api/indicators.ts'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { formatIndicatorValue, formatPart, groupIndicators, STATUS_TONES } from '../utils/indicatorFormat.ts'
import { recordsSearchFor } from '../utils/indicatorsSearch.ts'

type ChildrenTableProps = {
  units: z.infer<typeof UnitFigures>[]
  indicators: IndicatorInfo[]
  /** Where each cell links to; null when the user may not read the records. */
  drill: { period: string; asOf: string } | null
  /** 'Phòng 1', 'VKSND khu vực 6': the row heads stay short, the full name shows on hover. */
  shortNames: ReadonlyMap<number, string> | undefined
  busy: boolean
}

const CELL_TEXT: Record<keyof typeof STATUS_TONES, string | undefined> = {
  met: 'green.8',
  at_risk: 'orange.8',
  missed: 'red.8',
  no_target: undefined,
}

const CELL_BG: Record<keyof typeof STATUS_TONES, string | undefined> = {
  met: 'green.0',
  at_risk: 'orange.0',
  missed: 'red.0',
  no_target: undefined,
}

/**
 * The units directly below × the indicators: each value in its status colour, each opening that
 * unit's records. The columns are grouped as in the table above; each is headed by the group's
 * name over the indicator's short name, on one line each, with the full name on hover
 * (issue 12, item 15).
 */
export function ChildrenTable({ units, indicators: unordered, drill, shortNames, busy }: ChildrenTableProps) {
  const groups = groupIndicators(unordered)
  const indicators = groups.flatMap((group) => group.items)
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table
        aria-label="Chỉ tiêu của các đơn vị trực thuộc"
        aria-busy={busy}
        data-testid="children-table"
        withColumnBorders
        verticalSpacing={6}
        horizontalSpacing={8}
        style={{ opacity: busy ? 0.6 : 1 }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" rowSpan={2} style={{ verticalAlign: 'bottom' }}>
              Đơn vị
            </Table.Th>
            {groups.map((group) => (
              <Table.Th key={group.label} scope="colgroup" colSpan={group.items.length} ta="center" bg="gray.0">
                {group.label}
              </Table.Th>
            ))}
          </Table.Tr>
          <Table.Tr>
            {indicators.map((info) => (
              <Table.Th key={info.code} scope="col" ta="center">
                <Tooltip
                  label={info.target ? `${info.name} – yêu cầu: ${info.target.text}` : info.name}
                  multiline
                  maw={320}
                >
                  <Text size="xs" fw={600} span>
                    {info.shortName}
                  </Text>
                </Tooltip>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((unit) => (
            <Table.Tr key={unit.unitId} data-testid="child-row" data-unit-id={unit.unitId}>
              <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                <Tooltip
                  label={unit.name}
                  multiline
                  maw={360}
                  disabled={(shortNames?.get(unit.unitId) ?? unit.name) === unit.name}
                >
                  <Text size="sm" fw={600}>
                    {shortNames?.get(unit.unitId) ?? unit.name}
                  </Text>
                </Tooltip>
              </Table.Th>
              {indicators.map((info) => {
                const figure = unit.values[info.code]
                if (!figure) {
                  return (
                    <Table.Td key={info.code} ta="center" c="dimmed">
                      —
                    </Table.Td>
                  )
                }
                const text = formatIndicatorValue(figure.value, info)
                const detail =
                  figure.denominator === null
                    ? STATUS_TONES[figure.status].label
                    : `${formatPart(figure.numerator, info.unitOfCount)}/${formatPart(figure.denominator, info.unitOfCount)} – ${STATUS_TONES[figure.status].label}`
                return (
                  <Table.Td
                    key={info.code}
                    ta="center"
                    bg={CELL_BG[figure.status]}
                    data-status={figure.status}
                    data-code={info.code}
                  >
                    {drill ? (
                      <Tooltip label={detail}>
                        <RouterAnchor
                          to="/chi-tieu/ho-so"
                          search={recordsSearchFor({
                            ...drill,
                            unitId: unit.unitId,
                            code: info.code,
                            part: 'numerator',
                          })}
                          size="sm"
                          fw={600}
                          c={CELL_TEXT[figure.status]}
                          className="tabular"
                          aria-label={`${unit.name} – ${info.name}: ${text} (${detail})`}
                        >
                          {text}
                        </RouterAnchor>
                      </Tooltip>
                    ) : (
                      <Text size="sm" fw={600} c={CELL_TEXT[figure.status]} className="tabular" title={detail}>
                        {text}
                      </Text>
                    )}
                  </Table.Td>
                )
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
