import { Group, Paper, Stack, Table, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useNavigate } from '@tanstack/react-router'
import { MATTER_KIND_SHORT_LABELS } from '@/domain/register/matter-kinds.ts'
import type { MatterSummary } from '@/shared/api/register.ts'
import { formatDate } from '@/shared/format.ts'
import { daysLeftText, todayInVietnam, urgencyOf, urgencyTone } from '@/web/features/deadlines/utils/deadlineTone.ts'
import { useShortUnitNames } from '@/web/features/units/hooks/useUnits.ts'
import { shortUnitName } from '@/web/features/units/utils/unitLabels.ts'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { categoryLabel, categoryShortLabel } from '../utils/labels.ts'
import { StageBadge } from './StageBadge.tsx'

const MAX_NAMES = 3

const subjectsText = (names: string[]): string =>
  names.length <= MAX_NAMES
    ? names.join(', ')
    : `${names.slice(0, MAX_NAMES).join(', ')} và ${names.length - MAX_NAMES} người khác`

function NextDue({ date, today }: { date: string | null; today: string }) {
  if (!date) return <Text c="dimmed">—</Text>
  const tone = urgencyTone(urgencyOf(date, today))
  return (
    <Stack gap={0}>
      <Text size="sm" fw={700} c={tone.text} className="tabular" data-testid="matter-next-due">
        {formatDate(date)}
      </Text>
      <Text size="xs" c={tone.text ?? 'dimmed'}>
        {daysLeftText(date, today)}
      </Text>
    </Stack>
  )
}

type MattersTableProps = { matters: MatterSummary[]; busy: boolean; currentUnitId: number }

/**
 * The register on a phone: one card per matter, its number and the nearest deadline first, then
 * what it is about — the nine columns of the table do not fit 390 px (issue 12, item 5). A unit
 * other than the one chosen is named by its short name ("VKSND khu vực 6 – Cần Thơ"), in full on
 * hover, as in the wide table.
 */
function MatterCards({ matters, busy, currentUnitId }: MattersTableProps) {
  const today = todayInVietnam()
  const shortNames = useShortUnitNames(currentUnitId)
  return (
    <Stack
      gap="xs"
      aria-label="Sổ thụ lý"
      aria-busy={busy}
      data-testid="matter-cards"
      style={{ opacity: busy ? 0.6 : 1 }}
    >
      {matters.map((m) => (
        <Paper key={m.id} withBorder radius="md" p="sm" data-testid="matter-card" data-matter-id={m.id}>
          <Stack gap={4}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Stack gap={0} miw={0}>
                <RouterAnchor to="/so-thu-ly/$matterId" params={{ matterId: String(m.id) }} fw={700} size="sm">
                  {m.number}
                </RouterAnchor>
                <Text size="xs" c="dimmed">
                  {MATTER_KIND_SHORT_LABELS[m.kind]} · thụ lý {formatDate(m.receivedOn)}
                  {m.unitId !== currentUnitId ? (
                    <>
                      {' · '}
                      {/* The unit by its short name, as in the wide table; in full on hover. */}
                      <Text span inherit title={m.unitName} data-testid="matter-unit">
                        {shortNames?.get(m.unitId) ?? shortUnitName({ name: m.unitName, shortName: null })}
                      </Text>
                    </>
                  ) : null}
                </Text>
              </Stack>
              <NextDue date={m.closed ? null : m.nextDueDate} today={today} />
            </Group>
            <Text size="sm" lineClamp={2}>
              {m.title}
            </Text>
            <Group gap="xs" wrap="wrap">
              <StageBadge matter={m} />
              {categoryLabel(m.category) ? (
                <Text size="xs" c="dimmed">
                  {categoryLabel(m.category)}
                </Text>
              ) : null}
            </Group>
            {m.subjectNames.length > 0 || m.prosecutorName ? (
              <Text size="xs" c="dimmed">
                {[
                  m.subjectNames.length > 0 ? subjectsText(m.subjectNames) : null,
                  m.prosecutorName ? `KSV ${m.prosecutorName}` : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            ) : null}
          </Stack>
        </Paper>
      ))}
    </Stack>
  )
}

export function MattersTable(props: MattersTableProps) {
  const phone = useMediaQuery('(max-width: 47.99em)') ?? false
  return phone ? <MatterCards {...props} /> : <MattersWideTable {...props} />
}

/**
 * The register at desktop width: one or two lines per matter (issue 12, item 15). The unit goes
 * under the number by its short name, and only when the page lists matters of several units; a
 * criminal matter's crime category under its kind; the summary and the people are cut at two
 * lines with the full text on hover.
 */
function MattersWideTable({ matters, busy, currentUnitId }: MattersTableProps) {
  const navigate = useNavigate()
  const today = todayInVietnam()
  const shortNames = useShortUnitNames(currentUnitId)
  const severalUnits = new Set(matters.map((m) => m.unitId)).size > 1
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table
        striped
        verticalSpacing={6}
        horizontalSpacing={8}
        aria-label="Sổ thụ lý"
        aria-busy={busy}
        data-testid="matters-table"
        style={{ opacity: busy ? 0.6 : 1 }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Số thụ lý</Table.Th>
            <Table.Th scope="col">Loại</Table.Th>
            <Table.Th scope="col">Tóm tắt</Table.Th>
            <Table.Th scope="col">Bị can/đương sự</Table.Th>
            <Table.Th scope="col">Giai đoạn</Table.Th>
            <Table.Th scope="col">KSV</Table.Th>
            <Table.Th scope="col">Ngày thụ lý</Table.Th>
            <Table.Th scope="col">Hạn gần nhất</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matters.map((m) => {
            const subjects = m.subjectNames.length > 0 ? subjectsText(m.subjectNames) : null
            return (
              <Table.Tr
                key={m.id}
                className="clickable-row"
                data-testid="matter-row"
                data-matter-id={m.id}
                onClick={(event) => {
                  // The number link handles its own clicks (and Ctrl+click for a new tab).
                  if ((event.target as HTMLElement).closest('a')) return
                  void navigate({ to: '/so-thu-ly/$matterId', params: { matterId: String(m.id) } })
                }}
              >
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <RouterAnchor to="/so-thu-ly/$matterId" params={{ matterId: String(m.id) }} fw={600} size="sm">
                    {m.number}
                  </RouterAnchor>
                  {severalUnits ? (
                    <Text size="xs" c="dimmed" title={m.unitName} data-testid="matter-unit">
                      {shortNames?.get(m.unitId) ?? shortUnitName({ name: m.unitName, shortName: null })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{MATTER_KIND_SHORT_LABELS[m.kind]}</Text>
                  {m.category ? (
                    <Text
                      size="xs"
                      c="dimmed"
                      title={categoryLabel(m.category) ?? undefined}
                      data-testid="matter-category"
                    >
                      {categoryShortLabel(m.category)}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2} miw={180} title={m.title}>
                    {m.title}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {subjects ? (
                    <Text size="sm" lineClamp={2} miw={120} maw={200} title={m.subjectNames.join(', ')}>
                      {subjects}
                    </Text>
                  ) : (
                    <Text c="dimmed">—</Text>
                  )}
                </Table.Td>
                <Table.Td miw={136}>
                  <StageBadge matter={m} />
                </Table.Td>
                <Table.Td>
                  {m.prosecutorName ? (
                    <Text size="sm" lineClamp={2} miw={80} maw={120}>
                      {m.prosecutorName}
                    </Text>
                  ) : (
                    <Text c="dimmed">—</Text>
                  )}
                </Table.Td>
                <Table.Td className="tabular" style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(m.receivedOn)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <NextDue date={m.closed ? null : m.nextDueDate} today={today} />
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
