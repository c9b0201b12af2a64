import { daysInMonth, fromParts, weekday, weekdayNameVi } from '@/domain/calendar/civil-date.ts'
import type { CalendarDay, CalendarYear, DayReason } from '@/shared/api/calendar.ts'
import { formatDate } from '@/shared/format.ts'

/** How a day reads on the grid: the strongest of its reasons, or an ordinary working day. */
export type DayKind =
  | 'working'
  | 'weekend'
  | 'holiday'
  | 'substitute_day_off'
  | 'official_day_off'
  | 'official_working_day'

export const DAY_KIND_LABELS: Record<DayKind, string> = {
  working: 'Ngày làm việc',
  weekend: 'Nghỉ cuối tuần',
  holiday: 'Nghỉ lễ, tết',
  substitute_day_off: 'Nghỉ bù (tính theo Điều 111 khoản 3 BLLĐ 2019 — chưa xác nhận)',
  official_day_off: 'Nghỉ theo lịch chính thức',
  official_working_day: 'Ngày làm bù',
}

/** The legend, in the order a reader meets the colours. */
export const LEGEND_KINDS: readonly Exclude<DayKind, 'working'>[] = [
  'weekend',
  'holiday',
  'substitute_day_off',
  'official_day_off',
  'official_working_day',
]

/** Monday first, as Vietnamese calendars are printed. */
export const WEEKDAY_HEADERS = [
  { short: 'T2', long: 'Thứ Hai' },
  { short: 'T3', long: 'Thứ Ba' },
  { short: 'T4', long: 'Thứ Tư' },
  { short: 'T5', long: 'Thứ Năm' },
  { short: 'T6', long: 'Thứ Sáu' },
  { short: 'T7', long: 'Thứ Bảy' },
  { short: 'CN', long: 'Chủ nhật' },
] as const

export type GridDay = {
  date: string
  day: number
  kind: DayKind
  reasons: DayReason[]
  /** "Thứ Sáu 01/05/2026". */
  heading: string
  /** The heading, the kind and the reasons, for screen readers. */
  label: string
}
export type MonthGrid = { month: number; title: string; weeks: (GridDay | null)[][] }

/** Every day the server describes (days off and make-up working days), by date. */
export const indexCalendar = (data: CalendarYear): Map<string, CalendarDay> =>
  new Map([...data.daysOff, ...data.workingDayOverrides].map((day) => [day.date, day]))

const has = (day: CalendarDay, kind: DayReason['kind']) => day.reasons.some((r) => r.kind === kind)

/** A statutory holiday outranks an official day off, which outranks a computed nghỉ bù, which outranks a plain weekend. */
export const dayKindOf = (day: CalendarDay | undefined): DayKind => {
  if (!day) return 'working'
  if (!day.isDayOff) return has(day, 'official_working_day') ? 'official_working_day' : 'working'
  if (has(day, 'holiday')) return 'holiday'
  if (has(day, 'official_day_off')) return 'official_day_off'
  if (has(day, 'substitute_day_off')) return 'substitute_day_off'
  if (has(day, 'weekend')) return 'weekend'
  return 'working'
}

/** The reasons worth reading: "Thứ Bảy" adds nothing next to a holiday on that Saturday. */
export const meaningfulReasons = (reasons: readonly DayReason[]): DayReason[] => {
  const others = reasons.filter((r) => r.kind !== 'weekend')
  return others.length > 0 ? others : [...reasons]
}

/** "Thứ Sáu 01/05/2026". */
export const dayHeading = (date: string): string => `${weekdayNameVi(date)} ${formatDate(date)}`

/** "Thứ Sáu 01/05/2026 — Nghỉ lễ, tết: Ngày Quốc tế Lao động (1/5)": what a screen reader announces for a day. */
export const dayLabel = (date: string, kind: DayKind, reasons: readonly DayReason[]): string => {
  const head = `${dayHeading(date)} — ${DAY_KIND_LABELS[kind]}`
  if (kind === 'working' || kind === 'weekend') return head
  const texts = meaningfulReasons(reasons).map((r) => r.text)
  return texts.length > 0 ? `${head}: ${texts.join('; ')}` : head
}

/** The twelve months as weeks of seven cells, Monday to Sunday; cells outside the month are null. */
export const buildYearGrid = (year: number, byDate: ReadonlyMap<string, CalendarDay>): MonthGrid[] =>
  Array.from({ length: 12 }, (_, index) => {
    const month = index + 1
    const first = fromParts({ year, month, day: 1 })
    const leading = (weekday(first) + 6) % 7
    const cells: (GridDay | null)[] = Array.from({ length: leading }, () => null)
    for (let day = 1; day <= daysInMonth(year, month); day++) {
      const date = fromParts({ year, month, day })
      const described = byDate.get(date)
      const kind = dayKindOf(described)
      const reasons = described?.reasons ?? []
      cells.push({ date, day, kind, reasons, heading: dayHeading(date), label: dayLabel(date, kind, reasons) })
    }
    while (cells.length % 7 !== 0) cells.push(null)
    const weeks: (GridDay | null)[][] = []
    for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
    return { month, title: `Tháng ${month}`, weeks }
  })

/** One statutory holiday of the year, for the list under the grid. */
export type HolidayRow = {
  key: string
  date: string
  text: string
  legalSource: string | null
  unconfirmed: string | null
  /** False when the official calendar makes the holiday a working day. */
  isDayOff: boolean
  isWeekend: boolean
}

/** One official entry as every user sees it (administrators get the full entry from /calendar/official). */
export type OfficialRow = {
  key: string
  date: string
  kind: 'day_off' | 'working_day'
  reason: string
  legalSource: string | null
  entryId: number | null
}

const byDateOrder = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)

const describedDays = (data: CalendarYear): CalendarDay[] =>
  [...data.daysOff, ...data.workingDayOverrides].sort(byDateOrder)

export const holidayRows = (data: CalendarYear): HolidayRow[] =>
  describedDays(data).flatMap((day) =>
    day.reasons
      .filter((r) => r.kind === 'holiday')
      .map((r, i) => ({
        key: `${day.date}-${i}`,
        date: day.date,
        text: r.text,
        legalSource: r.legalSource,
        unconfirmed: r.unconfirmed,
        isDayOff: day.isDayOff,
        isWeekend: day.isWeekend,
      })),
  )

export const officialRows = (data: CalendarYear): OfficialRow[] =>
  describedDays(data).flatMap((day) =>
    day.reasons
      .filter((r) => r.kind === 'official_day_off' || r.kind === 'official_working_day')
      .map((r, i) => ({
        key: `${day.date}-${i}`,
        date: day.date,
        kind: r.kind === 'official_day_off' ? ('day_off' as const) : ('working_day' as const),
        reason: r.text,
        legalSource: r.legalSource,
        entryId: r.entryId,
      })),
  )

/** "02/07/2026 → 03/07/2026"; a deadline that starts or stops being computed reads "chưa có" / "không còn tính". */
export const movedRange = (m: { from: string | null; to: string | null }): { from: string; to: string } => ({
  from: m.from ? formatDate(m.from) : 'chưa có',
  to: m.to ? formatDate(m.to) : 'không còn tính',
})

/** The year of an ISO date. */
export const yearOf = (date: string): number => Number(date.slice(0, 4))
