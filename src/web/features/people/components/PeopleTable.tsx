import { Badge, Table, Text } from '@mantine/core'
import { useNavigate } from '@tanstack/react-router'
import type { Person } from '@/shared/api/people.ts'
import { STAFF_TITLE_LABELS } from '@/shared/vocabulary.ts'
import { useShortUnitNames } from '@/web/features/units/hooks/useUnits.ts'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { TextOrDash } from '@/web/shared/components/TextOrDash.tsx'

type PeopleTableProps = {
  people: Person[]
  busy: boolean
  /** The unit chosen in the header: it and the units below are named by their short names. */
  unitId: number
}

/** One person a row, in one or two lines: each unit by its short name (in full on hover), the status never cut (issue 12, item 15). */
export function PeopleTable({ people, busy, unitId }: PeopleTableProps) {
  const navigate = useNavigate()
  const shortNames = useShortUnitNames(unitId)
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table
        striped
        aria-label="Danh sách cán bộ"
        aria-busy={busy}
        data-testid="people-table"
        style={{ opacity: busy ? 0.6 : 1 }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Họ tên</Table.Th>
            <Table.Th scope="col">Chức danh</Table.Th>
            <Table.Th scope="col">Đơn vị</Table.Th>
            <Table.Th scope="col">Email</Table.Th>
            <Table.Th scope="col">Điện thoại</Table.Th>
            <Table.Th scope="col">Trạng thái</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <Table.Tr
              key={person.id}
              className="clickable-row"
              data-testid="person-row"
              onClick={(event) => {
                // The name link handles its own clicks (and Ctrl+click for a new tab).
                if ((event.target as HTMLElement).closest('a')) return
                void navigate({ to: '/can-bo/$personId', params: { personId: String(person.id) } })
              }}
            >
              <Table.Td>
                <RouterAnchor
                  to="/can-bo/$personId"
                  params={{ personId: String(person.id) }}
                  fw={600}
                  size="sm"
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {person.fullName}
                </RouterAnchor>
              </Table.Td>
              <Table.Td>{STAFF_TITLE_LABELS[person.title]}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2} title={person.unitName}>
                  {shortNames?.get(person.unitId) ?? person.unitName}
                </Text>
              </Table.Td>
              <Table.Td>
                <TextOrDash value={person.email} />
              </Table.Td>
              <Table.Td className="tabular" style={{ whiteSpace: 'nowrap' }}>
                {person.phone ?? '—'}
              </Table.Td>
              <Table.Td>
                <Badge
                  color={person.active ? 'green' : 'gray'}
                  variant="light"
                  tt="none"
                  style={{ minWidth: 'max-content' }}
                >
                  {person.active ? 'Đang công tác' : 'Đã nghỉ'}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
