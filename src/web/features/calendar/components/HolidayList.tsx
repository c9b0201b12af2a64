import { Badge, Group, Stack, Table, Text } from '@mantine/core'
import { weekdayNameVi } from '@/domain/calendar/civil-date.ts'
import { formatDate } from '@/shared/format.ts'
import type { HolidayRow } from '../utils/calendarDays.ts'
import { TextOrDash } from '@/web/shared/components/TextOrDash.tsx'

type HolidayListProps = { year: number; rows: HolidayRow[] }

/** The statutory holidays of the year (BLLĐ 2019 Điều 112), Tết and Giỗ Tổ found from the lunar calendar. */
export function HolidayList({ year, rows }: HolidayListProps) {
  if (rows.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="calendar-holidays-empty">
        Không có ngày nghỉ lễ, tết nào trong năm {year}.
      </Text>
    )
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label={`Ngày nghỉ lễ, tết năm ${year}`} data-testid="calendar-holidays" highlightOnHover={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={150}>
              Ngày
            </Table.Th>
            <Table.Th scope="col">Ngày lễ, tết</Table.Th>
            <Table.Th scope="col">Căn cứ</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} data-testid="calendar-holiday-row" data-date={row.date}>
              <Table.Td>
                <Text size="sm" fw={600} className="tabular">
                  {formatDate(row.date)}
                </Text>
                <Text size="xs" c="dimmed">
                  {weekdayNameVi(row.date)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  <Text size="sm">{row.text}</Text>
                  {!row.isDayOff || row.isWeekend ? (
                    <Group gap={4}>
                      {!row.isDayOff ? (
                        <Badge size="sm" variant="light" color="green">
                          Đi làm theo lịch chính thức
                        </Badge>
                      ) : null}
                      {row.isDayOff && row.isWeekend ? (
                        <Badge size="sm" variant="light" color="gray">
                          Trùng ngày nghỉ cuối tuần
                        </Badge>
                      ) : null}
                    </Group>
                  ) : null}
                  {row.unconfirmed ? (
                    <Text size="xs" c="orange.9">
                      {row.unconfirmed}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                <TextOrDash value={row.legalSource} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
