import { DomainError } from '../errors.ts'

/**
 * Stable codes of the plan's refusals; the HTTP edge maps them to statuses (src/server/errors.ts,
 * 422 for a code it does not know), the UI shows `message` (Vietnamese).
 *
 * PLAN_TRANSITION_NOT_ALLOWED        the action does not start from the plan's status
 * PLAN_CONTENT_LOCKED                an issued (or submitted, amended, reviewed) plan is not edited in place
 * PLAN_APPROVAL_REQUIRED             issue/amend without the approving body
 * PLAN_APPROVER_NOT_ALLOWED          the annual plan approved other than by the Ủy ban kiểm sát (QĐ 515/2012)
 * PLAN_CASCADE_VIOLATIONS            issue/amend while a target is weaker than the superior's (QĐ 515/2012)
 * PLAN_RETURN_REASON_REQUIRED        a submitted plan returned to draft without saying why
 * PLAN_AMENDMENT_DOCUMENT_REQUIRED   an amendment without its deciding document (number and date)
 * PLAN_AMENDMENT_REASON_REQUIRED     an amendment without its reason
 * PLAN_INVALID_SETTING               e.g. a due-soon window that is not a whole number of days ≥ 0
 * PLAN_INVALID_RECURRENCE            e.g. a day of the month outside 1–31
 * PLAN_INVALID_CURVE                 last year's monthly curve without its twelve months
 */
export type PlanErrorCode =
  | 'PLAN_TRANSITION_NOT_ALLOWED'
  | 'PLAN_CONTENT_LOCKED'
  | 'PLAN_APPROVAL_REQUIRED'
  | 'PLAN_APPROVER_NOT_ALLOWED'
  | 'PLAN_CASCADE_VIOLATIONS'
  | 'PLAN_RETURN_REASON_REQUIRED'
  | 'PLAN_AMENDMENT_DOCUMENT_REQUIRED'
  | 'PLAN_AMENDMENT_REASON_REQUIRED'
  | 'PLAN_INVALID_SETTING'
  | 'PLAN_INVALID_RECURRENCE'
  | 'PLAN_INVALID_CURVE'

export class PlanError extends DomainError<PlanErrorCode> {
  override readonly name = 'PlanError'
  constructor(code: PlanErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(code, message, details)
  }
}
