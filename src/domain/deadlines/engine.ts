// The deadline engine: one statutory rule, the matter's facts and a working calendar
// in; the due date and every reason behind it out. Pure: no clock, no I/O.
import { addDays, formatViDate, isIsoDate, type IsoDate } from '@/domain/calendar/index.ts'
import { basisText } from './basis.ts'
import { chainDays, chainHours, toPeriod } from './chain.ts'
import { COUNTING_STEP, COUNTING_STEP_TEXTS, adjustForDaysOff, formatPeriod, fromLocalMinutes, isLocalTime, type Period } from './counting.ts'
import { isCrimeCategory } from './crime-category.ts'
import type { AppliedRule, ComputeDeadlineInput, ComputedDeadline } from './deadline-types.ts'
import { DeadlineError } from './errors.ts'
import { categoryPhrase, resolveRule, type ResolvedRule } from './resolve-rule.ts'
import { getRule } from './rules/index.ts'
import { applySuspensions } from './suspensions.ts'

const invalidInput = (message: string, details: Record<string, unknown> = {}) => new DeadlineError('DEADLINE_INVALID_INPUT', message, details)

const header = (resolved: ResolvedRule): AppliedRule => ({
  code: resolved.rule.code,
  text: `${resolved.rule.name}: ${formatPeriod(resolved.base)} ${resolved.rule.startEvent}${categoryPhrase(resolved)}`,
  source: resolved.rule.legalSource,
})

const extensionRules = (resolved: ResolvedRule, granted: readonly Period[]): AppliedRule[] =>
  granted.map((period, i) => {
    const step = resolved.steps[i]
    return {
      code: 'EXTENSION',
      text: `Gia hạn lần ${i + 1}: ${formatPeriod(period)}${step ? ` (tối đa ${formatPeriod(step.max)}; ${step.grantedBy})` : ''}`,
      source: resolved.rule.legalSource,
    }
  })

const unconfirmedOf = (resolved: ResolvedRule) => [
  ...resolved.rule.unconfirmed,
  ...(resolved.rule.counting.unconfirmed ? [{ field: 'counting', note: resolved.rule.counting.unconfirmed }] : []),
]

/** Throws DeadlineError (stable `code`, Vietnamese `message`) on invalid input or when the law forbids the extensions. */
export const computeDeadline = (input: ComputeDeadlineInput): ComputedDeadline => {
  const { ruleCode, start, calendar, category, startTime } = input
  if (!isIsoDate(start)) throw invalidInput(`Ngày bắt đầu không hợp lệ: ${String(start)}`, { start })
  if (category !== undefined && !isCrimeCategory(category)) throw invalidInput(`Loại tội phạm không hợp lệ: ${String(category)}`)
  const rule = getRule(ruleCode, start)
  const resolved = resolveRule(rule, category, input.nationalSecurity ?? false)
  const granted = (input.extensionsGranted ?? []).map(toPeriod)
  const suspensions = input.suspensions ?? []
  const common = {
    ruleCode: rule.code,
    ruleName: rule.name,
    legalSource: rule.legalSource,
    extensionsGranted: granted.length,
    unconfirmed: unconfirmedOf(resolved),
  }

  if (resolved.base.unit === 'hours') {
    if (!isLocalTime(startTime)) throw invalidInput(`${rule.article}: thời hạn tính theo giờ, cần giờ bắt đầu dạng HH:mm`)
    if (suspensions.length > 0) {
      throw new DeadlineError('DEADLINE_SUSPENSION_NOT_ALLOWED', `${rule.article}: thời hạn này không áp dụng tạm đình chỉ`, { ruleCode })
    }
    const chain = chainHours(resolved, start, startTime, granted)
    const due = fromLocalMinutes(chain.end)
    const max = fromLocalMinutes(chain.maxEnd)
    // Limits in hours run continuously: a day off changes nothing, it is only reported.
    const dayOff = adjustForDaysOff(due.date, rule.counting, calendar)
    return {
      ...common,
      dueDate: due.date,
      dueTime: due.time,
      unadjustedDueDate: due.date,
      movedBecauseOfDayOff: false,
      dayOffReasons: dayOff.daysOff,
      basis: `${basisText({ resolved, granted, suspensions })} (từ ${startTime} ngày ${formatViDate(start)} đến ${due.time} ngày ${formatViDate(due.date)})`,
      appliedRules: [
        header(resolved),
        { code: COUNTING_STEP.hours, text: COUNTING_STEP_TEXTS[COUNTING_STEP.hours] ?? '', source: rule.counting.source },
        ...extensionRules(resolved, granted),
        ...(dayOff.step ? [dayOff.step] : []),
      ],
      extensionsRemaining: resolved.steps.length - granted.length,
      maxDueDate: max.date,
      maxDueTime: max.time,
    }
  }

  const deducted = input.deductedDays ?? 0
  if (!Number.isInteger(deducted) || deducted < 0) throw invalidInput(`Số ngày tạm giữ được trừ không hợp lệ: ${String(deducted)}`, { deductedDays: deducted })
  const chain = chainDays(resolved, start, granted, deducted)
  const lastActionDay = (end: IsoDate) => adjustForDaysOff(end, rule.counting, calendar).dueDate
  const outcome = applySuspensions(resolved, start, chain, suspensions, lastActionDay)
  const counting: AppliedRule[] = chain.countingSteps.map((code) => ({ code, text: COUNTING_STEP_TEXTS[code] ?? code, source: rule.counting.source }))
  const extensionsRemaining = outcome.freshPeriod ? 0 : resolved.steps.length - granted.length
  const applied = [header(resolved), ...counting, ...extensionRules(resolved, granted), ...outcome.applied]

  if (outcome.end === null) {
    return {
      ...common,
      dueDate: null,
      unadjustedDueDate: null,
      movedBecauseOfDayOff: false,
      dayOffReasons: [],
      basis: basisText({ resolved, granted, suspensions }),
      appliedRules: applied,
      extensionsRemaining,
      maxDueDate: null,
      ...(outcome.suspendedSince ? { suspendedSince: outcome.suspendedSince } : {}),
    }
  }

  const adjusted = adjustForDaysOff(outcome.end, rule.counting, calendar)
  const maxAdjusted = adjustForDaysOff(outcome.maxEnd ?? outcome.end, rule.counting, calendar)
  const lead = rule.extensionRequestDaysBeforeExpiry
  // The request lead time is counted back from the legal last day, before any roll-over:
  // the earlier of the two readings, so a warning is never late.
  const latestRequest = extensionsRemaining > 0 && lead !== undefined ? addDays(outcome.end, -lead) : undefined
  return {
    ...common,
    dueDate: adjusted.dueDate,
    unadjustedDueDate: outcome.end,
    movedBecauseOfDayOff: adjusted.moved,
    dayOffReasons: adjusted.daysOff,
    basis: basisText({ resolved, granted, suspensions, ...(adjusted.moved ? { moved: { from: outcome.end, to: adjusted.dueDate } } : {}) }),
    appliedRules: [...applied, ...(adjusted.step ? [adjusted.step] : [])],
    ...(latestRequest ? { latestExtensionRequestDate: latestRequest } : {}),
    extensionsRemaining,
    maxDueDate: maxAdjusted.dueDate,
  }
}
