import { Table } from '@mantine/core'
import type { ReactNode } from 'react'

/** One label–value line of a vertical details table. */
export function DetailRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w={170} c="dimmed" fw={500}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  )
}
