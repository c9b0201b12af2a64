import { Badge, ScrollArea, Table, Text } from '@mantine/core'
import { parseImportProblemPath } from '@/shared/api/register-excel.ts'
import type { FieldIssue } from '@/web/shared/api/ApiError.ts'

type ImportErrorsTableProps = { issues: FieldIssue[] }

/** The server's row problems ('row 12.Ngày thụ lý'), one line each, as the user finds them in Excel. */
export function ImportErrorsTable({ issues }: ImportErrorsTableProps) {
  return (
    <ScrollArea.Autosize mah={480} type="auto">
      <Table striped stickyHeader aria-label="Các lỗi trong tệp" data-testid="import-errors">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={80}>
              Dòng
            </Table.Th>
            <Table.Th scope="col" w={220}>
              Cột
            </Table.Th>
            <Table.Th scope="col">Lỗi</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((issue, i) => {
            const at = parseImportProblemPath(issue.path)
            return (
              <Table.Tr key={`${issue.path}-${i}`}>
                <Table.Td className="tabular">
                  {at ? (
                    <Badge variant="light" color="red">
                      {at.row}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>{at?.column ?? <Text c="dimmed">—</Text>}</Table.Td>
                <Table.Td>{issue.message}</Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  )
}
