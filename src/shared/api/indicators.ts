// The indicators API (issue: indicators against targets). Figures are computed from the
// register "as of" a day (events recorded by the end of that day, Vietnam time, and not voided
// by then), for a period, per unit with roll-up over the unit tree with history.
import { z } from 'zod'
import { MATTER_KINDS } from '@/domain/register/matter-kinds.ts'
import { TARGET_COMPARISONS } from '@/domain/indicators/definition.ts'
import { TREND_VIEWS } from '@/domain/indicators/periods.ts'
import { Id, IsoDate, Paging, RefId, YearNumber } from './common.ts'

export const PERIOD_KINDS = ['statistics_year', 'six_months', 'quarter', 'month', 'calendar_year', 'custom'] as const

/**
 * A period by its key: 'NTK2026' (statistics year 01/12/2025–30/11/2026), '6T2026' (six-month
 * review 01/12/2025–31/05/2026), 'Q2026-1' (calendar quarter), 'T2026-03' (month),
 * 'N2026' (calendar year), 'K2026-01-15_2026-02-20' (any range).
 */
export const PeriodKey = z
  .string()
  .trim()
  .regex(
    /^(NTK\d{4}|6T\d{4}|Q\d{4}-[1-4]|T\d{4}-(0[1-9]|1[0-2])|N\d{4}|K\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2})$/,
    'Kỳ thống kê không hợp lệ',
  )

export const PeriodInfo = z.object({
  key: z.string(),
  kind: z.enum(PERIOD_KINDS),
  from: IsoDate,
  to: IsoDate,
  /** Vietnamese, e.g. 'Năm thống kê 2026 (01/12/2025 – 30/11/2026)'. */
  label: z.string(),
})
export type PeriodInfo = z.infer<typeof PeriodInfo>

export const TargetView = z.object({
  comparison: z.enum(TARGET_COMPARISONS),
  value: z.number().nullable(),
  unconfirmed: z.boolean(),
  legalSource: z.string(),
  note: z.string().nullable(),
  effectiveFrom: IsoDate,
  /** 'Trên 90%', '≥ 98%', 'Bằng 0', 'Cao hơn cùng kỳ năm trước'. */
  text: z.string(),
})

export const IndicatorInfo = z.object({
  code: z.string(),
  name: z.string(),
  /** The column header under the group's name, where the full name does not fit. */
  shortName: z.string(),
  group: z.string(),
  groupLabel: z.string(),
  unitOfCount: z.enum(['matter', 'person', 'vnd']),
  kinds: z.array(z.enum(MATTER_KINDS)),
  numeratorLabel: z.string(),
  denominatorLabel: z.string().nullable(),
  /** A rate (numerator ÷ denominator, in percent) or a count/amount. */
  isRate: z.boolean(),
  carriesOver: z.boolean(),
  exclusions: z.string().nullable(),
  better: z.enum(['higher', 'lower']),
  legalSource: z.string(),
  note: z.string().nullable(),
  version: z.number().int(),
  effectiveFrom: IsoDate,
  target: TargetView.nullable(),
})
export type IndicatorInfo = z.infer<typeof IndicatorInfo>

export const IndicatorCatalogue = z.object({ items: z.array(IndicatorInfo) })

export const TargetInput = z.object({
  comparison: z.enum(TARGET_COMPARISONS, { message: 'Chọn cách so sánh với chỉ tiêu' }),
  value: z
    .number({ message: 'Nhập giá trị chỉ tiêu' })
    .min(0, 'Giá trị chỉ tiêu không được âm')
    .max(1_000_000, 'Giá trị chỉ tiêu quá lớn')
    .nullable(),
  unconfirmed: z.boolean().default(false),
  legalSource: z.string().trim().min(3, 'Nêu văn bản giao chỉ tiêu').max(300, 'Tên văn bản quá dài'),
  note: z.string().trim().max(1000, 'Ghi chú quá dài').nullable().default(null),
  /** The first day the new target applies; the previous one ends the day before. */
  effectiveFrom: IsoDate,
})
export type TargetInput = z.infer<typeof TargetInput>

export const TargetHistory = z.object({
  items: z.array(
    TargetView.extend({
      id: z.number().int(),
      effectiveTo: IsoDate.nullable(),
      createdAt: z.string(),
      /** The unit whose administrators keep it; null for the shipped targets (the whole tree's). */
      unitId: z.number().int().nullable(),
      /** Set when it was withdrawn (entered by mistake): kept for the record, never in force. */
      withdrawnAt: z.string().nullable(),
      withdrawnByName: z.string().nullable(),
      withdrawalReason: z.string().nullable(),
    }),
  ),
})
export type TargetHistory = z.infer<typeof TargetHistory>

/** Rút chỉ tiêu: why a target entered by mistake is withdrawn (kept in the audit row). */
export const WithdrawTargetInput = z.object({
  reason: z.string().trim().min(3, 'Nêu lý do rút chỉ tiêu (ít nhất 3 ký tự)').max(500, 'Lý do tối đa 500 ký tự'),
})
export type WithdrawTargetInput = z.infer<typeof WithdrawTargetInput>

/** met: target reached; at_risk: not reached but within reach; missed; no_target. */
export const TARGET_STATUSES = ['met', 'at_risk', 'missed', 'no_target'] as const

export const Figure = z.object({
  numerator: z.number(),
  denominator: z.number().nullable(),
  /** Percent for rates (may exceed 100), the count or amount otherwise; null when the denominator is 0. */
  value: z.number().nullable(),
})
export type Figure = z.infer<typeof Figure>

export const IndicatorValue = Figure.extend({
  code: z.string(),
  status: z.enum(TARGET_STATUSES),
  /** Vietnamese: 'Đạt chỉ tiêu (vượt 2,5 điểm %)', 'Chưa đạt (thiếu 3,1 điểm %)'. */
  statusText: z.string(),
  lastYear: Figure,
  /** 'tăng 12 vụ (8,5%) so với cùng kỳ năm trước'. */
  changeText: z.string(),
  /** As submitted when the period was closed for this unit; null while open. */
  reported: Figure.nullable(),
  /** 'Số liệu hiện nay chênh lệch so với số đã báo cáo: tử số +2' — null when they agree. */
  correctionText: z.string().nullable(),
})
export type IndicatorValue = z.infer<typeof IndicatorValue>

export const UnitFigures = z.object({
  unitId: z.number().int(),
  code: z.string(),
  name: z.string(),
  values: z.record(z.string(), Figure.extend({ status: z.enum(TARGET_STATUSES) })),
})

export const ValuesQuery = z.object({
  unitId: Id,
  period: PeriodKey,
  /** Default: today (Vietnam). */
  asOf: IsoDate.optional(),
})

export const ClosureInfo = z.object({
  closedAt: z.string(),
  closedBy: z.string(),
  asOf: IsoDate,
})

export const IndicatorValues = z.object({
  period: PeriodInfo,
  lastYearPeriod: PeriodInfo,
  /**
   * The first day the unit's register holds a matter; null when it holds none. Last year's
   * figures are partial when it falls after lastYearPeriod.from (a register begun mid-year).
   */
  registerFrom: IsoDate.nullable(),
  asOf: IsoDate,
  unit: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
  indicators: z.array(IndicatorValue),
  /** The unit's direct children in the tree at the end of the period, each with its rolled-up figures. */
  children: z.array(UnitFigures),
  closure: ClosureInfo.nullable(),
  /** When the figures were computed (they are cached and recomputed after writes). */
  computedAt: z.string(),
})
export type IndicatorValues = z.infer<typeof IndicatorValues>

export const TrendQuery = z.object({
  unitId: Id,
  code: z.string().trim().min(1).max(60),
  year: YearNumber(2000, 2100),
  asOf: IsoDate.optional(),
  /** cumulative (default): from 01/12 to each month's end, agreeing with the year's figure; monthly: each month alone. */
  view: z.enum(TREND_VIEWS).default('cumulative'),
})

/** Month by month over a statistics year (December … November), this year and the year before. */
export const Trend = z.object({
  code: z.string(),
  year: z.number().int(),
  view: z.enum(TREND_VIEWS),
  /** period: the month drawn; counted / countedLastYear: the ranges the two figures count (their records open on a click). */
  months: z.array(
    z.object({
      period: PeriodInfo,
      counted: PeriodInfo,
      countedLastYear: PeriodInfo,
      current: Figure,
      lastYear: Figure,
    }),
  ),
})

export const RankingQuery = z.object({
  unitId: Id,
  code: z.string().trim().min(1).max(60),
  period: PeriodKey,
  asOf: IsoDate.optional(),
})

export const Ranking = z.object({
  code: z.string(),
  /** rank: null for a unit with no figure (nothing due in the period), listed apart as "chưa có số liệu". */
  items: z.array(
    Figure.extend({
      rank: z.number().int().nullable(),
      unitId: z.number().int(),
      code: z.string(),
      name: z.string(),
      status: z.enum(TARGET_STATUSES),
    }),
  ),
})

export const ProsecutorFigures = z.object({
  code: z.string(),
  items: z.array(Figure.extend({ prosecutorId: z.number().int().nullable(), name: z.string() })),
})

export const RecordsQuery = Paging.extend({
  unitId: Id,
  code: z.string().trim().min(1).max(60),
  part: z.enum(['numerator', 'denominator'], { message: 'Chọn tử số hoặc mẫu số' }),
  period: PeriodKey,
  asOf: IsoDate.optional(),
  prosecutorId: Id.optional(),
})

export const IndicatorRecord = z.object({
  matterId: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  number: z.string(),
  title: z.string(),
  kind: z.enum(MATTER_KINDS),
  receivedOn: IsoDate,
  stageLabel: z.string(),
  prosecutorName: z.string().nullable(),
  /** For indicators counted per person. */
  subjectId: z.number().int().nullable(),
  subjectName: z.string().nullable(),
  /** For amounts (VND). */
  amount: z.number().nullable(),
})

export const IndicatorRecords = z.object({
  code: z.string(),
  part: z.enum(['numerator', 'denominator']),
  label: z.string(),
  /** Equals the figure: the number of items, or for amounts the sum of `amount`. */
  figure: z.number(),
  total: z.number().int(),
  items: z.array(IndicatorRecord),
})

export const ClosePeriodInput = z.object({ unitId: RefId, period: PeriodKey })

export const ClosuresQuery = z.object({ unitId: Id, period: PeriodKey })

export const Closures = z.object({
  period: PeriodInfo,
  items: z.array(
    z.object({ unitId: z.number().int(), code: z.string(), name: z.string(), closure: ClosureInfo.nullable() }),
  ),
})

export const PeriodsQuery = z.object({ year: YearNumber(2000, 2100) })
export const PeriodList = z.object({ items: z.array(PeriodInfo) })
