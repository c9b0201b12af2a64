import { useEffect, useMemo, useRef } from 'react'
import { Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import { useMediaQuery } from '@mantine/hooks'
import { IconLock, IconPrinter, IconTarget } from '@tabler/icons-react'
import { openingStatisticsYear } from '@/domain/indicators/opening-year.ts'
import { formatDate, formatDateTime } from '@/shared/format.ts'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { todayInVietnam } from '@/web/features/deadlines/utils/deadlineTone.ts'
import { useCurrentUnit } from '@/web/features/units/hooks/useCurrentUnit.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { ForbiddenPage } from '@/web/shared/components/ForbiddenNotice.tsx'
import { LoadingState } from '@/web/shared/components/LoadingState.tsx'
import { PageHeader } from '@/web/shared/components/PageHeader.tsx'
import { RouterButton } from '@/web/shared/components/RouterButton.tsx'
import { usePrintedAt } from '@/web/shared/hooks/usePrintedAt.ts'
import { useShortUnitNames } from '@/web/features/units/hooks/useUnits.ts'
import { useCatalogue, useIndicatorValues } from '../hooks/useIndicators.ts'
import { partialLastYearNote, STATUS_TONES } from '../utils/indicatorFormat.ts'
import type { TargetStatus } from '../utils/indicatorFormat.ts'
import { recordsSearchFor } from '../utils/indicatorsSearch.ts'
import type { DashboardSearch, RecordPart } from '../utils/indicatorsSearch.ts'
import { periodLabel, statisticsYearKey, statisticsYearOf, statisticsYearOfPeriod } from '../utils/periods.ts'
import { ChildrenTable } from './ChildrenTable.tsx'
import { ClosurePanel } from './ClosurePanel.tsx'
import { DashboardFilters } from './DashboardFilters.tsx'
import { IndicatorCards } from './IndicatorCards.tsx'
import { IndicatorTable } from './IndicatorTable.tsx'
import type { IndicatorRow } from './IndicatorTable.tsx'
import { RankingChart } from './RankingChart.tsx'
import { TrendChart } from './TrendChart.tsx'
import { NewYearNotice } from './NewYearNotice.tsx'
import './indicatorsPrint.css'

const routeApi = getRouteApi('/_app/chi-tieu')
const TITLE = 'Chỉ tiêu nghiệp vụ'

export function IndicatorsPage() {
  const me = useMe()
  if (!me.can.readIndicators) {
    return <ForbiddenPage title={TITLE} what="xem chỉ tiêu nghiệp vụ" />
  }
  return (
    <IndicatorsDashboard
      canDrill={me.can.readMatters}
      canClose={me.can.closePeriods}
      canManage={me.can.manageIndicators}
    />
  )
}

type DashboardProps = { canDrill: boolean; canClose: boolean; canManage: boolean }

function IndicatorsDashboard({ canDrill, canClose, canManage }: DashboardProps) {
  const { unit: currentUnit, scopeUnits } = useCurrentUnit()
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const goTo = useNavigate()
  const today = todayInVietnam()
  const printedAt = usePrintedAt()

  const unitId = search.unitId ?? currentUnit.id
  // In the first month of a statistics year, the year just ended (issue 12, item 2).
  const opening = openingStatisticsYear(today)
  // Below Mantine's sm breakpoint (48em, 768 px) a card per indicator, its result first (issue 12, item 5).
  const phone = useMediaQuery('(max-width: 47.99em)') ?? false
  const period = search.period ?? statisticsYearKey(opening.year)
  const asOf = search.asOf

  const setSearch = (patch: Partial<DashboardSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true })

  // A unit chosen in the header replaces the one in the link.
  const previousUnit = useRef(currentUnit.id)
  useEffect(() => {
    if (previousUnit.current !== currentUnit.id && search.unitId)
      void navigate({ search: (prev) => ({ ...prev, unitId: undefined }), replace: true })
    previousUnit.current = currentUnit.id
  }, [currentUnit.id, search.unitId, navigate])

  const catalogue = useCatalogue()
  const values = useIndicatorValues({ unitId, period, asOf })
  const shortNames = useShortUnitNames(unitId)
  const data = values.data

  const rows = useMemo((): IndicatorRow[] => {
    if (!catalogue.data || !data) return []
    const byCode = new Map(data.indicators.map((v) => [v.code, v]))
    return catalogue.data.items.flatMap((info) => {
      const value = byCode.get(info.code)
      return value ? [{ info, value }] : []
    })
  }, [catalogue.data, data])

  const chartIndicator = useMemo(() => {
    const infos = rows.map((r) => r.info)
    return (
      infos.find((i) => i.code === search.code) ?? infos.find((i) => i.isRate && i.target !== null) ?? infos[0] ?? null
    )
  }, [rows, search.code])

  const counts = useMemo(() => {
    const result: Record<TargetStatus, number> = { met: 0, at_risk: 0, missed: 0, no_target: 0 }
    for (const r of rows) result[r.value.status] += 1
    return result
  }, [rows])

  // Links carry the period and day the figures were computed for, so the list behind a figure counts the same records.
  const drill = data && canDrill ? { unitId: data.unit.id, period: data.period.key, asOf: data.asOf } : null
  const openRecords = (input: { unitId: number; code: string; part: RecordPart; period: string }) =>
    void goTo({ to: '/chi-tieu/ho-so', search: recordsSearchFor({ ...input, asOf: data?.asOf }) })

  // Last year partial (a register begun mid-year): said beside every comparison (issue 12, item 2).
  const partialNote = data ? partialLastYearNote(data.lastYearPeriod.from, data.registerFrom) : null

  const unitName = data?.unit.name ?? scopeUnits.find((s) => s.unit.id === unitId)?.unit.name ?? currentUnit.name
  const shownPeriod = data?.period.label ?? periodLabel(period)
  const shownAsOf = data?.asOf ?? asOf ?? today
  const error = values.error ?? catalogue.error
  const chartYear = statisticsYearOfPeriod(data?.period.key ?? period) ?? statisticsYearOf(today)

  return (
    <div className="indicators-print-root" data-testid="indicators-dashboard">
      <div className="indicators-print-only" data-testid="indicators-print-header">
        <Text fw={700} size="lg">
          {TITLE} – {unitName}
        </Text>
        <Text size="sm">
          {shownPeriod}. Số liệu tính đến ngày {formatDate(shownAsOf)}
          {data ? `, tổng hợp lúc ${formatDateTime(data.computedAt)}` : ''}.
        </Text>
        {printedAt ? <Text size="sm">In lúc {formatDateTime(printedAt)}.</Text> : null}
      </div>

      <div className="indicators-print-hide">
        <PageHeader
          title={TITLE}
          description={`${unitName} · ${shownPeriod} · số liệu tính đến ngày ${formatDate(shownAsOf)}`}
          actions={
            <Group gap="xs">
              {canManage ? (
                <RouterButton
                  to="/chi-tieu/muc-tieu"
                  variant="default"
                  leftSection={<IconTarget size={18} />}
                  data-testid="open-targets"
                >
                  Mục tiêu, công thức
                </RouterButton>
              ) : null}
              <Button
                variant="default"
                leftSection={<IconPrinter size={18} />}
                onClick={() => window.print()}
                disabled={!data}
                data-testid="print-indicators"
              >
                In
              </Button>
            </Group>
          }
        />
      </div>

      <Stack gap="lg">
        <Paper withBorder radius="md" p="md" className="indicators-print-hide">
          <DashboardFilters unitId={unitId} period={period} asOf={asOf} onChange={setSearch} />
        </Paper>
        <NewYearNotice
          opening={opening}
          period={period}
          onPeriod={(key) => setSearch({ period: key, asOf: undefined })}
        />

        {error ? (
          <ErrorAlert error={error} onRetry={() => void (values.error ? values.refetch() : catalogue.refetch())} />
        ) : null}
        {(values.isPending || catalogue.isPending) && !error ? <LoadingState label="Đang tính các chỉ tiêu…" /> : null}

        {data && catalogue.data ? (
          <>
            <Paper withBorder radius="md" p="md">
              <Stack gap="sm">
                <Group justify="space-between" align="flex-start" gap="sm">
                  <Group gap="xs" data-testid="status-summary">
                    {(['met', 'at_risk', 'missed', 'no_target'] as const).map((status) =>
                      counts[status] > 0 ? (
                        <Badge
                          key={status}
                          color={STATUS_TONES[status].color}
                          variant={status === 'no_target' ? 'outline' : 'light'}
                          size="lg"
                        >
                          {STATUS_TONES[status].label}: {counts[status]}
                        </Badge>
                      ) : null,
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    Cùng kỳ năm trước: {data.lastYearPeriod.label} · tổng hợp lúc {formatDateTime(data.computedAt)}
                  </Text>
                </Group>
                {data.closure ? (
                  <Alert color="blue" variant="light" icon={<IconLock size={18} />} data-testid="closure-notice">
                    Kỳ này đã được chốt ngày {formatDateTime(data.closure.closedAt)} (số liệu tính đến ngày{' '}
                    {formatDate(data.closure.asOf)}, người chốt: {data.closure.closedBy}). Cột “Số đã báo cáo” ghi số đã
                    báo cáo và chênh lệch nếu có.
                  </Alert>
                ) : null}
                {rows.length > 0 && phone ? (
                  <IndicatorCards
                    rows={rows}
                    drill={drill}
                    onShowChart={(code) => setSearch({ code })}
                    partialNote={partialNote}
                  />
                ) : rows.length > 0 ? (
                  <IndicatorTable
                    rows={rows}
                    drill={drill}
                    closed={data.closure !== null}
                    chartCode={chartIndicator?.code ?? null}
                    onShowChart={(code) => setSearch({ code })}
                    busy={values.isFetching}
                    partialNote={partialNote}
                  />
                ) : (
                  <Text c="dimmed" ta="center" py="xl">
                    Chưa có chỉ tiêu nào áp dụng cho kỳ này.
                  </Text>
                )}
              </Stack>
            </Paper>

            {chartIndicator ? (
              <Paper withBorder radius="md" p="md" className="indicators-print-keep">
                <Stack gap="sm">
                  <Group justify="space-between" align="flex-end" gap="sm">
                    <Title order={2} size="h4">
                      Biểu đồ: {chartIndicator.name}
                    </Title>
                    <Select
                      className="indicators-print-hide"
                      label="Chỉ tiêu trên biểu đồ"
                      data={rows.map((r) => ({ value: r.info.code, label: r.info.name }))}
                      value={chartIndicator.code}
                      onChange={(code) => code && setSearch({ code })}
                      allowDeselect={false}
                      searchable
                      w={{ base: '100%', sm: 420 }}
                      data-testid="chart-indicator"
                    />
                  </Group>
                  <SimpleGrid
                    cols={{ base: 1, lg: data.children.length > 0 ? 2 : 1 }}
                    className="indicators-chart-grid"
                  >
                    <Stack gap={4}>
                      <Text size="sm" fw={600}>
                        Diễn biến trong năm thống kê {chartYear} so với cùng kỳ
                      </Text>
                      <TrendChart
                        unitId={data.unit.id}
                        indicator={chartIndicator}
                        year={chartYear}
                        asOf={data.asOf}
                        registerFrom={data.registerFrom}
                        onOpenMonth={
                          canDrill
                            ? (month) =>
                                openRecords({
                                  unitId: data.unit.id,
                                  code: chartIndicator.code,
                                  part: 'numerator',
                                  period: month,
                                })
                            : null
                        }
                      />
                    </Stack>
                    {data.children.length > 0 ? (
                      <Stack gap={4}>
                        <Text size="sm" fw={600}>
                          Xếp hạng các đơn vị trực thuộc
                        </Text>
                        <RankingChart
                          unitId={data.unit.id}
                          indicator={chartIndicator}
                          period={data.period.key}
                          asOf={data.asOf}
                          onOpenUnit={
                            canDrill
                              ? (child) =>
                                  openRecords({
                                    unitId: child,
                                    code: chartIndicator.code,
                                    part: 'numerator',
                                    period: data.period.key,
                                  })
                              : null
                          }
                        />
                      </Stack>
                    ) : null}
                  </SimpleGrid>
                </Stack>
              </Paper>
            ) : null}

            {data.children.length > 0 ? (
              <Paper withBorder radius="md" p="md" className="indicators-print-section">
                <Stack gap="sm">
                  <Title order={2} size="h4">
                    Các đơn vị trực thuộc
                  </Title>
                  <ChildrenTable
                    units={data.children}
                    indicators={rows.map((r) => r.info)}
                    drill={drill ? { period: drill.period, asOf: drill.asOf } : null}
                    shortNames={shortNames}
                    busy={values.isFetching}
                  />
                </Stack>
              </Paper>
            ) : null}

            <Paper withBorder radius="md" p="md" className="indicators-print-keep">
              <ClosurePanel unit={data.unit} period={data.period} canClose={canClose} />
            </Paper>
          </>
        ) : null}
      </Stack>
    </div>
  )
}
