import { ActionIcon, Badge, Group, Table, Text, Tooltip } from '@mantine/core'
import { IconEdit, IconTrash } from '@tabler/icons-react'
import { weekdayNameVi } from '@/domain/calendar/civil-date.ts'
import { OFFICIAL_CALENDAR_KIND_LABELS } from '@/shared/api/calendar.ts'
import type { OfficialCalendarEntry, OfficialCalendarKind } from '@/shared/api/calendar.ts'
import { formatDate, formatDateTime } from '@/shared/format.ts'
import { DAY_KIND_LABELS } from '../utils/calendarDays.ts'
import classes from './Calendar.module.css'
import { TextOrDash } from '@/web/shared/components/TextOrDash.tsx'

/** One official entry: the full entry for administrators, what the year's calendar says for everyone else. */
export type OfficialEntryRow = {
  key: string
  date: string
  kind: OfficialCalendarKind
  reason: string
  legalSource: string | null
  entry: OfficialCalendarEntry | null
}

type OfficialEntriesListProps = {
  year: number
  rows: OfficialEntryRow[]
  canManage: boolean
  onEdit: (entry: OfficialCalendarEntry) => void
  onDelete: (entry: OfficialCalendarEntry) => void
}

const KIND_COLORS: Record<OfficialCalendarKind, string> = { day_off: 'orange', working_day: 'green' }

/** The administrator's official calendar for the year: Tết break, substitute days off, make-up working days. */
export function OfficialEntriesList({ year, rows, canManage, onEdit, onDelete }: OfficialEntriesListProps) {
  if (rows.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="official-entries-empty">
        Chưa có ngày nào trong lịch chính thức năm {year}.
        {canManage
          ? ' Thêm ngày nghỉ Tết, ngày nghỉ bù, nghỉ hoán đổi và ngày làm bù theo thông báo của Chính phủ.'
          : ''}
      </Text>
    )
  }
  return (
    <Table.ScrollContainer minWidth={canManage ? 860 : 640}>
      <Table aria-label={`Lịch chính thức năm ${year}`} data-testid="official-entries" highlightOnHover={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={150}>
              Ngày
            </Table.Th>
            <Table.Th scope="col" w={220}>
              Loại
            </Table.Th>
            <Table.Th scope="col">Lý do</Table.Th>
            <Table.Th scope="col">Căn cứ</Table.Th>
            {canManage ? (
              <>
                <Table.Th scope="col" w={170}>
                  Cập nhật
                </Table.Th>
                <Table.Th scope="col" w={96} className={classes.noPrint}>
                  Thao tác
                </Table.Th>
              </>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr
              key={row.key}
              data-testid="official-entry-row"
              data-date={row.date}
              data-kind={row.kind}
              data-entry-id={row.entry?.id}
            >
              <Table.Td>
                <Text size="sm" fw={600} className="tabular">
                  {formatDate(row.date)}
                </Text>
                <Text size="xs" c="dimmed">
                  {weekdayNameVi(row.date)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={KIND_COLORS[row.kind]} title={OFFICIAL_CALENDAR_KIND_LABELS[row.kind]}>
                  {DAY_KIND_LABELS[row.kind === 'day_off' ? 'official_day_off' : 'official_working_day']}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.reason}</Text>
              </Table.Td>
              <Table.Td>
                <TextOrDash value={row.legalSource} />
              </Table.Td>
              {canManage ? (
                <>
                  <Table.Td>
                    {row.entry ? (
                      <>
                        <Text size="xs" className="tabular">
                          {formatDateTime(row.entry.updatedAt)}
                        </Text>
                        {row.entry.updatedByName ? (
                          <Text size="xs" c="dimmed">
                            {row.entry.updatedByName}
                          </Text>
                        ) : null}
                      </>
                    ) : (
                      <Text size="xs" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td className={classes.noPrint}>
                    {row.entry ? <EntryActions entry={row.entry} onEdit={onEdit} onDelete={onDelete} /> : null}
                  </Table.Td>
                </>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

type EntryActionsProps = {
  entry: OfficialCalendarEntry
  onEdit: (entry: OfficialCalendarEntry) => void
  onDelete: (entry: OfficialCalendarEntry) => void
}

function EntryActions({ entry, onEdit, onDelete }: EntryActionsProps) {
  const when = formatDate(entry.date)
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label="Sửa">
        <ActionIcon
          variant="subtle"
          aria-label={`Sửa ngày ${when}`}
          onClick={() => onEdit(entry)}
          data-testid="official-entry-edit"
        >
          <IconEdit size={18} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label="Xóa">
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={`Xóa ngày ${when}`}
          onClick={() => onDelete(entry)}
          data-testid="official-entry-delete"
        >
          <IconTrash size={18} />
        </ActionIcon>
      </Tooltip>
    </Group>
  )
}
