import { z } from 'zod'
import { optionalIsoDate, optionalPositiveInt, optionalText } from '@/web/shared/utils/searchParams.ts'
import { isPeriodKey } from './periods.ts'

/** A period key; anything else in the URL falls back to the default period. */
const optionalPeriod = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .refine(isPeriodKey)
  .optional()
  .catch(undefined)

const optionalCode = optionalText
  .pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,60}$/)
      .optional(),
  )
  .catch(undefined)

/**
 * The dashboard's view, kept in the URL so it can be linked and printed: absent unit = the unit
 * chosen in the header, absent period = the current statistics year, absent asOf = today.
 */
export const DashboardSearch = z.object({
  unitId: optionalPositiveInt,
  period: optionalPeriod,
  asOf: optionalIsoDate,
  /** The indicator the charts show. */
  code: optionalCode,
})
export type DashboardSearch = z.infer<typeof DashboardSearch>

export const validateDashboardSearch = (search: Record<string, unknown>): DashboardSearch =>
  DashboardSearch.parse(search)

export const RECORD_PARTS = ['numerator', 'denominator'] as const
export type RecordPart = (typeof RECORD_PARTS)[number]

/** The drill-down list behind one figure: which unit, indicator, part and period. */
export const RecordsSearch = z.object({
  unitId: optionalPositiveInt,
  code: optionalCode,
  part: z.enum(RECORD_PARTS).optional().catch(undefined),
  period: optionalPeriod,
  asOf: optionalIsoDate,
  page: optionalPositiveInt,
  prosecutorId: optionalPositiveInt,
})
export type RecordsSearch = z.infer<typeof RecordsSearch>

export const validateRecordsSearch = (search: Record<string, unknown>): RecordsSearch => RecordsSearch.parse(search)

/** The search of the drill-down for one figure, with no page or prosecutor chosen yet. */
export const recordsSearchFor = (input: {
  unitId: number
  code: string
  part: RecordPart
  period: string
  asOf?: string | undefined
}): RecordsSearch => ({
  unitId: input.unitId,
  code: input.code,
  part: input.part,
  period: input.period,
  asOf: input.asOf,
  page: undefined,
  prosecutorId: undefined,
})
