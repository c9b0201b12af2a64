import { Group, Table, Text } from '@mantine/core'
import type { Deadline } from '@/shared/api/register.ts'
import { MATTER_KIND_SHORT_LABELS } from '@/domain/register/matter-kinds.ts'
import { useShortUnitNames } from '@/web/features/units/hooks/useUnits.ts'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { formatDate } from '@/shared/format.ts'
import { daysLeftText, deadlineTone, formatDue, toneCssColor } from '../utils/deadlineTone.ts'
import { BasisTooltip } from './BasisTooltip.tsx'
import { DeadlineBadge } from './DeadlineBadge.tsx'
import { ExtensionRequestText } from './ExtensionRequestText.tsx'

type DeadlinesTableProps = {
  deadlines: Deadline[]
  busy: boolean
  /** The unit chosen in the header: the units below it are named by their short names. */
  unitId: number
  /** The unit's deadlines (and those below it), not only the user's: a column names each one's unit. */
  showUnit: boolean
}

/**
 * One deadline a row, in two or three lines: the due date, its badge beside the days left (and the
 * other reading of Điều 134); the matter's number over its summary on one line (in full on
 * hover); each unit by its short name.
 */
export function DeadlinesTable({ deadlines, busy, unitId, showUnit }: DeadlinesTableProps) {
  const shortNames = useShortUnitNames(unitId)
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table
        verticalSpacing={6}
        horizontalSpacing={8}
        aria-label="Danh sách thời hạn"
        aria-busy={busy}
        data-testid="deadlines-table"
        style={{ opacity: busy ? 0.6 : 1 }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Hạn</Table.Th>
            <Table.Th scope="col">Thời hạn</Table.Th>
            <Table.Th scope="col">Vụ việc</Table.Th>
            <Table.Th scope="col">Bị can</Table.Th>
            <Table.Th scope="col">KSV</Table.Th>
            {showUnit ? <Table.Th scope="col">Đơn vị</Table.Th> : null}
            <Table.Th scope="col">Căn cứ</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deadlines.map((d) => {
            const tone = deadlineTone(d)
            return (
              <Table.Tr
                key={d.id}
                data-testid="deadline-row"
                data-rule={d.ruleCode}
                data-status={d.status}
                data-urgency={d.urgency ?? undefined}
                style={{ boxShadow: `inset 4px 0 0 ${toneCssColor(tone.color)}` }}
              >
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text fw={700} className="tabular" c={tone.text}>
                    {formatDue(d)}
                  </Text>
                  <Group gap={6} wrap="nowrap">
                    <DeadlineBadge deadline={d} />
                    {d.status === 'open' && d.dueDate ? (
                      <Text size="xs" c="dimmed">
                        {daysLeftText(d.dueDate)}
                      </Text>
                    ) : null}
                  </Group>
                  {d.alternativeDueDate && d.status !== 'suspended' ? (
                    <Text
                      size="xs"
                      c="dimmed"
                      className="tabular"
                      title="Hạn cuối theo cách tính khác của Điều 134 BLTTHS; hạn trên là hạn an toàn"
                      data-testid="deadline-alternative"
                    >
                      cách tính khác: {formatDate(d.alternativeDueDate)}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {d.ruleName}
                  </Text>
                  {d.latestExtensionRequestDate && d.status === 'open' ? (
                    <ExtensionRequestText latest={d.latestExtensionRequestDate} compact />
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <RouterAnchor to="/so-thu-ly/$matterId" params={{ matterId: String(d.matterId) }} fw={600} size="sm">
                    {d.matterNumber}
                  </RouterAnchor>
                  <Text size="xs" c="dimmed" lineClamp={1} maw={260} title={d.matterTitle}>
                    {MATTER_KIND_SHORT_LABELS[d.matterKind]} · {d.matterTitle}
                  </Text>
                </Table.Td>
                <Table.Td>{d.subjectName ?? <Text c="dimmed">—</Text>}</Table.Td>
                <Table.Td>{d.prosecutorName ?? <Text c="dimmed">—</Text>}</Table.Td>
                {showUnit ? (
                  <Table.Td miw={150}>
                    <Text size="sm" lineClamp={2} title={d.unitName}>
                      {shortNames?.get(d.unitId) ?? d.unitName}
                    </Text>
                  </Table.Td>
                ) : null}
                <Table.Td>
                  <BasisTooltip basis={d.basis} maxWidth={220} lines={2} />
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
