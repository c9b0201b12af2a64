import { Table, Text } from '@mantine/core'
import type { FieldChange } from '../utils/auditChanges.ts'

/** Changed fields of one audit entry: old value → new value. */
export function AuditDiff({ changes, id }: { changes: FieldChange[]; id: string }) {
  if (changes.length === 0) {
    return (
      <Text size="sm" c="dimmed" id={id} data-testid="audit-diff">
        Không có dữ liệu thay đổi được ghi lại.
      </Text>
    )
  }
  return (
    <Table
      id={id}
      data-testid="audit-diff"
      withTableBorder
      withColumnBorders
      bg="white"
      fz="sm"
      layout="fixed"
      aria-label="Chi tiết thay đổi"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w="24%">
            Trường
          </Table.Th>
          <Table.Th scope="col">Trước</Table.Th>
          <Table.Th scope="col">Sau</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((change) => (
          <Table.Tr key={change.key}>
            <Table.Td fw={500}>{change.label}</Table.Td>
            <Table.Td c="red.8" style={{ wordBreak: 'break-word' }}>
              {change.before}
            </Table.Td>
            <Table.Td c="green.9" style={{ wordBreak: 'break-word' }}>
              {change.after}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
