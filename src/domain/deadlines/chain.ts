// The base period followed by the extensions granted, checked against the law.
//
// Convention: an extension runs from the last day of the period it extends as that
// period stood before any day-off roll-over (its legal end); the roll-over applies
// only to the final due date. Chaining from the previous last day (rather than adding
// every month to the original start) never gives more than the law allows for each
// extension.
import { addDays } from '@/domain/calendar/index.ts'
import { COUNTING_STEP, formatPeriod, periodEndOf, anchorAfter, toLocalMinutes, type Period } from './counting.ts'
import type { GrantedExtension } from './deadline-types.ts'
import { DeadlineError } from './errors.ts'
import type { ResolvedRule } from './resolve-rule.ts'
import type { IsoDate } from '@/domain/calendar/index.ts'

export const toPeriod = (granted: GrantedExtension, index: number): Period => {
  const [unit, amount] =
    'lengthDays' in granted
      ? (['days', granted.lengthDays] as const)
      : 'lengthMonths' in granted
        ? (['months', granted.lengthMonths] as const)
        : (['hours', granted.lengthHours] as const)
  if (!Number.isInteger(amount) || amount <= 0) {
    throw new DeadlineError('DEADLINE_INVALID_INPUT', `Độ dài gia hạn lần ${index + 1} phải là số nguyên dương`, {
      index,
      amount,
    })
  }
  return { unit, amount }
}

const checkCount = (resolved: ResolvedRule, granted: readonly Period[]): void => {
  const allowed = resolved.steps.length
  if (granted.length <= allowed) return
  const { article, code } = resolved.rule
  const message =
    allowed === 0
      ? `${article}: thời hạn này không được gia hạn`
      : `${article}: chỉ được gia hạn tối đa ${allowed} lần, không thể gia hạn lần thứ ${allowed + 1}`
  throw new DeadlineError('DEADLINE_EXTENSION_LIMIT', message, { ruleCode: code, allowed, requested: granted.length })
}

const tooLong = (resolved: ResolvedRule, index: number, granted: Period, max: Period): DeadlineError =>
  new DeadlineError(
    'DEADLINE_EXTENSION_TOO_LONG',
    `${resolved.rule.article}: gia hạn lần ${index + 1} không được quá ${formatPeriod(max)} (đề nghị ${formatPeriod(granted)})`,
    { ruleCode: resolved.rule.code, index, granted, max },
  )

const totalExceeded = (resolved: ResolvedRule, max: Period): DeadlineError =>
  new DeadlineError(
    'DEADLINE_EXTENSION_TOTAL_EXCEEDED',
    `${resolved.rule.article}: tổng thời hạn không được quá ${formatPeriod(max)}`,
    {
      ruleCode: resolved.rule.code,
      max,
    },
  )

export type DayChain = {
  /** Legal last day after the base period and every granted extension. */
  end: IsoDate
  /** Legal last day if every remaining extension were granted in full. */
  maxEnd: IsoDate
  /** Counting steps used (codes), in order of first use. */
  countingSteps: string[]
}

/**
 * Limits in days, months, years. `deductedDays` (custody served before detention, TTLT
 * 04/2018 Điều 17 khoản 1) shortens the base period and the ceiling; extensions then run
 * from the shortened end.
 */
export const chainDays = (
  resolved: ResolvedRule,
  start: IsoDate,
  granted: readonly Period[],
  deductedDays = 0,
): DayChain => {
  checkCount(resolved, granted)
  const { counting } = resolved.rule
  const { countsStartDay } = counting
  const steps = new Set<string>()
  const probe = (anchor: IsoDate, period: Period) => {
    if (period.unit === 'hours') {
      throw new DeadlineError(
        'DEADLINE_INVALID_INPUT',
        `${resolved.rule.article}: thời hạn tính theo ngày, không gia hạn theo giờ`,
      )
    }
    return periodEndOf(anchor, period, counting)
  }
  // Like probe, but records the counting steps of the periods that really apply.
  const endOf = (anchor: IsoDate, period: Period) => {
    const result = probe(anchor, period)
    result.steps.forEach((s) => steps.add(s))
    return result.lastDay
  }
  let end = addDays(endOf(start, resolved.base), -deductedDays)
  if (deductedDays > 0) steps.add(COUNTING_STEP.custodyDeducted)
  granted.forEach((period, i) => {
    const anchor = anchorAfter(end, countsStartDay)
    const max = resolved.steps[i]?.max ?? period
    const extended = endOf(anchor, period)
    if (extended > probe(anchor, max).lastDay) throw tooLong(resolved, i, period, max)
    end = extended
  })
  let maxEnd = end
  for (const step of resolved.steps.slice(granted.length))
    maxEnd = probe(anchorAfter(maxEnd, countsStartDay), step.max).lastDay
  if (resolved.maxTotal) {
    const ceiling = addDays(probe(start, resolved.maxTotal).lastDay, -deductedDays)
    if (end > ceiling) throw totalExceeded(resolved, resolved.maxTotal)
    if (maxEnd > ceiling) maxEnd = ceiling
  }
  return { end, maxEnd, countingSteps: [...steps] }
}

const minutesOf = (period: Period): number =>
  period.unit === 'hours' ? period.amount * 60 : period.unit === 'days' ? period.amount * 1440 : Number.NaN

/** Limits in hours, run by the clock from `start` at `time` (Vietnam time); results in local minutes. */
export const chainHours = (resolved: ResolvedRule, start: IsoDate, time: string, granted: readonly Period[]) => {
  checkCount(resolved, granted)
  const startMinutes = toLocalMinutes(start, time)
  let end = startMinutes + minutesOf(resolved.base)
  granted.forEach((period, i) => {
    const length = minutesOf(period)
    if (Number.isNaN(length)) {
      throw new DeadlineError(
        'DEADLINE_INVALID_INPUT',
        `${resolved.rule.article}: thời hạn tính theo giờ, chỉ gia hạn theo giờ hoặc ngày`,
      )
    }
    const max = resolved.steps[i]?.max ?? period
    if (length > minutesOf(max)) throw tooLong(resolved, i, period, max)
    end += length
  })
  let maxEnd = end + resolved.steps.slice(granted.length).reduce((sum, s) => sum + minutesOf(s.max), 0)
  if (resolved.maxTotal) {
    const ceiling = startMinutes + minutesOf(resolved.maxTotal)
    if (end > ceiling) throw totalExceeded(resolved, resolved.maxTotal)
    maxEnd = Math.min(maxEnd, ceiling)
  }
  return { end, maxEnd }
}
