// The deadline engine: one statutory rule, the matter's facts and a working calendar
// in; the due date and every reason behind it out. Pure: no clock, no I/O.
import { addDays, formatViDate, isIsoDate, type IsoDate } from '@/domain/calendar/index.ts'
import { basisText } from './basis.ts'
import { chainDays, chainHours, toPeriod } from './chain.ts'
import {
  COUNTING_STEP,
  COUNTING_STEP_TEXTS,
  adjustForDaysOff,
  formatPeriod,
  fromLocalMinutes,
  isLocalTime,
  type Period,
} from './counting.ts'
import { isCrimeCategory } from './crime-category.ts'
import type { AppliedRule, ComputeDeadlineInput, ComputedDeadline } from './deadline-types.ts'
import { DeadlineError } from './errors.ts'
import { categoryPhrase, resolveRule, type ResolvedRule } from './resolve-rule.ts'
import { lastPeriodUnit, strictVariant } from './readings.ts'
import type { DeadlineRule, ReadingSetting } from './rule-types.ts'
import { getRule } from './rules/index.ts'
import { applySuspensions } from './suspensions.ts'

const invalidInput = (message: string, details: Record<string, unknown> = {}) =>
  new DeadlineError('DEADLINE_INVALID_INPUT', message, details)

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
  const { ruleCode, start, category } = input
  if (!isIsoDate(start)) throw invalidInput(`Ngày bắt đầu không hợp lệ: ${String(start)}`, { start })
  if (category !== undefined && !isCrimeCategory(category))
    throw invalidInput(`Loại tội phạm không hợp lệ: ${String(category)}`)
  const rule = getRule(ruleCode, start)
  const lenient = computeUnder(rule, input)
  return rule.reading ? withBothReadings(rule, rule.reading, input, lenient) : lenient
}

/** One reading of Điều 134 only (for a rule without two readings, its one computation). */
export const computeReading = (input: ComputeDeadlineInput, which: 'strict' | 'lenient'): ComputedDeadline => {
  const { ruleCode, start, category } = input
  if (!isIsoDate(start)) throw invalidInput(`Ngày bắt đầu không hợp lệ: ${String(start)}`, { start })
  if (category !== undefined && !isCrimeCategory(category))
    throw invalidInput(`Loại tội phạm không hợp lệ: ${String(category)}`)
  const rule = getRule(ruleCode, start)
  if (which === 'lenient' || !rule.reading) return computeUnder(rule, input)
  return computeUnder(strictRuleFor(rule, rule.reading, input), input)
}

const strictRuleFor = (rule: DeadlineRule, setting: ReadingSetting, input: ComputeDeadlineInput): DeadlineRule => {
  const resolved = resolveRule(rule, input.category, input.nationalSecurity ?? false)
  const granted = (input.extensionsGranted ?? []).map(toPeriod)
  return strictVariant(rule, setting, lastPeriodUnit(resolved, granted, input.suspensions ?? []))
}

/**
 * Điều 134 read both ways (counting.ts): the counted reading gives every date; the other
 * one's due date is kept as `alternativeDueDate` and both are named in the basis.
 */
const withBothReadings = (
  rule: DeadlineRule,
  setting: ReadingSetting,
  input: ComputeDeadlineInput,
  lenient: ComputedDeadline,
): ComputedDeadline => {
  let strict: ComputedDeadline
  try {
    strict = computeUnder(strictRuleFor(rule, setting, input), input)
  } catch (error) {
    // E.g. a suspension decided after the strict last day: only the lenient reading applies.
    if (!(error instanceof DeadlineError)) throw error
    const note = {
      code: 'READING_STRICT_NOT_COMPUTED',
      text: `Không tính được theo cách đọc chặt: ${error.message}`,
      source: setting.source,
    }
    return {
      ...lenient,
      countedReading: 'lenient',
      alternativeDueDate: null,
      appliedRules: [...lenient.appliedRules, note],
    }
  }
  return mergeReadings(setting, strict, lenient)
}

/** The counted reading's result, with the other one's due date beside it (exported for its tests). */
export const mergeReadings = (
  setting: Pick<ReadingSetting, 'counts' | 'source'>,
  strict: ComputedDeadline,
  lenient: ComputedDeadline,
): ComputedDeadline => {
  const counted = setting.counts === 'strict' ? strict : lenient
  const other = setting.counts === 'strict' ? lenient : strict
  const differs = counted.dueDate !== null && other.dueDate !== null && counted.dueDate !== other.dueDate
  const phrase = !differs
    ? null
    : setting.counts === 'strict'
      ? `hạn an toàn ${formatViDate(strict.dueDate as IsoDate)}; hạn cuối theo cách tính khác ${formatViDate(lenient.dueDate as IsoDate)}`
      : `hạn theo cách tính được áp dụng ${formatViDate(lenient.dueDate as IsoDate)}; hạn an toàn theo cách tính khác ${formatViDate(strict.dueDate as IsoDate)}`
  const step: AppliedRule = {
    code: setting.counts === 'strict' ? 'READING_STRICT' : 'READING_LENIENT',
    text:
      setting.counts === 'strict'
        ? 'Cảnh báo và đánh giá đúng hạn theo cách đọc chặt của Điều 134 (tính cả ngày xảy ra sự kiện, ngày cuối là ngày nghỉ không chuyển đối với thời hạn tính theo ngày, năm)'
        : 'Cảnh báo và đánh giá đúng hạn theo cách đọc rộng của Điều 134 (không tính ngày xảy ra sự kiện, ngày cuối là ngày nghỉ được chuyển)',
    source: setting.source,
  }
  return {
    ...counted,
    countedReading: setting.counts,
    alternativeDueDate: differs ? other.dueDate : null,
    basis: phrase ? `${counted.basis}; ${phrase}` : counted.basis,
    appliedRules: [...counted.appliedRules, step],
    unconfirmed: [
      ...counted.unconfirmed,
      ...other.unconfirmed.filter((n) => !counted.unconfirmed.some((c) => c.field === n.field && c.note === n.note)),
    ],
  }
}

/** One reading: `rule` carries the counting policy to apply. */
const computeUnder = (rule: DeadlineRule, input: ComputeDeadlineInput): ComputedDeadline => {
  const { ruleCode, start, calendar, category, startTime } = input
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
    if (!isLocalTime(startTime))
      throw invalidInput(`${rule.article}: thời hạn tính theo giờ, cần giờ bắt đầu dạng HH:mm`)
    if (suspensions.length > 0) {
      throw new DeadlineError(
        'DEADLINE_SUSPENSION_NOT_ALLOWED',
        `${rule.article}: thời hạn này không áp dụng tạm đình chỉ`,
        { ruleCode },
      )
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
        {
          code: COUNTING_STEP.hours,
          text: COUNTING_STEP_TEXTS[COUNTING_STEP.hours] ?? '',
          source: rule.counting.source,
        },
        ...extensionRules(resolved, granted),
        ...(dayOff.step ? [dayOff.step] : []),
      ],
      extensionsRemaining: resolved.steps.length - granted.length,
      maxDueDate: max.date,
      maxDueTime: max.time,
    }
  }

  const deducted = input.deductedDays ?? 0
  if (!Number.isInteger(deducted) || deducted < 0)
    throw invalidInput(`Số ngày tạm giữ được trừ không hợp lệ: ${String(deducted)}`, { deductedDays: deducted })
  const chain = chainDays(resolved, start, granted, deducted)
  const lastActionDay = (end: IsoDate) => adjustForDaysOff(end, rule.counting, calendar).dueDate
  const outcome = applySuspensions(resolved, start, chain, suspensions, lastActionDay)
  const counting: AppliedRule[] = chain.countingSteps.map((code) => ({
    code,
    text: COUNTING_STEP_TEXTS[code] ?? code,
    source: rule.counting.source,
  }))
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
    basis: basisText({
      resolved,
      granted,
      suspensions,
      ...(adjusted.moved ? { moved: { from: outcome.end, to: adjusted.dueDate } } : {}),
    }),
    appliedRules: [...applied, ...(adjusted.step ? [adjusted.step] : [])],
    ...(latestRequest ? { latestExtensionRequestDate: latestRequest } : {}),
    extensionsRemaining,
    maxDueDate: maxAdjusted.dueDate,
  }
}
