// Public surface of the register's pure core: state, deadlines and validation derived
// from a matter's acts (DESIGN.md principle 1).
export { deriveMatterState } from './derive-state.ts'
export {
  deriveDeadlines,
  deriveDeadlineReport,
  deadlineKey,
  DETENTION_RULE_CODES,
  NO_VALID_ORDER_RULE,
} from './derive-deadlines.ts'
export type { DeadlineProblem, DeadlineReport, DetentionProblemCode } from './derive-deadlines.ts'
export { validateNewEvent } from './validate-event.ts'
export { withArticleIds } from './charges-in-force.ts'
export type { CandidateEvent } from './validate-event.ts'
export type { EventProblem, EventProblemCode } from './problems.ts'
export { STAGE_LABELS, CLOSED_STAGES, INITIAL_STAGE, stageLabel } from './stages.ts'
export { CLOCKS } from './clocks.ts'
export type { ClockSpec } from './clocks.ts'
export { activeEvents, compareEvents } from './order.ts'
export type {
  MatterFacts,
  MatterState,
  SubjectState,
  RegisterEvent,
  Subject,
  DerivedDeadline,
  DerivedDeadlineStatus,
} from './types.ts'
export {
  planMatterRows,
  storedStatus,
  nextDueDateOf,
  deadlineRowOf,
  isStillOpenOn,
  stillOpenOnCondition,
  UNMET_STATUSES,
} from './row-plan.ts'
export type { RowPlan, MatterRowPlan, SubjectRowPlan, DeadlineRowPlan, EntryTimes, QueryTag } from './row-plan.ts'
