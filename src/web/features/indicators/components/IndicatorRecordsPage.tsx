import {
  Alert,
  Badge,
  Button,
  CloseButton,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { getRouteApi } from '@tanstack/react-router'
import { IconArrowLeft, IconFileSpreadsheet, IconLock } from '@tabler/icons-react'
import { openingStatisticsYear } from '@/domain/indicators/opening-year.ts'
import { formatDate, formatNumber } from '@/shared/format.ts'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { todayInVietnam } from '@/web/features/deadlines/utils/deadlineTone.ts'
import { useDownload } from '@/web/features/register-excel/hooks/useDownload.ts'
import { useCurrentUnit } from '@/web/features/units/hooks/useCurrentUnit.ts'
import { errorMessage } from '@/web/shared/api/ApiError.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { ForbiddenPage } from '@/web/shared/components/ForbiddenNotice.tsx'
import { LoadingState } from '@/web/shared/components/LoadingState.tsx'
import { PageHeader } from '@/web/shared/components/PageHeader.tsx'
import { PaginationBar } from '@/web/shared/components/PaginationBar.tsx'
import { RouterButton } from '@/web/shared/components/RouterButton.tsx'
import { recordsWorkbookUrl } from '../api/indicatorsApi.ts'
import type { RecordsParams } from '../api/indicatorsApi.ts'
import { useCatalogue, useIndicatorRecords } from '../hooks/useIndicators.ts'
import { formatPart, RECORD_NOUN } from '../utils/indicatorFormat.ts'
import type { RecordPart, RecordsSearch } from '../utils/indicatorsSearch.ts'
import { periodLabel, statisticsYearKey } from '../utils/periods.ts'
import { ProsecutorBreakdown } from './ProsecutorBreakdown.tsx'
import { RecordsTable } from './RecordsTable.tsx'

const routeApi = getRouteApi('/_app/chi-tieu/ho-so')
const PAGE_SIZE = 50
const TITLE = 'Danh sách hồ sơ của chỉ tiêu'

const PART_LABELS: Record<RecordPart, string> = { numerator: 'Tử số', denominator: 'Mẫu số' }

export function IndicatorRecordsPage() {
  const me = useMe()
  if (!me.can.readIndicators) {
    return <ForbiddenPage title={TITLE} what="xem chỉ tiêu nghiệp vụ" />
  }
  return <IndicatorRecordsView linkMatters={me.can.readMatters} />
}

function IndicatorRecordsView({ linkMatters }: { linkMatters: boolean }) {
  const { unit: currentUnit, scopeUnits } = useCurrentUnit()
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const download = useDownload()

  const unitId = search.unitId ?? currentUnit.id
  // A unit outside what the user may see (a link from someone else, an id typed by hand): one
  // notice that names nothing of it and offers nothing to export (issue 12, item 13).
  const inScope = scopeUnits.some((s) => s.unit.id === unitId)
  // The dashboard's own default (issue 12, item 2), so a link without a period lists what it counted.
  const period = search.period ?? statisticsYearKey(openingStatisticsYear(todayInVietnam()).year)
  const part = search.part ?? 'numerator'
  const page = search.page ?? 1
  const code = search.code

  const catalogue = useCatalogue()
  const indicator = catalogue.data?.items.find((i) => i.code === code) ?? null
  const params: RecordsParams | null =
    code && inScope
      ? { unitId, code, part, period, asOf: search.asOf, page, pageSize: PAGE_SIZE, prosecutorId: search.prosecutorId }
      : null
  const records = useIndicatorRecords(params)
  const data = records.data

  const setSearch = (patch: Partial<RecordsSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, page: patch.page }), replace: true })

  const unitName = scopeUnits.find((s) => s.unit.id === unitId)?.unit.name ?? ''
  const prosecutorName = search.prosecutorId ? data?.items[0]?.prosecutorName : undefined
  const noun = indicator ? RECORD_NOUN[indicator.unitOfCount] : 'hồ sơ'

  const exportWorkbook = () => {
    if (!params) return
    download.mutate(
      { url: recordsWorkbookUrl(params), fileName: `chi-tieu-${params.code}-${params.part}.xlsx` },
      {
        onError: (error) =>
          notifications.show({ color: 'red', title: 'Không xuất được tệp Excel', message: errorMessage(error) }),
      },
    )
  }

  if (!code) {
    return (
      <>
        <PageHeader title={TITLE} />
        <Alert color="yellow" variant="light" title="Chưa chọn chỉ tiêu">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">
              Mở danh sách hồ sơ bằng cách bấm vào tử số hoặc mẫu số của một chỉ tiêu trên bảng chỉ tiêu.
            </Text>
            <RouterButton to="/chi-tieu" search={{}} variant="default" leftSection={<IconArrowLeft size={16} />}>
              Về bảng chỉ tiêu
            </RouterButton>
          </Stack>
        </Alert>
      </>
    )
  }

  if (!inScope) {
    return (
      <>
        <PageHeader title={indicator?.name ?? TITLE} />
        <Alert
          role="alert"
          color="orange"
          variant="light"
          icon={<IconLock size={20} />}
          title="Bạn không có quyền xem danh sách này"
          data-testid="records-out-of-scope"
        >
          <Stack gap="sm" align="flex-start">
            <Text size="sm">
              Đơn vị trong đường dẫn nằm ngoài phạm vi bạn được xem. Nếu cần, hãy liên hệ quản trị hệ thống của đơn vị.
            </Text>
            <RouterButton to="/chi-tieu" search={{}} variant="default" leftSection={<IconArrowLeft size={16} />}>
              Về bảng chỉ tiêu của đơn vị mình
            </RouterButton>
          </Stack>
        </Alert>
      </>
    )
  }

  return (
    <>
      <PageHeader
        title={indicator?.name ?? TITLE}
        description={`${unitName} · ${periodLabel(period)} · số liệu tính đến ngày ${formatDate(search.asOf ?? todayInVietnam())}`}
        actions={
          <Group gap="xs">
            <RouterButton
              to="/chi-tieu"
              search={{ unitId, period, asOf: search.asOf, code }}
              variant="default"
              leftSection={<IconArrowLeft size={18} />}
              data-testid="back-to-dashboard"
            >
              Bảng chỉ tiêu
            </RouterButton>
            <Button
              component="a"
              href={params ? recordsWorkbookUrl(params) : undefined}
              onClick={(event) => {
                event.preventDefault()
                exportWorkbook()
              }}
              variant="default"
              leftSection={<IconFileSpreadsheet size={18} />}
              loading={download.isPending}
              data-testid="records-export"
            >
              Xuất Excel
            </Button>
          </Group>
        }
      />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="md">
          <Stack gap="md">
            {indicator?.denominatorLabel ? (
              <SegmentedControl
                aria-label="Tử số hoặc mẫu số"
                data-testid="records-part"
                value={part}
                onChange={(value) => setSearch({ part: value as RecordPart })}
                data={[
                  { value: 'numerator', label: `${PART_LABELS.numerator}: ${indicator.numeratorLabel}` },
                  { value: 'denominator', label: `${PART_LABELS.denominator}: ${indicator.denominatorLabel}` },
                ]}
                style={{ alignSelf: 'flex-start', maxWidth: '100%' }}
                styles={{ label: { whiteSpace: 'normal' } }}
              />
            ) : null}
            {records.error ? <ErrorAlert error={records.error} onRetry={() => void records.refetch()} /> : null}
            {catalogue.error ? <ErrorAlert error={catalogue.error} onRetry={() => void catalogue.refetch()} /> : null}
            {records.isPending && !data ? <LoadingState /> : null}
            {data ? (
              <>
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" data-testid="records-summary">
                  <Stack gap={2}>
                    <Text size="sm" c="dimmed">
                      {PART_LABELS[data.part]}: {data.label}
                    </Text>
                    <Text fz={28} fw={700} className="tabular" data-testid="records-figure">
                      {formatPart(data.figure, indicator?.unitOfCount ?? 'matter')}
                    </Text>
                  </Stack>
                  <Stack gap={2}>
                    <Text size="sm" c="dimmed">
                      Số dòng trong danh sách
                    </Text>
                    <Text fz={28} fw={700} className="tabular" data-testid="records-total">
                      {formatNumber(data.total)}
                    </Text>
                  </Stack>
                  {indicator?.target ? (
                    <Stack gap={2}>
                      <Text size="sm" c="dimmed">
                        Yêu cầu của chỉ tiêu
                      </Text>
                      <Text fw={600}>{indicator.target.text}</Text>
                    </Stack>
                  ) : null}
                </SimpleGrid>
                {search.prosecutorId ? (
                  <Group gap="xs">
                    <Badge
                      size="lg"
                      variant="light"
                      rightSection={
                        <CloseButton
                          size="xs"
                          aria-label="Bỏ lọc theo kiểm sát viên"
                          onClick={() => setSearch({ prosecutorId: undefined })}
                        />
                      }
                      data-testid="records-prosecutor-filter"
                    >
                      Chỉ hồ sơ của KSV {prosecutorName ?? `#${search.prosecutorId}`}
                    </Badge>
                  </Group>
                ) : null}
                {data.items.length > 0 ? (
                  <RecordsTable
                    records={data.items}
                    unitOfCount={indicator?.unitOfCount ?? 'matter'}
                    linkMatters={linkMatters}
                    busy={records.isFetching}
                  />
                ) : (
                  <Text c="dimmed" ta="center" py="xl" data-testid="records-empty">
                    Không có hồ sơ nào.
                  </Text>
                )}
                <PaginationBar
                  page={page}
                  pageSize={PAGE_SIZE}
                  total={data.total}
                  noun={noun}
                  onChange={(p) => setSearch({ page: p })}
                />
              </>
            ) : null}
          </Stack>
        </Paper>
        {indicator ? (
          <Paper withBorder radius="md" p="md">
            <ProsecutorBreakdown
              indicator={indicator}
              unitId={unitId}
              period={period}
              asOf={search.asOf}
              selected={search.prosecutorId}
              onSelect={(prosecutorId) => setSearch({ prosecutorId })}
            />
          </Paper>
        ) : null}
      </Stack>
    </>
  )
}
