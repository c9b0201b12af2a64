// Statutory deadlines on demand: the pure core (src/domain/deadlines) with the official
// calendar from the database, so a day off the administrator added moves a deadline
// exactly as it will move the deadlines stored on matters (BLTTHS 2015, cách tính thời hạn).
import type {
  DeadlinePreview,
  DeadlinePreviewRequest,
  DeadlineRuleCatalogue,
  DeadlineRuleSummary,
} from '@/shared/api/deadlines.ts'
import { CalendarError } from '@/domain/calendar/index.ts'
import {
  computeDeadline,
  CRIME_CATEGORIES,
  CRIME_CATEGORY_LABELS,
  DEADLINE_RULES,
  DeadlineError,
  dependsOnCategory,
  findRule,
  resolveRule,
  type ComputedDeadline,
  type DeadlineErrorCode,
  type DeadlineRule,
  type GrantedExtension,
} from '@/domain/deadlines/index.ts'
import type { Database } from '../../db/client.ts'
import { AppError } from '../../platform/app-error.ts'
import { calendarErrorToAppError, loadWorkingCalendar } from '../calendar/index.ts'

/** The request field each core error is about, for the form to mark. */
const FIELD_OF: Partial<Record<DeadlineErrorCode, string>> = {
  DEADLINE_UNKNOWN_RULE: 'ruleCode',
  DEADLINE_RULE_NOT_IN_FORCE: 'start',
  DEADLINE_CATEGORY_REQUIRED: 'category',
  DEADLINE_EXTENSION_LIMIT: 'extensionsGranted',
  DEADLINE_EXTENSION_TOTAL_EXCEEDED: 'extensionsGranted',
  DEADLINE_SUSPENSION_NOT_ALLOWED: 'suspensions',
  DEADLINE_INVALID_SUSPENSION: 'suspensions',
  DEADLINE_NOT_ENCODED: 'nationalSecurity',
}

const fieldOf = (error: DeadlineError): string | undefined => {
  const { details } = error
  if (typeof details.index === 'number') return `extensionsGranted.${details.index}`
  if ('suspension' in details) return 'suspensions'
  if ('start' in details) return 'start'
  return FIELD_OF[error.code]
}

/** Domain refusals become 422 answers with the core's code and Vietnamese message, never a 500. */
const withDomainErrors = <T>(compute: () => T): T => {
  try {
    return compute()
  } catch (error) {
    if (error instanceof CalendarError) throw calendarErrorToAppError(error)
    if (error instanceof DeadlineError) {
      const path = fieldOf(error)
      throw new AppError(error.code, error.message, path ? [{ path, message: error.message }] : undefined)
    }
    throw error
  }
}

const toGranted = ({ unit, amount }: DeadlinePreviewRequest['extensionsGranted'][number]): GrantedExtension =>
  unit === 'days' ? { lengthDays: amount } : unit === 'months' ? { lengthMonths: amount } : { lengthHours: amount }

const toPreview = (result: ComputedDeadline): DeadlinePreview => ({
  ruleCode: result.ruleCode,
  ruleName: result.ruleName,
  legalSource: result.legalSource,
  dueDate: result.dueDate,
  countedReading: result.countedReading ?? null,
  alternativeDueDate: result.alternativeDueDate ?? null,
  dueTime: result.dueTime ?? null,
  unadjustedDueDate: result.unadjustedDueDate,
  movedBecauseOfDayOff: result.movedBecauseOfDayOff,
  dayOffReasons: result.dayOffReasons,
  basis: result.basis,
  appliedRules: result.appliedRules.map((rule) => ({ code: rule.code, text: rule.text, source: rule.source ?? null })),
  latestExtensionRequestDate: result.latestExtensionRequestDate ?? null,
  extensionsGranted: result.extensionsGranted,
  extensionsRemaining: result.extensionsRemaining,
  maxDueDate: result.maxDueDate,
  maxDueTime: result.maxDueTime ?? null,
  suspendedSince: result.suspendedSince ?? null,
  unconfirmed: result.unconfirmed,
})

const isCountedInHours = (rule: DeadlineRule): boolean =>
  'fixed' in rule.base
    ? rule.base.fixed.unit === 'hours'
    : Object.values(rule.base.byCategory).some((p) => p.unit === 'hours')

/** Any signed-in user; computes and saves nothing. */
export const previewDeadline = async (db: Database, input: DeadlinePreviewRequest): Promise<DeadlinePreview> => {
  // The core refuses this too, but without naming the field the form should mark.
  const rule = findRule(input.ruleCode, input.start)
  if (rule && isCountedInHours(rule) && input.startTime === undefined)
    throw new AppError('DEADLINE_INVALID_INPUT', `${rule.article}: thời hạn tính theo giờ, cần nhập giờ bắt đầu`, [
      { path: 'startTime', message: 'Nhập giờ bắt đầu dạng HH:mm' },
    ])
  const calendar = await loadWorkingCalendar(db, input.start)
  const result = withDomainErrors(() =>
    computeDeadline({
      ruleCode: input.ruleCode,
      category: input.category,
      nationalSecurity: input.nationalSecurity,
      start: input.start,
      startTime: input.startTime,
      extensionsGranted: input.extensionsGranted.map(toGranted),
      suspensions: input.suspensions,
      calendar,
    }),
  )

  return toPreview(result)
}

const summarise = (rule: DeadlineRule): DeadlineRuleSummary => {
  const needsCategory = dependsOnCategory(rule)
  const periods = (needsCategory ? CRIME_CATEGORIES : [undefined]).map((category) => {
    const resolved = resolveRule(rule, category, false)
    return {
      category: category ?? null,
      base: resolved.base,
      extensions: [...resolved.steps],
      maxTotal: resolved.maxTotal ?? null,
    }
  })
  const special = rule.nationalSecurity

  return {
    code: rule.code,
    name: rule.name,
    article: rule.article,
    legalSource: rule.legalSource,
    confirmedBy: rule.confirmedBy ?? null,
    effectiveFrom: rule.effectiveFrom,
    effectiveTo: rule.effectiveTo,
    startEvent: rule.startEvent,
    needsCategory,
    needsStartTime: isCountedInHours(rule),
    periods,
    nationalSecurity: !special ? 'not_applicable' : 'notEncoded' in special ? 'not_encoded' : 'supported',
    extensionRequestDaysBeforeExpiry: rule.extensionRequestDaysBeforeExpiry ?? null,
    counting: {
      code: rule.counting.code,
      countsStartDay: rule.counting.countsStartDay,
      rollsOverDaysOff: rule.counting.rollsOverDaysOff,
      source: rule.counting.source,
    },
    reading: rule.reading
      ? {
          counts: rule.reading.counts,
          strict: {
            code: rule.reading.strict.code,
            countsStartDay: rule.reading.strict.countsStartDay,
            rollsOverDaysOff: rule.reading.strict.rollsOverDaysOff,
            source: rule.reading.strict.source,
          },
          source: rule.reading.source,
        }
      : null,
    suspension: rule.suspension.kind,
    // The same notes the computed deadline carries: the rule's and its counting policy's.
    unconfirmed: [
      ...rule.unconfirmed,
      ...(rule.counting.unconfirmed ? [{ field: 'counting', note: rule.counting.unconfirmed }] : []),
    ],
  }
}

/** Any signed-in user: every rule the preview accepts, with its legal source and open questions. */
export const listDeadlineRules = (): DeadlineRuleCatalogue => ({
  items: DEADLINE_RULES.map(summarise),
  categories: CRIME_CATEGORIES.map((code) => ({ code, label: CRIME_CATEGORY_LABELS[code] })),
})
