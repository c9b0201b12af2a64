import { z } from 'zod'
import { CRIME_CATEGORIES } from '@/domain/deadlines/crime-category.ts'
import { CalendarDate } from './calendar.ts'
import { IsoDate } from './common.ts'

export const PERIOD_UNITS = ['hours', 'days', 'months', 'years'] as const

export const Period = z.object({ unit: z.enum(PERIOD_UNITS), amount: z.number().int() })

/** One extension (gia hạn) already granted, in the order granted. */
export const GrantedExtension = z.object({
  unit: z.enum(['hours', 'days', 'months'], { message: 'Đơn vị gia hạn phải là giờ, ngày hoặc tháng' }),
  amount: z
    .number({ message: 'Nhập độ dài gia hạn' })
    .int('Độ dài gia hạn phải là số nguyên')
    .min(1, 'Độ dài gia hạn phải lớn hơn 0')
    .max(1000, 'Độ dài gia hạn quá lớn'),
})
export type GrantedExtension = z.infer<typeof GrantedExtension>

/** A period during which the clock stood still (tạm đình chỉ); `to` is the resumption date, null while suspended. */
export const Suspension = z.object({ from: CalendarDate, to: CalendarDate.nullable() })

export const DeadlinePreviewRequest = z.object({
  /** A code from GET /api/deadlines/rules, e.g. 'BLTTHS_240_TRUY_TO'. */
  ruleCode: z.string().trim().min(1, 'Chọn loại thời hạn').max(80, 'Mã thời hạn quá dài'),
  category: z.enum(CRIME_CATEGORIES, { message: 'Loại tội phạm không hợp lệ' }).optional(),
  /** Crime against national security (tội xâm phạm an ninh quốc gia). */
  nationalSecurity: z.boolean().default(false),
  /** The day of the triggering event: receiving the file, opening the case, pronouncement… */
  start: CalendarDate,
  /** 'HH:mm', Vietnam time; required for limits counted in hours (tạm giữ). */
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải có dạng HH:mm')
    .optional(),
  extensionsGranted: z.array(GrantedExtension).max(10, 'Tối đa 10 lần gia hạn').default([]),
  suspensions: z.array(Suspension).max(20, 'Tối đa 20 lần tạm đình chỉ').default([]),
})
export type DeadlinePreviewRequest = z.infer<typeof DeadlinePreviewRequest>

const UnconfirmedNote = z.object({ field: z.string(), note: z.string() })

export const DeadlinePreview = z.object({
  ruleCode: z.string(),
  ruleName: z.string(),
  legalSource: z.string(),
  /** The last day of the limit (it ends at 24:00, or at dueTime for limits in hours); null while suspended. */
  dueDate: IsoDate.nullable(),
  /** Rules read two ways (Điều 134): which reading dueDate follows, and the other one's due date when it differs. */
  countedReading: z.enum(['strict', 'lenient']).nullable(),
  alternativeDueDate: IsoDate.nullable(),
  dueTime: z.string().nullable(),
  /** The legal last day before the day-off rule was applied. */
  unadjustedDueDate: IsoDate.nullable(),
  movedBecauseOfDayOff: z.boolean(),
  /** The days off the last day fell on (and every day skipped when it moved), with the calendar's reasons. */
  dayOffReasons: z.array(z.object({ date: IsoDate, reasons: z.array(z.string()) })),
  /** Vietnamese, e.g. 'Điều 240 BLTTHS 2015: 30 ngày kể từ ngày nhận hồ sơ, tội rất nghiêm trọng; gia hạn 15 ngày'. */
  basis: z.string(),
  appliedRules: z.array(z.object({ code: z.string(), text: z.string(), source: z.string().nullable() })),
  /** The last day to request the next extension, when one remains and the law sets a lead time. */
  latestExtensionRequestDate: IsoDate.nullable(),
  extensionsGranted: z.number().int(),
  extensionsRemaining: z.number().int(),
  /** The due date if every remaining extension were granted in full. */
  maxDueDate: IsoDate.nullable(),
  maxDueTime: z.string().nullable(),
  suspendedSince: IsoDate.nullable(),
  /** Values behind this deadline not yet checked against the official text. */
  unconfirmed: z.array(UnconfirmedNote),
})
export type DeadlinePreview = z.infer<typeof DeadlinePreview>

export const DeadlineRuleSummary = z.object({
  code: z.string(),
  name: z.string(),
  /** Short citation, e.g. 'Điều 240 BLTTHS 2015'. */
  article: z.string(),
  legalSource: z.string(),
  confirmedBy: z.string().nullable(),
  effectiveFrom: IsoDate,
  effectiveTo: IsoDate.nullable(),
  /** Completes "20 ngày ___", e.g. 'kể từ ngày nhận hồ sơ'. */
  startEvent: z.string(),
  needsCategory: z.boolean(),
  /** Limits in hours need the start time. */
  needsStartTime: z.boolean(),
  /** Base period, extensions and ceiling: one row, or one per crime category. */
  periods: z.array(
    z.object({
      category: z.enum(CRIME_CATEGORIES).nullable(),
      base: Period,
      extensions: z.array(z.object({ max: Period, grantedBy: z.string() })),
      maxTotal: Period.nullable(),
    }),
  ),
  /** supported: further extensions are encoded · not_encoded: the preview refuses · not_applicable: same as other crimes. */
  nationalSecurity: z.enum(['supported', 'not_encoded', 'not_applicable']),
  extensionRequestDaysBeforeExpiry: z.number().int().nullable(),
  counting: z.object({
    code: z.string(),
    countsStartDay: z.boolean(),
    rollsOverDaysOff: z.boolean(),
    source: z.string(),
  }),
  /** Rules Điều 134 leaves open to two readings: the one counted, the strict policy, and why. */
  reading: z
    .object({
      counts: z.enum(['strict', 'lenient']),
      strict: z.object({
        code: z.string(),
        countsStartDay: z.boolean(),
        rollsOverDaysOff: z.boolean(),
        source: z.string(),
      }),
      source: z.string(),
    })
    .nullable(),
  suspension: z.enum(['not_applicable', 'fresh_period']),
  unconfirmed: z.array(UnconfirmedNote),
})
export type DeadlineRuleSummary = z.infer<typeof DeadlineRuleSummary>

export const DeadlineRuleCatalogue = z.object({
  items: z.array(DeadlineRuleSummary),
  categories: z.array(z.object({ code: z.enum(CRIME_CATEGORIES), label: z.string() })),
})
export type DeadlineRuleCatalogue = z.infer<typeof DeadlineRuleCatalogue>
