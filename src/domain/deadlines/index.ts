// Public surface of the statutory-deadline core.
export { computeDeadline, computeReading } from './engine.ts'
export type {
  ComputeDeadlineInput,
  ComputedDeadline,
  AppliedRule,
  GrantedExtension,
  Suspension,
} from './deadline-types.ts'
export { deadlineStatus, dueDateRangeOf, WARNING_BANDS } from './status.ts'
export type { DeadlineStatus, DueDateRange } from './status.ts'
export {
  CRIME_CATEGORIES,
  CRIME_CATEGORY_LABELS,
  CRIME_CATEGORY_SHORT_LABELS,
  categoryFromBracket,
  isCrimeCategory,
} from './crime-category.ts'
export type { CrimeCategory, PenaltyBracket } from './crime-category.ts'
export { DEADLINE_RULES, findRule, getRule } from './rules/index.ts'
export { CUSTODY_DETENTION_RULE_CODES } from './rules/custody-detention.ts'
export type {
  DeadlineRule,
  ExtensionStep,
  PerCategory,
  ByCategory,
  SuspensionEffect,
  UnconfirmedNote,
  ReadingSetting,
} from './rule-types.ts'
export { resolveRule, dependsOnCategory } from './resolve-rule.ts'
export type { ResolvedRule } from './resolve-rule.ts'
export {
  COUNTING_STEP,
  COUNTING_STEP_TEXTS,
  CRIMINAL_COUNTING,
  DETENTION_COUNTING,
  CUSTODY_COUNTING,
  CIVIL_COUNTING,
  STRICT_CRIMINAL_COUNTING,
  formatPeriod,
  lastDayOf,
  periodEndOf,
  inDays,
} from './counting.ts'
export type { Period, PeriodUnit, CountingPolicy } from './counting.ts'
export { DeadlineError } from './errors.ts'
export type { DeadlineErrorCode } from './errors.ts'
