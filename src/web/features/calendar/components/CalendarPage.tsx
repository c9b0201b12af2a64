import { useEffect, useMemo, useRef, useState } from 'react'
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconPlus, IconPrinter } from '@tabler/icons-react'
import type { OfficialCalendarEntry } from '@/shared/api/calendar.ts'
import { formatNumber } from '@/shared/format.ts'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { todayInVietnam } from '@/web/features/deadlines/utils/deadlineTone.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { LoadingState } from '@/web/shared/components/LoadingState.tsx'
import { PageHeader } from '@/web/shared/components/PageHeader.tsx'
import { useCalendarYear } from '../hooks/useCalendarYear.ts'
import { useOfficialEntries } from '../hooks/useOfficialEntries.ts'
import type { CalendarChange } from '../utils/calendarChange.ts'
import { buildYearGrid, holidayRows, indexCalendar, officialRows, yearOf } from '../utils/calendarDays.ts'
import { CalendarGrid } from './CalendarGrid.tsx'
import { CalendarLegend } from './CalendarLegend.tsx'
import { DeleteOfficialEntryModal } from './DeleteOfficialEntryModal.tsx'
import { HolidayList } from './HolidayList.tsx'
import { MovedDeadlinesPanel } from './MovedDeadlinesPanel.tsx'
import { OfficialEntriesList } from './OfficialEntriesList.tsx'
import type { OfficialEntryRow } from './OfficialEntriesList.tsx'
import { OfficialEntryFormModal } from './OfficialEntryFormModal.tsx'
import { YearConfirmationPanel } from './YearConfirmationPanel.tsx'
import { YearPicker } from './YearPicker.tsx'
import classes from './Calendar.module.css'

/** The entry dialog: entry null adds a day; the entry stays set while the dialog fades out. */
type Editing = { opened: boolean; entry: OfficialCalendarEntry | null }

/**
 * Lịch nghỉ (/lich-nghi): the year's days off — weekends, statutory holidays (Tết and Giỗ Tổ from the
 * lunar calendar), the official calendar — and its make-up working days. Administrators keep the
 * official calendar here and see at once which deadlines each change moved.
 */
export function CalendarPage() {
  const me = useMe()
  const canManage = me.can.manageUnits
  const today = todayInVietnam()
  const currentYear = yearOf(today)
  const [year, setYear] = useState(currentYear)
  const [editing, setEditing] = useState<Editing>({ opened: false, entry: null })
  const [deleting, setDeleting] = useState<OfficialCalendarEntry | null>(null)
  const [lastChange, setLastChange] = useState<CalendarChange | null>(null)
  const movedRef = useRef<HTMLDivElement>(null)

  const calendar = useCalendarYear(year)
  const official = useOfficialEntries(year, canManage)
  const data = calendar.data

  const months = useMemo(() => (data ? buildYearGrid(data.year, indexCalendar(data)) : []), [data])
  const holidays = useMemo(() => (data ? holidayRows(data) : []), [data])
  const entryRows = useMemo<OfficialEntryRow[]>(() => {
    // Administrators edit from the full entries; everyone else reads them off the year's calendar.
    if (canManage && official.data) {
      return official.data.map((entry) => ({
        key: `entry-${entry.id}`,
        date: entry.date,
        kind: entry.kind,
        reason: entry.reason,
        legalSource: entry.legalSource,
        entry,
      }))
    }
    return data ? officialRows(data).map((row) => ({ ...row, entry: null })) : []
  }, [canManage, official.data, data])

  const showChange = (change: CalendarChange) => {
    setLastChange(change)
    // The calendar follows the change, so the day that changed is on screen.
    setYear(yearOf(change.date))
  }

  // Each change brings its list of moved deadlines into view.
  useEffect(() => {
    if (lastChange) movedRef.current?.scrollIntoView({ behavior: 'smooth', block: 'nearest' })
  }, [lastChange])

  const shownYear = data?.year ?? year
  const busy = calendar.isFetching && data?.year !== year

  return (
    <>
      <PageHeader
        title="Lịch nghỉ"
        description={`Ngày nghỉ cuối tuần, nghỉ lễ, tết và lịch chính thức năm ${year} — căn cứ để tính thời hạn tố tụng.`}
        actions={
          <Group gap="sm" className={classes.noPrint}>
            <YearPicker value={year} onChange={setYear} currentYear={currentYear} />
            <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={() => window.print()}>
              In
            </Button>
            {canManage ? (
              <Button
                leftSection={<IconPlus size={18} />}
                onClick={() => setEditing({ opened: true, entry: null })}
                data-testid="official-entry-add"
              >
                Thêm ngày
              </Button>
            ) : null}
          </Group>
        }
      />
      <Stack gap="lg">
        {calendar.error ? <ErrorAlert error={calendar.error} onRetry={() => void calendar.refetch()} /> : null}
        {calendar.isPending ? <LoadingState label="Đang tải lịch…" /> : null}
        {data ? (
          <Paper
            withBorder
            radius="md"
            p="md"
            component="section"
            aria-labelledby="calendar-year-title"
            className={classes.printSection}
          >
            <Stack gap="md">
              <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
                <Stack gap={2}>
                  <Title order={2} size="h3" id="calendar-year-title">
                    Năm {shownYear}
                  </Title>
                  <Text size="sm" c="dimmed" data-testid="calendar-summary">
                    {formatNumber(data.summary.daysOff)} ngày nghỉ, trong đó {formatNumber(data.summary.weekdaysOff)}{' '}
                    ngày nghỉ không trùng thứ Bảy, Chủ nhật · {formatNumber(data.summary.workingDays)} ngày làm việc
                  </Text>
                </Stack>
                <CalendarLegend />
              </Group>
              <CalendarGrid year={shownYear} months={months} today={today} busy={busy} />
            </Stack>
          </Paper>
        ) : null}
        {lastChange && canManage ? (
          <MovedDeadlinesPanel ref={movedRef} change={lastChange} onClose={() => setLastChange(null)} />
        ) : null}
        {data ? (
          <>
            <Paper
              withBorder
              radius="md"
              p="md"
              component="section"
              aria-labelledby="calendar-confirmation-title"
              className={`${classes.printSection} ${classes.listSection}`}
            >
              <YearConfirmationPanel data={data} canManage={canManage} onChanged={showChange} />
            </Paper>
            <Paper
              withBorder
              radius="md"
              p="md"
              component="section"
              aria-labelledby="calendar-official-title"
              className={`${classes.printSection} ${classes.listSection}`}
            >
              <Stack gap="sm">
                <Title order={2} size="h4" id="calendar-official-title">
                  Lịch chính thức năm {shownYear}
                </Title>
                <Text size="sm" c="dimmed">
                  Ngày nghỉ và ngày làm bù theo thông báo của Chính phủ, ưu tiên hơn lịch mặc định.
                </Text>
                {canManage && official.error ? (
                  <ErrorAlert error={official.error} onRetry={() => void official.refetch()} />
                ) : null}
                <OfficialEntriesList
                  year={shownYear}
                  rows={entryRows}
                  canManage={canManage && official.data !== undefined}
                  onEdit={(entry) => setEditing({ opened: true, entry })}
                  onDelete={setDeleting}
                />
              </Stack>
            </Paper>
            <Paper
              withBorder
              radius="md"
              p="md"
              component="section"
              aria-labelledby="calendar-holidays-title"
              className={`${classes.printSection} ${classes.listSection}`}
            >
              <Stack gap="sm">
                <Title order={2} size="h4" id="calendar-holidays-title">
                  Ngày nghỉ lễ, tết năm {shownYear}
                </Title>
                <Text size="sm" c="dimmed">
                  Theo Bộ luật Lao động; Tết Âm lịch và Giỗ Tổ Hùng Vương tính theo âm lịch Việt Nam.
                </Text>
                <HolidayList year={shownYear} rows={holidays} />
              </Stack>
            </Paper>
          </>
        ) : null}
      </Stack>
      {canManage ? (
        <>
          <OfficialEntryFormModal
            opened={editing.opened}
            onClose={() => setEditing((current) => ({ ...current, opened: false }))}
            entry={editing.entry}
            year={year}
            onSaved={showChange}
          />
          <DeleteOfficialEntryModal entry={deleting} onClose={() => setDeleting(null)} onDeleted={showChange} />
        </>
      ) : null}
    </>
  )
}
