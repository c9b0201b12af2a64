// The two readings of Điều 134 BLTTHS 2015 (counting.ts, issue 9 item 6): a rule with a
// `reading` setting is computed under its lenient policy (`counting`) and under the
// strict one; this file builds the strict variant of the rule.
import type { Period, PeriodUnit } from './counting.ts'
import type { Suspension } from './deadline-types.ts'
import type { ResolvedRule } from './resolve-rule.ts'
import type { DeadlineRule, ReadingSetting } from './rule-types.ts'

/** The unit of the period that sets the final due date: a fresh period after resumption, the last extension, or the base. */
export const lastPeriodUnit = (
  resolved: ResolvedRule,
  granted: readonly Period[],
  suspensions: readonly Suspension[],
): PeriodUnit => {
  const effect = resolved.rule.suspension
  const last = [...suspensions].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)).at(-1)
  if (effect.kind === 'fresh_period' && last && last.to !== null) return effect.period.unit
  return (granted.at(-1) ?? resolved.base).unit
}

/**
 * The rule as the strict reading counts it: the day of the event is day 1, and a last day
 * off moves only when the period that ends the chain is in months — Điều 134 writes the
 * move for months and for nothing else.
 */
export const strictVariant = (rule: DeadlineRule, setting: ReadingSetting, lastUnit: PeriodUnit): DeadlineRule => ({
  ...rule,
  counting: { ...setting.strict, rollsOverDaysOff: lastUnit === 'months' },
})
