// What the register stores for a matter, derived once from its acts: the matter row's derived
// fields (stage, category, closed, next due date), each subject's charge, category and measure,
// and one row per deadline. The online path (an act recorded, voided, a subject added, a
// calendar change), the Excel import and the demo seed all store this plan, so their rows
// cannot differ (DESIGN.md principle 1: the stored figures never disagree with the acts).
import type { IsoDate, WorkingCalendar } from '@/domain/calendar/index.ts'
import { deriveDeadlines } from './derive-deadlines.ts'
import { deriveMatterState } from './derive-state.ts'
import type { DerivedDeadline, DerivedDeadlineStatus, MatterFacts, MatterState } from './types.ts'

/**
 * A deadline whose last day passed while no act closed it: the core reports it 'missed'
 * (clock-window.ts, statusOf) but the register stores it 'open' — it can still be closed,
 * late — and "overdue" is judged against the day of each query (DOMAIN.md §4: a deadline is
 * overdue on the days after its end while the act it asks for is not recorded). Only a
 * deadline closed late is stored 'missed'.
 */
export const storedStatus = (d: Pick<DerivedDeadline, 'status' | 'closedByEventId'>): DerivedDeadlineStatus =>
  d.status === 'missed' && d.closedByEventId === null ? 'open' : d.status

/**
 * The stored statuses a deadline past its due date and not met can have: 'open' (no act closed
 * it) and 'missed' (closed late). The indicators' "missed in the period" counts both.
 */
export const UNMET_STATUSES = ['open', 'missed'] as const satisfies readonly DerivedDeadlineStatus[]

/**
 * Still running at the end of `day`: not closed at all, or closed only after that day. Holds
 * for both readings of a deadline past due with no closing act: 'open' as the register stores
 * it, and 'missed' with no closing day as the core derives it (the indicators' reference
 * evaluator works on either).
 */
export const isStillOpenOn = (d: { status: string; closedOn: string | null }, day: string): boolean =>
  d.status === 'open' || (d.status === 'missed' && (d.closedOn === null || d.closedOn > day))

/** A tag function building a query fragment (drizzle's `sql`): the literals stay in the text. */
export type QueryTag<Q> = (strings: TemplateStringsArray, ...values: Q[]) => Q

/**
 * isStillOpenOn as a SQL condition over a deadline row's columns, for the compiled indicators
 * (server/modules/indicators/compile-sql.ts): one statement of the rule for both.
 */
export const stillOpenOnCondition = <Q>(tag: QueryTag<Q>, row: { status: Q; closedOn: Q }, day: Q): Q =>
  tag`(${row.status} = 'open' OR (${row.status} = 'missed' AND (${row.closedOn} IS NULL OR ${row.closedOn} > ${day})))`

/** The earliest due date among the deadlines stored open (matters.next_due_date), null when none. */
export const nextDueDateOf = (rows: readonly { status: string; dueDate: string | null }[]): string | null =>
  rows
    .filter((d) => d.status === 'open' && d.dueDate !== null)
    .map((d) => d.dueDate!)
    .sort()[0] ?? null

/** When each of the matter's acts was entered (matter_events.recorded_at), by act id. */
export type EntryTimes = ReadonlyMap<number, string>

/**
 * A deadline as its row stores it (without the matter and unit ids). The entry times of its
 * starting and closing acts let indicators "as of" an earlier day see it as it stood then.
 */
export const deadlineRowOf = (d: DerivedDeadline, responsibleId: number | null, entered: EntryTimes) => ({
  key: d.key,
  subjectId: d.subjectId,
  ruleCode: d.ruleCode,
  startEventId: d.startEventId,
  startDate: d.startDate,
  dueDate: d.dueDate,
  alternativeDueDate: d.alternativeDueDate,
  dueTime: d.dueTime,
  unadjustedDueDate: d.unadjustedDueDate,
  movedBecauseOfDayOff: d.movedBecauseOfDayOff,
  dayOffReasons: d.dayOffReasons,
  basis: d.basis,
  latestExtensionRequestDate: d.latestExtensionRequestDate,
  extensionsRemaining: d.extensionsRemaining,
  status: storedStatus(d),
  closedByEventId: d.closedByEventId,
  closedOn: d.closedOn,
  startRecordedAt: entered.get(d.startEventId) ?? null,
  closedRecordedAt: d.closedByEventId === null ? null : (entered.get(d.closedByEventId) ?? null),
  responsibleId,
})

export type DeadlineRowPlan = ReturnType<typeof deadlineRowOf>

export type MatterRowPlan = Pick<MatterState, 'stage' | 'stageLabel' | 'category' | 'closed'> & {
  nextDueDate: string | null
}

export type SubjectRowPlan = {
  id: number
  chargeArticle: string | null
  chargeClause: number | null
  chargePoint: string | null
  category: MatterState['category']
  measure: MatterState['subjects'][number]['measure']
}

export type RowPlan = { matter: MatterRowPlan; subjects: SubjectRowPlan[]; deadlines: DeadlineRowPlan[] }

/**
 * The rows to store for a matter, derived once from its acts and the official calendar on
 * `today` (Vietnam time). `responsibleId` is the matter's assigned prosecutor, answerable for
 * every deadline; `entered` the entry time of each act.
 */
export const planMatterRows = (
  facts: MatterFacts,
  calendar: WorkingCalendar,
  today: IsoDate,
  { responsibleId, entered }: { responsibleId: number | null; entered: EntryTimes },
): RowPlan => {
  const state = deriveMatterState(facts)
  const deadlines = deriveDeadlines(facts, calendar, today).map((d) => deadlineRowOf(d, responsibleId, entered))

  return {
    matter: {
      stage: state.stage,
      stageLabel: state.stageLabel,
      category: state.category,
      closed: state.closed,
      nextDueDate: nextDueDateOf(deadlines),
    },
    subjects: state.subjects.map((s) => ({
      id: s.subjectId,
      chargeArticle: s.charge?.article ?? null,
      chargeClause: s.charge?.clause ?? null,
      chargePoint: s.charge?.point ?? null,
      category: s.category,
      measure: s.measure,
    })),
    deadlines,
  }
}
