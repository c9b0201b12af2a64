import { z } from 'zod'
import { DATE_MAX_YEAR, DATE_MIN_YEAR, IsoDate, RefId, YearNumber } from './common.ts'

/** The calendar covers 1900–2100: the range of the lunar-calendar test vectors. */
export const CALENDAR_MIN_YEAR = DATE_MIN_YEAR
export const CALENDAR_MAX_YEAR = DATE_MAX_YEAR
const YEAR_RANGE_MESSAGE = `Năm phải từ ${CALENDAR_MIN_YEAR} đến ${CALENDAR_MAX_YEAR}`

export const CalendarYearNumber = YearNumber(CALENDAR_MIN_YEAR, CALENDAR_MAX_YEAR, YEAR_RANGE_MESSAGE)

/** A date that exists (no 30/02) inside the calendar's range: every IsoDate is one. */
export const CalendarDate = IsoDate

export const CalendarYearParams = z.object({ year: CalendarYearNumber })

/**
 * weekend: Saturday, Sunday · holiday: BLLĐ 2019 Điều 112 · substitute_day_off: nghỉ bù computed under Điều 111 khoản 3,
 * only while the year is not confirmed · official_*: the administrator's official calendar.
 */
export const DAY_REASON_KINDS = [
  'weekend',
  'holiday',
  'substitute_day_off',
  'official_day_off',
  'official_working_day',
] as const

export const DayReason = z.object({
  kind: z.enum(DAY_REASON_KINDS),
  /** Vietnamese, e.g. 'Tết Âm lịch (mùng 1)', 'Chủ Nhật', 'Làm bù cho thứ Sáu 02/05/2026'. */
  text: z.string(),
  legalSource: z.string().nullable(),
  /** Set when the date is a default the Government fixes each year (Tết break, the day next to 2/9). */
  unconfirmed: z.string().nullable(),
  /** The official calendar entry behind an official_* reason, for the admin screen. */
  entryId: z.number().int().nullable(),
})
export type DayReason = z.infer<typeof DayReason>

export const CalendarDay = z.object({
  date: IsoDate,
  /** 0 = Chủ Nhật … 6 = Thứ Bảy. */
  weekday: z.number().int().min(0).max(6),
  isDayOff: z.boolean(),
  isWeekend: z.boolean(),
  /** Why the day is off — or, for a make-up working day, why it is worked although it is a weekend. */
  reasons: z.array(DayReason),
})
export type CalendarDay = z.infer<typeof CalendarDay>

/** A substitute day off computed for the year (nghỉ bù, BLLĐ 2019 Điều 111 khoản 3), whether or not it still applies. */
export const ComputedSubstituteDay = z.object({
  date: IsoDate,
  /** The holiday that fell on a Saturday or Sunday. */
  holidayDate: IsoDate,
  holidayName: z.string(),
  text: z.string(),
  legalSource: z.string(),
})
export type ComputedSubstituteDay = z.infer<typeof ComputedSubstituteDay>

/** The administrator's confirmation of a year's announcement (e.g. 'Thông báo số 9441/TB-BNV'). */
export const CalendarYearConfirmation = z.object({
  year: z.number().int(),
  decision: z.string(),
  decidedOn: IsoDate.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.number().int().nullable(),
  updatedByName: z.string().nullable(),
})
export type CalendarYearConfirmation = z.infer<typeof CalendarYearConfirmation>

export const CalendarYear = z.object({
  year: z.number().int(),
  /** Null while the year is computed: its substitute days off are then the computed ones. */
  confirmation: CalendarYearConfirmation.nullable(),
  /** The substitute days the rule gives for this year; in a confirmed year they are shown only for comparison. */
  computedSubstitutes: z.array(ComputedSubstituteDay),
  /** Every day off of the year, weekends included (flagged by isWeekend), in date order. */
  daysOff: z.array(CalendarDay),
  /** Official working days (ngày làm bù): weekends or holidays that are worked this year. */
  workingDayOverrides: z.array(CalendarDay),
  summary: z.object({
    daysOff: z.number().int(),
    /** Days off that are not Saturdays or Sundays: holidays, Tết, official days off. */
    weekdaysOff: z.number().int(),
    workingDays: z.number().int(),
  }),
})
export type CalendarYear = z.infer<typeof CalendarYear>

export const OFFICIAL_CALENDAR_KINDS = ['day_off', 'working_day'] as const
export type OfficialCalendarKind = (typeof OFFICIAL_CALENDAR_KINDS)[number]

export const OFFICIAL_CALENDAR_KIND_LABELS: Record<OfficialCalendarKind, string> = {
  day_off: 'Ngày nghỉ',
  working_day: 'Ngày làm việc (làm bù)',
}

export const OfficialCalendarEntry = z.object({
  id: z.number().int(),
  date: IsoDate,
  kind: z.enum(OFFICIAL_CALENDAR_KINDS),
  reason: z.string(),
  legalSource: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.number().int().nullable(),
  updatedByName: z.string().nullable(),
})
export type OfficialCalendarEntry = z.infer<typeof OfficialCalendarEntry>

/** A deadline whose end moved because the official calendar changed. */
export const CalendarMove = z.object({
  matterId: z.number().int(),
  matterNumber: z.string(),
  unitId: z.number().int(),
  ruleCode: z.string(),
  ruleName: z.string(),
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
})
export const RECOMPUTE_STATUSES = ['queued', 'running', 'retrying', 'done', 'failed'] as const
/** The background recompute a change started (src/shared/api/calendar-recompute.ts has its status). */
export const CalendarRecomputeNotice = z.object({
  jobId: z.string(),
  matters: z.number().int(),
  deadlines: z.number().int(),
  message: z.string(),
})
export type CalendarRecomputeNotice = z.infer<typeof CalendarRecomputeNotice>
/**
 * The answer to a change of the official calendar: the entry, and — when deadlines may move —
 * the notice of their background recompute. `moved` lists the deadlines moved in the request
 * itself: none since the recompute runs as a job (its status lists them).
 */
export const OfficialCalendarChange = OfficialCalendarEntry.extend({
  moved: z.array(CalendarMove),
  recompute: CalendarRecomputeNotice.optional(),
})
export type OfficialCalendarChange = z.infer<typeof OfficialCalendarChange>
export const OfficialCalendarDeletion = z.object({
  ok: z.literal(true),
  moved: z.array(CalendarMove),
  recompute: CalendarRecomputeNotice.optional(),
})
export type OfficialCalendarDeletion = z.infer<typeof OfficialCalendarDeletion>

const entryFields = {
  date: CalendarDate,
  kind: z.enum(OFFICIAL_CALENDAR_KINDS, { message: 'Chọn ngày nghỉ hoặc ngày làm việc' }),
  reason: z.string().trim().min(1, 'Nhập lý do').max(300, 'Lý do tối đa 300 ký tự'),
  legalSource: z.string().trim().max(300, 'Căn cứ tối đa 300 ký tự').nullable().optional(),
}

export const CreateOfficialCalendarEntry = z.object(entryFields)
export type CreateOfficialCalendarEntry = z.infer<typeof CreateOfficialCalendarEntry>

export const UpdateOfficialCalendarEntry = z.object({
  /** Optimistic concurrency: the updatedAt the client last saw; a newer row refuses the change. */
  expectedUpdatedAt: z.string().optional(),
  data: z.object(entryFields).partial(),
})
export type UpdateOfficialCalendarEntry = z.infer<typeof UpdateOfficialCalendarEntry>

export const OfficialCalendarQuery = z.object({ year: CalendarYearNumber.optional() })

export const OfficialCalendarList = z.object({ items: z.array(OfficialCalendarEntry) })

/** Confirm a year (or correct its decision): from then its official entries replace the computed nghỉ bù. */
export const ConfirmCalendarYear = z.object({
  /** Optimistic concurrency when the year is already confirmed: the updatedAt the client last saw. */
  expectedUpdatedAt: z.string().optional(),
  decision: z
    .string()
    .trim()
    .min(1, 'Nhập số, ký hiệu văn bản thông báo lịch nghỉ')
    .max(300, 'Số, ký hiệu văn bản tối đa 300 ký tự'),
  decidedOn: CalendarDate.nullable().optional(),
})
export type ConfirmCalendarYear = z.infer<typeof ConfirmCalendarYear>

/** The answer to confirming or unconfirming a year: the confirmation (null once withdrawn) and every deadline that moved. */
export const CalendarYearConfirmationChange = z.object({
  confirmation: CalendarYearConfirmation.nullable(),
  /** Always empty now: the background recompute's status lists the moves. */
  moved: z.array(CalendarMove),
  recompute: CalendarRecomputeNotice.optional(),
})
export type CalendarYearConfirmationChange = z.infer<typeof CalendarYearConfirmationChange>

/** Granting an administrator the national official calendar (the Supreme Procuracy's administrators only). */
export const GrantNationalCalendar = z.object({ personId: RefId })
export const NationalCalendarManagers = z.object({
  items: z.array(
    z.object({
      personId: z.number().int(),
      fullName: z.string(),
      unitId: z.number().int(),
      unitName: z.string().nullable(),
      grantedAt: z.string(),
    }),
  ),
})
