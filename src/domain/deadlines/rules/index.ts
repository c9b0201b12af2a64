// The registry of statutory time-limit rules, looked up by code and date.
import { formatViDate, type IsoDate } from '@/domain/calendar/index.ts'
import { DeadlineError } from '../errors.ts'
import type { DeadlineRule } from '../rule-types.ts'
import { CIVIL_ADMINISTRATIVE_RULES } from './civil-administrative.ts'
import { CRIME_REPORT_RULES } from './crime-reports.ts'
import { CUSTODY_DETENTION_RULES } from './custody-detention.ts'
import { INVESTIGATION_RULES } from './investigation.ts'
import { PROSECUTION_TRIAL_RULES } from './prosecution-trial.ts'
import { CRIMINAL_PROTEST_RULES } from './protests.ts'

export const DEADLINE_RULES: readonly DeadlineRule[] = [
  ...CRIME_REPORT_RULES,
  ...INVESTIGATION_RULES,
  ...CUSTODY_DETENTION_RULES,
  ...PROSECUTION_TRIAL_RULES,
  ...CRIMINAL_PROTEST_RULES,
  ...CIVIL_ADMINISTRATIVE_RULES,
]

const inForce = (rule: DeadlineRule, on: IsoDate) =>
  rule.effectiveFrom <= on && (rule.effectiveTo === null || on <= rule.effectiveTo)

/** The version of rule `code` in force on `on`, if any. */
export const findRule = (code: string, on: IsoDate): DeadlineRule | undefined =>
  DEADLINE_RULES.find((rule) => rule.code === code && inForce(rule, on))

/** Like findRule, but throws DEADLINE_UNKNOWN_RULE or DEADLINE_RULE_NOT_IN_FORCE. */
export const getRule = (code: string, on: IsoDate): DeadlineRule => {
  const rule = findRule(code, on)
  if (rule) return rule
  if (!DEADLINE_RULES.some((r) => r.code === code)) {
    throw new DeadlineError('DEADLINE_UNKNOWN_RULE', `Không có quy định về thời hạn mã "${code}"`, { ruleCode: code })
  }
  throw new DeadlineError(
    'DEADLINE_RULE_NOT_IN_FORCE',
    `Quy định "${code}" không có hiệu lực vào ngày ${formatViDate(on)}`,
    { ruleCode: code, on },
  )
}
