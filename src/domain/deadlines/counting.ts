// How time limits are counted — in ONE place (DOMAIN.md §4.8, §10.1 fact 10).
//
// BLTTHS 2015 Điều 134 "Tính thời hạn" (khoản 1), as quoted by lawnet.vn
// (https://lawnet.vn/ngan-hang-phap-luat/tu-van-phap-luat/thu-tuc-to-tung/cach-tinh-thoi-han-trong-to-tung-hinh-su-277007)
// and luathoanganh.vn: "Khi tính thời hạn theo ngày thì thời hạn sẽ hết vào lúc 24 giờ
// ngày cuối cùng của thời hạn. Khi tính thời hạn theo tháng thì thời hạn hết vào ngày
// trùng của tháng sau; nếu tháng đó không có ngày trùng thì thời hạn hết vào ngày cuối
// cùng của tháng đó; nếu thời hạn hết vào ngày nghỉ thì ngày làm việc đầu tiên tiếp theo
// được tính là ngày cuối cùng của thời hạn. Khi tính thời hạn tạm giữ, tạm giam thì thời
// hạn hết vào ngày kết thúc thời hạn được ghi trong lệnh, quyết định."
//
// What the text leaves open, and the two readings kiemsat computes (issue 9 item 6):
// - Limits in days: the text does not say whether the day of the triggering event is
//   day 1, and the day-off sentence sits in the sentence on months, so it does not
//   clearly reach limits in days. The LENIENT reading (CRIMINAL_COUNTING) starts on the
//   next day and moves a last day off to the next working day; the STRICT reading
//   (STRICT_CRIMINAL_COUNTING) counts the triggering day as day 1 and never moves.
// - Limits in months: the text fixes the end — the same-numbered day of the later month
//   (20/04 → 20/05) — and moves a last day off, so a rule whose limit is in months (Điều 147
//   khoản 2's 02 tháng) has one reading, and a fresh period in months after a resumption is
//   counted the same way under both. A months extension that follows a limit in days starts
//   where that limit ended, so under the strict reading it ends a day earlier too (20 days
//   from 01/10 strict → 20/10, + 02 tháng → 20/12; lenient 21/10 → 21/12), and both move.
// - Limits in years: Điều 134 names the unit and gives no end rule; the lenient reading
//   ends on the same-numbered day of the later year (as for months, moved off a day off),
//   the strict one counts the triggering day and ends the day before, never moved.
// The strict reading is never later than the lenient one. Which one a rule counts is the
// rule's `reading` setting (rule-types.ts), with its source; custody and detention are
// counted by their own policies and never move.
import { addDays, addMonthsClamped, formatViDate, fromDayNumber, toDayNumber } from '@/domain/calendar/index.ts'
import type { IsoDate, WorkingCalendar } from '@/domain/calendar/index.ts'

export type PeriodUnit = 'hours' | 'days' | 'months' | 'years'
export type Period = { unit: PeriodUnit; amount: number }

export const hours = (amount: number): Period => ({ unit: 'hours', amount })
export const days = (amount: number): Period => ({ unit: 'days', amount })
export const months = (amount: number): Period => ({ unit: 'months', amount })
export const years = (amount: number): Period => ({ unit: 'years', amount })

const UNIT_LABELS: Readonly<Record<PeriodUnit, string>> = { hours: 'giờ', days: 'ngày', months: 'tháng', years: 'năm' }

/** "02 tháng", "15 ngày": the two-digit style of Vietnamese procedural documents. */
export const formatPeriod = ({ unit, amount }: Period): string =>
  `${String(amount).padStart(2, '0')} ${UNIT_LABELS[unit]}`

export type CountingPolicy = {
  code: string
  /** The day of the triggering event is day 1 (true) or day 1 is the next day (false, the default). */
  countsStartDay: boolean
  /** A last day that is a day off moves to the next working day. */
  rollsOverDaysOff: boolean
  /** A limit in months counts each month as this many days (custody and detention: 30). */
  monthDays?: number
  source: string
  unconfirmed?: string
}

const BLTTHS_COUNTING_SOURCE = 'Điều 134 BLTTHS 2015 (Tính thời hạn)'
const BLTTHS_COUNTING_NOTE =
  'Điều 134 BLTTHS 2015 không nói ngày xảy ra sự kiện có được tính là ngày thứ nhất hay không, và quy định chuyển sang ngày làm việc tiếp theo chỉ được viết cho thời hạn tính theo tháng.'

/** Criminal procedure, days and months: day 1 is the day after the event; holiday roll-over applies. */
export const CRIMINAL_COUNTING: CountingPolicy = {
  code: 'BLTTHS_THONG_THUONG',
  countsStartDay: false,
  rollsOverDaysOff: true,
  source: BLTTHS_COUNTING_SOURCE,
  unconfirmed: `${BLTTHS_COUNTING_NOTE} Việc không tính ngày xảy ra sự kiện là thực tiễn còn tranh luận (DOMAIN.md §4.5).`,
}

/**
 * The strict reading of Điều 134 for limits in days and years: the day of the event is
 * day 1 and a last day off does not move. A chain whose last period is in months still
 * moves (Điều 134 says so for months): see `strictVariant` in readings.ts.
 */
export const STRICT_CRIMINAL_COUNTING: CountingPolicy = {
  code: 'BLTTHS_CACH_TINH_CHAT',
  countsStartDay: true,
  rollsOverDaysOff: false,
  source: `${BLTTHS_COUNTING_SOURCE}, cách đọc chặt: tính cả ngày xảy ra sự kiện, không chuyển ngày nghỉ`,
  unconfirmed: BLTTHS_COUNTING_NOTE,
}

// Điều 134 khoản 1 đoạn cuối BLTTHS 2015: "Khi tính thời hạn tạm giữ, tạm giam thì thời hạn
// hết vào ngày kết thúc thời hạn được ghi trong lệnh, quyết định. Nếu thời hạn được tính bằng
// tháng thì 01 tháng được tính là 30 ngày" (lawnet.vn, luathoanganh.vn quoting the article).
// TTLT 04/2018/TTLT-VKSNDTC-BCA-BQP Điều 17 khoản 1: counted continuously through Saturdays,
// Sundays, holidays and Tết; it ends at 24:00 of the last day written in the order
// (phapluat.suckhoedoisong.vn, thukyluat.vn). Procuracies compute the last day as
// start + days − 1 (VKSND Cao Bằng, DOMAIN.md §4.8): 02 tháng from 01/03/2025 = 60 days → 29/04/2025.
export const DETENTION_COUNTING: CountingPolicy = {
  code: 'BLTTHS_TAM_GIAM',
  countsStartDay: true,
  rollsOverDaysOff: false,
  monthDays: 30,
  source: 'Điều 134 khoản 1 BLTTHS 2015; Điều 17 Thông tư liên tịch 04/2018/TTLT-VKSNDTC-BCA-BQP',
}

// Custody runs by the clock from the moment the person is received (lệnh tạm giữ states hours).
export const CUSTODY_COUNTING: CountingPolicy = {
  code: 'BLTTHS_TAM_GIU',
  countsStartDay: true,
  rollsOverDaysOff: false,
  source: BLTTHS_COUNTING_SOURCE,
  unconfirmed: `${BLTTHS_COUNTING_NOTE} Tính 03 ngày thành 72 giờ kể từ thời điểm nhận người bị giữ theo mẫu lệnh tạm giữ là thực tiễn, chưa đối chiếu văn bản.`,
}

// BLTTDS 2015 and LTTHC 2015 count procedural time limits by the Civil Code
// (BLDS 2015 Điều 147, 148): the first day is not counted; a last day that is a
// weekend or holiday moves to the next working day.
export const CIVIL_COUNTING: CountingPolicy = {
  code: 'BLDS_THOI_HAN',
  countsStartDay: false,
  rollsOverDaysOff: true,
  source: 'BLTTDS 2015, LTTHC 2015 (dẫn chiếu BLDS 2015 Điều 147, 148)',
  unconfirmed:
    'Số hiệu điều khoản dẫn chiếu về cách tính thời hạn trong BLTTDS, LTTHC và BLDS chưa đối chiếu văn bản chính thức.',
}

/** Codes of the counting steps recorded on every computed deadline. */
export const COUNTING_STEP = {
  startDayExcluded: 'COUNT_START_DAY_EXCLUDED',
  startDayIncluded: 'COUNT_START_DAY_INCLUDED',
  daysEndAt24h: 'COUNT_DAYS_END_24H',
  monthsSameDay: 'COUNT_MONTHS_SAME_DAY',
  monthsLastDayOfMonth: 'COUNT_MONTHS_LAST_DAY_OF_MONTH',
  monthsDayBefore: 'COUNT_MONTHS_DAY_BEFORE_SAME_DAY',
  monthsThirtyDays: 'COUNT_MONTHS_30_DAYS',
  custodyDeducted: 'CUSTODY_DAYS_DEDUCTED',
  yearsSameDay: 'COUNT_YEARS_SAME_DAY',
  hours: 'COUNT_HOURS',
  dayOffRollOver: 'DAY_OFF_ROLL_OVER',
  dayOffNoRollOver: 'DAY_OFF_NO_ROLL_OVER',
} as const

export type PeriodEnd = { lastDay: IsoDate; steps: string[] }

/**
 * Last day of `period` triggered by an event on `anchor`. With `countsStartDay` the
 * anchor is day 1, so 20 days end on anchor + 19 and 2 months on the day before the
 * same-numbered day; without it, on anchor + 20 and on the same-numbered day.
 */
export const lastDayOf = (anchor: IsoDate, period: Period, countsStartDay: boolean): PeriodEnd => {
  const startStep = countsStartDay ? COUNTING_STEP.startDayIncluded : COUNTING_STEP.startDayExcluded
  // Limits in hours run by the clock (toLocalMinutes), never through calendar days.
  if (period.unit === 'hours') throw new RangeError('Thời hạn tính theo giờ phải tính theo thời điểm, không theo ngày')
  if (period.unit === 'days') {
    const n = period.amount
    return { lastDay: addDays(anchor, countsStartDay ? n - 1 : n), steps: [startStep, COUNTING_STEP.daysEndAt24h] }
  }
  const monthCount = period.unit === 'months' ? period.amount : period.amount * 12
  const sameDay = addMonthsClamped(anchor, monthCount)
  const clamped = sameDay.slice(8) !== anchor.slice(8)
  const monthStep = period.unit === 'years' ? COUNTING_STEP.yearsSameDay : COUNTING_STEP.monthsSameDay
  const steps = [startStep, monthStep, ...(clamped ? [COUNTING_STEP.monthsLastDayOfMonth] : [])]
  // Counting the first day ends the day before; when the month was clamped to its last
  // day this is one day shorter than a literal reading, which errs on the side of liberty.
  return countsStartDay
    ? { lastDay: addDays(sameDay, -1), steps: [...steps, COUNTING_STEP.monthsDayBefore] }
    : { lastDay: sameDay, steps }
}

/**
 * Last day of `period` under `policy`: with `monthDays` (custody and detention, Điều 134
 * khoản 1 đoạn cuối) N months are N × 30 days, so the last day is anchor + 30N − 1 and
 * never depends on the lengths of the calendar months crossed.
 */
export const periodEndOf = (anchor: IsoDate, period: Period, policy: CountingPolicy): PeriodEnd => {
  if (policy.monthDays === undefined || (period.unit !== 'months' && period.unit !== 'years'))
    return lastDayOf(anchor, period, policy.countsStartDay)
  const monthCount = period.unit === 'months' ? period.amount : period.amount * 12
  const end = lastDayOf(anchor, { unit: 'days', amount: monthCount * policy.monthDays }, policy.countsStartDay)
  return { lastDay: end.lastDay, steps: [...end.steps, COUNTING_STEP.monthsThirtyDays] }
}

/** A period in months expressed in days under a 30-day-month policy (other units unchanged). */
export const inDays = (period: Period, policy: CountingPolicy): number | null =>
  period.unit === 'days'
    ? period.amount
    : policy.monthDays !== undefined && period.unit === 'months'
      ? period.amount * policy.monthDays
      : null

/** The anchor of the period that follows one ending on `lastDay` (an extension): it starts the next day. */
export const anchorAfter = (lastDay: IsoDate, countsStartDay: boolean): IsoDate =>
  countsStartDay ? addDays(lastDay, 1) : lastDay

/** A local (UTC+7) date and time as minutes since the start of JDN 0. */
export type LocalMinutes = number

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/
export const isLocalTime = (value: unknown): value is string => typeof value === 'string' && TIME.test(value)

export const toLocalMinutes = (date: IsoDate, time: string): LocalMinutes => {
  const [h, m] = time.split(':').map(Number)
  return toDayNumber(date) * 1440 + (h ?? 0) * 60 + (m ?? 0)
}

export const fromLocalMinutes = (value: LocalMinutes): { date: IsoDate; time: string } => {
  const day = Math.floor(value / 1440)
  const minutes = value - day * 1440
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0')
  const mm = String(minutes % 60).padStart(2, '0')
  return { date: fromDayNumber(day), time: `${hh}:${mm}` }
}

export type DayOffAdjustment = {
  dueDate: IsoDate
  moved: boolean
  /** The days off the deadline fell on (or was moved across), with the calendar's reasons. */
  daysOff: { date: IsoDate; reasons: string[] }[]
  step?: { code: string; text: string }
}

/** The roll-over rule: a last day that is a day off gives way to the next working day, unless the policy forbids it. */
export const adjustForDaysOff = (
  lastDay: IsoDate,
  policy: CountingPolicy,
  calendar: WorkingCalendar,
): DayOffAdjustment => {
  if (!calendar.isDayOff(lastDay)) return { dueDate: lastDay, moved: false, daysOff: [] }
  const describe = (date: IsoDate) => ({ date, reasons: calendar.reasonsFor(date).map((r) => r.text) })
  if (!policy.rollsOverDaysOff) {
    return {
      dueDate: lastDay,
      moved: false,
      daysOff: [describe(lastDay)],
      step: {
        code: COUNTING_STEP.dayOffNoRollOver,
        text: `Ngày cuối cùng ${formatViDate(lastDay)} là ngày nghỉ nhưng ${policy.code === STRICT_CRIMINAL_COUNTING.code ? 'theo cách đọc chặt' : 'thời hạn tạm giữ, tạm giam'} không được chuyển sang ngày làm việc tiếp theo (${policy.source})`,
      },
    }
  }
  const dueDate = calendar.nextWorkingDay(lastDay)
  const skipped: IsoDate[] = []
  for (let d = lastDay; d < dueDate; d = addDays(d, 1)) skipped.push(d)
  return {
    dueDate,
    moved: true,
    daysOff: skipped.map(describe),
    step: {
      code: COUNTING_STEP.dayOffRollOver,
      text: `Ngày cuối cùng ${formatViDate(lastDay)} là ngày nghỉ; ngày làm việc tiếp theo ${formatViDate(dueDate)} được tính là ngày cuối cùng của thời hạn (${policy.source})`,
    },
  }
}

/** Vietnamese explanations of the counting steps, for the deadline's "appliedRules". */
export const COUNTING_STEP_TEXTS: Readonly<Record<string, string>> = {
  [COUNTING_STEP.startDayExcluded]: 'Không tính ngày xảy ra sự kiện; ngày thứ nhất của thời hạn là ngày tiếp theo',
  [COUNTING_STEP.startDayIncluded]: 'Ngày bắt đầu được tính là ngày thứ nhất của thời hạn',
  [COUNTING_STEP.daysEndAt24h]: 'Thời hạn tính theo ngày hết vào 24 giờ ngày cuối cùng',
  [COUNTING_STEP.monthsSameDay]: 'Thời hạn tính theo tháng hết vào ngày trùng của tháng sau',
  [COUNTING_STEP.monthsLastDayOfMonth]:
    'Tháng kết thúc không có ngày trùng nên thời hạn hết vào ngày cuối cùng của tháng đó',
  [COUNTING_STEP.monthsDayBefore]: 'Vì ngày bắt đầu được tính, thời hạn hết vào ngày liền trước ngày trùng',
  [COUNTING_STEP.monthsThirtyDays]:
    'Thời hạn tạm giữ, tạm giam tính bằng tháng: 01 tháng được tính là 30 ngày (Điều 134 khoản 1 BLTTHS 2015)',
  [COUNTING_STEP.custodyDeducted]:
    'Thời gian tạm giữ được trừ vào thời hạn tạm giam (Điều 17 khoản 1 TTLT 04/2018/TTLT-VKSNDTC-BCA-BQP)',
  [COUNTING_STEP.yearsSameDay]: 'Thời hạn tính theo năm hết vào ngày trùng của năm sau',
  [COUNTING_STEP.hours]: 'Thời hạn tính theo giờ, liên tục kể cả ngày nghỉ, từ thời điểm bắt đầu',
}
