import { Table, VisuallyHidden } from '@mantine/core'
import { useMemo } from 'react'
import type { AuditEntry, AuditNames } from '@/shared/api/audit.ts'
import { useUnitNames } from '../hooks/useUnitNames.ts'
import { AuditRow } from './AuditRow.tsx'

export function AuditTable({ entries, names, busy }: { entries: AuditEntry[]; names: AuditNames; busy: boolean }) {
  const unitNames = useUnitNames()
  const readers = useMemo(() => ({ unitNames, names }), [unitNames, names])
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table
        aria-label="Nhật ký hệ thống"
        aria-busy={busy}
        data-testid="audit-table"
        highlightOnHover={false}
        style={{ opacity: busy ? 0.6 : 1 }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Thời gian</Table.Th>
            <Table.Th scope="col">Người thực hiện</Table.Th>
            <Table.Th scope="col">Đơn vị</Table.Th>
            <Table.Th scope="col">Hành động</Table.Th>
            <Table.Th scope="col">Đối tượng</Table.Th>
            <Table.Th scope="col">Nội dung thay đổi</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Chi tiết</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <AuditRow key={entry.id} entry={entry} readers={readers} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
