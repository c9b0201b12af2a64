import { Badge, Button, Card, FileButton, Group, NumberInput, Select, Stack, Table, Text } from '@mantine/core'
import { IconDownload, IconUpload } from '@tabler/icons-react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { QUALITY_RATING_LABELS, QUALITY_RATINGS, type QualityRating } from '@/domain/emulation/vocabulary.ts'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { todayInVietnam } from '@/web/features/deadlines/utils/deadlineTone.ts'
import { getFile, postWorkbook, saveResponse } from '@/web/features/register-excel/hooks/binaryRequests.ts'
import { useCurrentUnit } from '@/web/features/units/hooks/useCurrentUnit.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { LoadingState } from '@/web/shared/components/LoadingState.tsx'
import { PageHeader } from '@/web/shared/components/PageHeader.tsx'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { type FactsPerson, fetchUnitFacts, saveRating } from './emulationApi.ts'

/** The emulation year a day belongs to: 01/12 opens the next year (DOMAIN.md §6.1). */
const emulationYearOf = (iso: string): number => Number(iso.slice(0, 4)) + (iso.slice(5, 7) === '12' ? 1 : 0)
const RATING_OPTIONS = QUALITY_RATINGS.map((r) => ({ value: r, label: QUALITY_RATING_LABELS[r] }))

function RatingSelect({ person, year, canEdit }: { person: FactsPerson; year: number; canEdit: boolean }) {
  const client = useQueryClient()
  const save = useMutation({
    mutationFn: (rating: QualityRating | null) =>
      saveRating(person.rating, {
        personId: person.id,
        year,
        rating,
        absenceDays: person.rating?.absenceDays ?? 0,
        maternityDays: person.rating?.maternityDays ?? 0,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['emulation-facts'] }),
  })
  return (
    <Stack gap={2}>
      <Select
        aria-label={`Xếp loại của ${person.fullName}`}
        data={RATING_OPTIONS}
        value={person.rating?.rating ?? null}
        placeholder="Chưa xếp loại"
        disabled={!canEdit || save.isPending}
        clearable
        onChange={(value) => save.mutate((value as QualityRating | null) ?? null)}
      />
      {save.error ? (
        <Text size="xs" c="red">
          {save.error.message}
        </Text>
      ) : null}
    </Stack>
  )
}

const flags = (p: FactsPerson) => (
  <Group gap={4}>
    {p.disciplines.length > 0 ? <Badge color="red">Kỷ luật</Badge> : null}
    {p.reviews.some((r) => r.closedOn === null) ? <Badge color="orange">Đang xem xét kỷ luật</Badge> : null}
    {p.initiatives.length > 0 ? <Badge color="teal">{`${p.initiatives.length} sáng kiến`}</Badge> : null}
  </Group>
)

/** Dữ liệu thi đua: a unit's people with their quality rating of the year, editable inline, and the Excel import. */
export function EmulationFactsPage() {
  const { csrfToken } = useMe()
  const { unit } = useCurrentUnit()
  const [year, setYear] = useState<number>(emulationYearOf(todayInVietnam()) - 1)
  const [importError, setImportError] = useState<string | null>(null)
  const client = useQueryClient()
  const facts = useQuery({
    queryKey: ['emulation-facts', unit.id, year],
    queryFn: () => fetchUnitFacts(unit.id, year),
  })
  const upload = useMutation({
    mutationFn: async (file: File) => {
      const res = await postWorkbook(`/api/emulation/ratings/import?unitId=${unit.id}&year=${year}`, file, csrfToken)
      return (await res.json()) as { created: number; updated: number }
    },
    onSuccess: () => {
      setImportError(null)
      void client.invalidateQueries({ queryKey: ['emulation-facts'] })
    },
    onError: (error: Error & { details?: { path: string; message: string }[] }) =>
      setImportError([error.message, ...(error.details ?? []).map((d) => `${d.path}: ${d.message}`)].join('\n')),
  })
  const data = facts.data

  return (
    <>
      <PageHeader
        title="Thi đua – Khen thưởng"
        description={`Xếp loại chất lượng, kỷ luật, sáng kiến của cán bộ ${unit.name} theo năm thi đua (01/12 năm trước đến 30/11).`}
      />
      <Stack gap="md">
        <Group align="flex-end" wrap="wrap">
          <NumberInput
            label="Năm thi đua"
            value={year}
            min={1990}
            max={2100}
            onChange={(v) => typeof v === 'number' && setYear(v)}
            w={140}
          />
          <RouterAnchor to="/thi-dua/don-vi/$unitId" params={{ unitId: String(unit.id) }}>
            Lịch sử thi đua của đơn vị
          </RouterAnchor>
          {data?.canEdit ? (
            <>
              <Button
                variant="default"
                leftSection={<IconDownload size={16} />}
                onClick={async () =>
                  saveResponse(
                    await getFile(`/api/emulation/ratings/template?unitId=${unit.id}&year=${year}`),
                    `xep-loai-${year}.xlsx`,
                  )
                }
              >
                Tải tệp mẫu
              </Button>
              <FileButton accept=".xlsx" onChange={(file) => file && upload.mutate(file)}>
                {(props) => (
                  <Button {...props} leftSection={<IconUpload size={16} />} loading={upload.isPending}>
                    Nhập từ Excel
                  </Button>
                )}
              </FileButton>
            </>
          ) : null}
        </Group>
        {upload.data ? (
          <Text c="green">{`Đã nhập: ${upload.data.created} dòng mới, ${upload.data.updated} dòng cập nhật.`}</Text>
        ) : null}
        {importError ? (
          <Text c="red" style={{ whiteSpace: 'pre-line' }}>
            {importError}
          </Text>
        ) : null}
        {facts.error ? <ErrorAlert error={facts.error} /> : null}
        {!data ? (
          facts.error ? null : (
            <LoadingState />
          )
        ) : (
          <>
            <Table visibleFrom="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Cán bộ</Table.Th>
                  <Table.Th w={260}>Xếp loại chất lượng</Table.Th>
                  <Table.Th>Ghi nhận</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.people.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <RouterAnchor to="/thi-dua/can-bo/$personId" params={{ personId: String(p.id) }}>
                        {p.fullName}
                      </RouterAnchor>
                    </Table.Td>
                    <Table.Td>
                      <RatingSelect person={p} year={year} canEdit={data.canEdit} />
                    </Table.Td>
                    <Table.Td>{flags(p)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Stack hiddenFrom="xs" gap="sm">
              {data.people.map((p) => (
                <Card key={p.id} withBorder padding="sm">
                  <Stack gap={6}>
                    <RouterAnchor to="/thi-dua/can-bo/$personId" params={{ personId: String(p.id) }}>
                      {p.fullName}
                    </RouterAnchor>
                    <RatingSelect person={p} year={year} canEdit={data.canEdit} />
                    {flags(p)}
                  </Stack>
                </Card>
              ))}
            </Stack>
            {data.people.length === 0 ? <Text c="dimmed">Đơn vị chưa có cán bộ.</Text> : null}
          </>
        )}
      </Stack>
    </>
  )
}
