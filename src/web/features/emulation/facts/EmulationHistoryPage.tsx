import { Badge, Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { AWARD_LABELS, QUALITY_RATING_LABELS } from '@/domain/emulation/vocabulary.ts'
import { formatDate } from '@/shared/format.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { LoadingState } from '@/web/shared/components/LoadingState.tsx'
import { PageHeader } from '@/web/shared/components/PageHeader.tsx'
import { type AwardHeldView, fetchPersonHistory, fetchUnitHistory, type Streak } from './emulationApi.ts'

/** "5 năm liên tục": each title or award held, with its latest streak of consecutive years. */
function Streaks({ streaks }: { streaks: Streak[] }) {
  if (streaks.length === 0) return <Text c="dimmed">Chưa có danh hiệu, hình thức khen thưởng nào được ghi nhận.</Text>
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
      {streaks.map((s) => (
        <Card key={s.award} withBorder padding="sm">
          <Text fw={600}>{AWARD_LABELS[s.award]}</Text>
          <Text size="sm">
            {s.streak > 1 ? `${s.streak} năm liên tục (${s.from}–${s.lastYear})` : `Năm ${s.lastYear}`}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  )
}

function Awards({ awards }: { awards: AwardHeldView[] }) {
  if (awards.length === 0) return null
  return (
    <Stack gap="xs">
      <Text fw={700}>Danh hiệu, khen thưởng theo năm</Text>
      {awards.map((a) => (
        <Card key={`${a.award}-${a.year}-${a.decisionNumber}`} withBorder padding="xs">
          <Group justify="space-between" wrap="wrap">
            <Text>{`${a.year} · ${AWARD_LABELS[a.award]}`}</Text>
            <Text size="sm" c="dimmed">
              {`Quyết định số ${a.decisionNumber} ngày ${formatDate(a.decidedOn)}`}
            </Text>
            {a.revokedOn ? <Badge color="red">{`Đã thu hồi ${formatDate(a.revokedOn)}`}</Badge> : null}
          </Group>
        </Card>
      ))}
    </Stack>
  )
}

/** Lịch sử thi đua của cán bộ: years across units, titles and awards, streaks. */
export function PersonEmulationHistoryPage() {
  const { personId } = useParams({ from: '/_app/thi-dua/can-bo/$personId' })
  const { data, error } = useQuery({
    queryKey: ['emulation-history', 'person', personId],
    queryFn: () => fetchPersonHistory(Number(personId)),
  })
  if (error) return <ErrorAlert error={error} />
  if (!data) return <LoadingState />
  return (
    <>
      <PageHeader
        title={`Lịch sử thi đua – ${data.person.fullName}`}
        description={`Bắt đầu công tác: ${formatDate(data.history.serviceStart)}`}
      />
      <Stack gap="md">
        {data.history.underDisciplinaryReview ? (
          <Badge color="orange" size="lg">
            Đang bị xem xét kỷ luật: chưa đề nghị khen thưởng (Nghị định 98/2023/NĐ-CP, Điều 4)
          </Badge>
        ) : null}
        <Streaks streaks={data.streaks} />
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Năm</Table.Th>
              <Table.Th>Đơn vị</Table.Th>
              <Table.Th>Xếp loại</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.history.years.map((y) => (
              <Table.Tr key={y.year}>
                <Table.Td>{y.year}</Table.Td>
                <Table.Td>{y.unitName}</Table.Td>
                <Table.Td>
                  {y.rating ? QUALITY_RATING_LABELS[y.rating] : '—'}
                  {y.disciplines.length > 0 ? ' · bị kỷ luật' : ''}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Awards awards={data.history.awards} />
      </Stack>
    </>
  )
}

/** Lịch sử thi đua của tập thể, kể cả đơn vị tiền thân (sắp xếp 01/7/2025). */
export function UnitEmulationHistoryPage() {
  const { unitId } = useParams({ from: '/_app/thi-dua/don-vi/$unitId' })
  const { data, error } = useQuery({
    queryKey: ['emulation-history', 'unit', unitId],
    queryFn: () => fetchUnitHistory(Number(unitId)),
  })
  if (error) return <ErrorAlert error={error} />
  if (!data) return <LoadingState />
  return (
    <>
      <PageHeader
        title={`Lịch sử thi đua – ${data.unit.name}`}
        description={
          data.predecessors.length > 0
            ? `Gồm cả lịch sử của đơn vị tiền thân: ${data.predecessors.map((p) => p.name).join('; ')}`
            : undefined
        }
      />
      <Stack gap="md">
        <Streaks streaks={data.streaks} />
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Năm</Table.Th>
              <Table.Th>Xếp loại tập thể</Table.Th>
              <Table.Th>Số cán bộ được xếp loại</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.history.years.map((y) => (
              <Table.Tr key={y.year}>
                <Table.Td>{y.year}</Table.Td>
                <Table.Td>{y.rating ? QUALITY_RATING_LABELS[y.rating] : '—'}</Table.Td>
                <Table.Td>{y.members.length}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Awards awards={data.history.awards} />
      </Stack>
    </>
  )
}
