import { Badge, Table } from '@mantine/core'
import { useNavigate } from '@tanstack/react-router'
import type { Person } from '@/shared/api/people.ts'
import { STAFF_TITLE_LABELS } from '@/shared/vocabulary.ts'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { TextOrDash } from '@/web/shared/components/TextOrDash.tsx'

type PeopleTableProps = { people: Person[]; busy: boolean }

export function PeopleTable({ people, busy }: PeopleTableProps) {
  const navigate = useNavigate()
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
                <RouterAnchor to="/can-bo/$personId" params={{ personId: String(person.id) }} fw={600} size="sm">
                  {person.fullName}
                </RouterAnchor>
              </Table.Td>
              <Table.Td>{STAFF_TITLE_LABELS[person.title]}</Table.Td>
              <Table.Td>{person.unitName}</Table.Td>
              <Table.Td>
                <TextOrDash value={person.email} />
              </Table.Td>
              <Table.Td className="tabular" style={{ whiteSpace: 'nowrap' }}>
                {person.phone ?? '—'}
              </Table.Td>
              <Table.Td style={{ minWidth: 130 }}>
                <Badge color={person.active ? 'green' : 'gray'} variant="light">
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
