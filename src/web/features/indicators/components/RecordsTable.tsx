import { Table, Text } from '@mantine/core'
import { useNavigate } from '@tanstack/react-router'
import type { z } from 'zod'
import { MATTER_KIND_SHORT_LABELS } from '@/domain/register/matter-kinds.ts'
import type { IndicatorRecord } from '@/shared/api/indicators.ts'
import { formatDate } from '@/shared/format.ts'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { TextOrDash } from '@/web/shared/components/TextOrDash.tsx'
import { formatPart } from '../utils/indicatorFormat.ts'
import type { UnitOfCount } from '../utils/indicatorFormat.ts'

type RecordsTableProps = {
  records: z.infer<typeof IndicatorRecord>[]
  unitOfCount: UnitOfCount
  /** Rows open the matter page; false when the user may not read matters. */
  linkMatters: boolean
  busy: boolean
}

/** The matters (or persons, or amounts) behind one figure, each opening its matter. */
export function RecordsTable({ records, unitOfCount, linkMatters, busy }: RecordsTableProps) {
  const navigate = useNavigate()
  const persons = unitOfCount === 'person'
  const amounts = unitOfCount === 'vnd'
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table
        striped
        aria-label="Danh sách hồ sơ"
        aria-busy={busy}
        data-testid="records-table"
        style={{ opacity: busy ? 0.6 : 1 }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Số thụ lý</Table.Th>
            <Table.Th scope="col">Loại</Table.Th>
            <Table.Th scope="col">Tóm tắt</Table.Th>
            {persons ? <Table.Th scope="col">Bị can, bị cáo, người bị tạm giữ</Table.Th> : null}
            {amounts ? (
              <Table.Th scope="col" ta="right">
                Số tiền
              </Table.Th>
            ) : null}
            <Table.Th scope="col">Đơn vị</Table.Th>
            <Table.Th scope="col">Giai đoạn</Table.Th>
            <Table.Th scope="col">KSV</Table.Th>
            <Table.Th scope="col">Ngày thụ lý</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.map((r) => (
            <Table.Tr
              key={`${r.matterId}:${r.subjectId ?? ''}`}
              className={linkMatters ? 'clickable-row' : undefined}
              data-testid="record-row"
              data-matter-id={r.matterId}
              onClick={
                linkMatters
                  ? (event) => {
                      // The number link handles its own clicks (and Ctrl+click for a new tab).
                      if ((event.target as HTMLElement).closest('a')) return
                      void navigate({ to: '/so-thu-ly/$matterId', params: { matterId: String(r.matterId) } })
                    }
                  : undefined
              }
            >
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {linkMatters ? (
                  <RouterAnchor
                    to="/so-thu-ly/$matterId"
                    params={{ matterId: String(r.matterId) }}
                    fw={600}
                    size="sm"
                    data-testid="record-number"
                  >
                    {r.number}
                  </RouterAnchor>
                ) : (
                  <Text size="sm" fw={600} data-testid="record-number">
                    {r.number}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{MATTER_KIND_SHORT_LABELS[r.kind]}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2} miw={160} maw={320}>
                  {r.title}
                </Text>
              </Table.Td>
              {persons ? (
                <Table.Td>
                  <TextOrDash value={r.subjectName} />
                </Table.Td>
              ) : null}
              {amounts ? (
                <Table.Td ta="right" className="tabular" style={{ whiteSpace: 'nowrap' }}>
                  {r.amount === null ? '—' : formatPart(r.amount, 'vnd')}
                </Table.Td>
              ) : null}
              <Table.Td>
                <Text size="sm" maw={200}>
                  {r.unitName}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" maw={220}>
                  {r.stageLabel}
                </Text>
              </Table.Td>
              <Table.Td>
                <TextOrDash value={r.prosecutorName} />
              </Table.Td>
              <Table.Td className="tabular" style={{ whiteSpace: 'nowrap' }}>
                {formatDate(r.receivedOn)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
