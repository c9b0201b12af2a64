// Input and output of the deadline engine.
import type { IsoDate, WorkingCalendar } from '@/domain/calendar/index.ts'
import type { CrimeCategory } from './crime-category.ts'
import type { UnconfirmedNote } from './rule-types.ts'

export type GrantedExtension = { lengthDays: number } | { lengthMonths: number } | { lengthHours: number }

/** A period during which the clock stood still (tạm đình chỉ); `to` is the resumption date, null while still suspended. */
export type Suspension = { from: IsoDate; to: IsoDate | null }

export type ComputeDeadlineInput = {
  ruleCode: string
  category?: CrimeCategory
  /** Crime against national security (tội xâm phạm an ninh quốc gia). */
  nationalSecurity?: boolean
  /** The day of the triggering event (receipt, opening the case, pronouncement…). */
  start: IsoDate
  /** 'HH:mm', Vietnam time; required for limits in hours. */
  startTime?: string
  /** In the order granted. */
  extensionsGranted?: readonly GrantedExtension[]
  suspensions?: readonly Suspension[]
  /**
   * Days of custody deducted from a detention period (TTLT 04/2018/TTLT-VKSNDTC-BCA-BQP
   * Điều 17 khoản 1: "thời hạn tạm giữ được trừ vào thời hạn tạm giam để điều tra").
   */
  deductedDays?: number
  calendar: WorkingCalendar
}

/** One step of the reasoning, with a stable code and a Vietnamese explanation. */
export type AppliedRule = { code: string; text: string; source?: string }

export type ComputedDeadline = {
  ruleCode: string
  ruleName: string
  legalSource: string
  /** The last day of the limit — it ends at 24:00, or at `dueTime` for limits in hours. Null while suspended. */
  dueDate: IsoDate | null
  /** For limits in hours: the time of day (Vietnam) at which the limit ends. */
  dueTime?: string
  /** The last day before the day-off rule was applied. */
  unadjustedDueDate: IsoDate | null
  movedBecauseOfDayOff: boolean
  /** The days off the last day fell on (and, when moved, every day skipped), with their reasons. */
  dayOffReasons: { date: IsoDate; reasons: string[] }[]
  /** Vietnamese, e.g. "Điều 240 BLTTHS 2015: 30 ngày kể từ ngày nhận hồ sơ, tội rất nghiêm trọng; gia hạn 15 ngày". */
  basis: string
  appliedRules: AppliedRule[]
  /** The last day on which the next extension may be requested, when one remains and the law sets a lead time. */
  latestExtensionRequestDate?: IsoDate
  extensionsGranted: number
  extensionsRemaining: number
  /** The due date if every remaining extension were granted in full (null while suspended). */
  maxDueDate: IsoDate | null
  maxDueTime?: string
  suspendedSince?: IsoDate
  /**
   * For rules with two readings of Điều 134 (rule.reading): which one `dueDate` follows,
   * and the due date under the other one when it differs (null while suspended, or
   * when both readings agree).
   */
  countedReading?: 'strict' | 'lenient'
  alternativeDueDate?: IsoDate | null
  /** Values behind this deadline that are not confirmed against the official text. */
  unconfirmed: UnconfirmedNote[]
}
