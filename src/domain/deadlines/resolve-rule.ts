// Picks the concrete values of a rule for one matter: its crime category and
// whether the crime is against national security.
import type { Period } from './counting.ts'
import { CRIME_CATEGORY_SHORT_LABELS, type CrimeCategory } from './crime-category.ts'
import { DeadlineError } from './errors.ts'
import type { DeadlineRule, ExtensionStep, PerCategory } from './rule-types.ts'

export type ResolvedRule = {
  rule: DeadlineRule
  /** Set only when the rule's values depend on it. */
  category?: CrimeCategory
  nationalSecurity: boolean
  base: Period
  steps: readonly ExtensionStep[]
  maxTotal?: Period
}

export const dependsOnCategory = (rule: DeadlineRule): boolean =>
  'byCategory' in rule.base ||
  'byCategory' in rule.extensions ||
  (rule.maxTotal !== undefined && 'byCategory' in rule.maxTotal)

const pick = <T>(value: PerCategory<T>, category: CrimeCategory | undefined): T =>
  // `category` is checked by resolveRule before any by-category value is read.
  'fixed' in value ? value.fixed : value.byCategory[category as CrimeCategory]

export const resolveRule = (
  rule: DeadlineRule,
  category: CrimeCategory | undefined,
  nationalSecurity: boolean,
): ResolvedRule => {
  const needsCategory = dependsOnCategory(rule)
  if (needsCategory && !category) {
    throw new DeadlineError(
      'DEADLINE_CATEGORY_REQUIRED',
      `${rule.article}: cần xác định loại tội phạm để tính thời hạn`,
      { ruleCode: rule.code },
    )
  }
  let steps = pick(rule.extensions, category)
  let maxTotal = rule.maxTotal && pick(rule.maxTotal, category)
  const special = rule.nationalSecurity
  if (nationalSecurity && special) {
    if ('notEncoded' in special) {
      throw new DeadlineError('DEADLINE_NOT_ENCODED', `${rule.article}: ${special.notEncoded}`, { ruleCode: rule.code })
    }
    const extra = category ? special.extraExtensions[category] : undefined
    if (extra) steps = [...steps, ...extra]
    const extraMax = category ? special.maxTotal[category] : undefined
    if (extraMax) maxTotal = extraMax
  }
  return {
    rule,
    ...(needsCategory && category ? { category } : {}),
    nationalSecurity,
    base: pick(rule.base, category),
    steps,
    ...(maxTotal ? { maxTotal } : {}),
  }
}

/** ", tội rất nghiêm trọng" (plus national security), or '' when the rule does not depend on the category. */
export const categoryPhrase = (resolved: ResolvedRule): string =>
  (resolved.category ? `, ${CRIME_CATEGORY_SHORT_LABELS[resolved.category]}` : '') +
  (resolved.nationalSecurity && resolved.rule.nationalSecurity ? ', xâm phạm an ninh quốc gia' : '')
