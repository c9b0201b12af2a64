// Every statutory clock the acts of a matter start, computed by the deadline core with
// the extensions and suspensions recorded, and its status as of `today` (the core reads
// no clock). The mapping act → rule is data in clocks.ts.
import { CalendarError, formatViDate, type IsoDate, type WorkingCalendar } from '@/domain/calendar/index.ts'
import { computeDeadline, DeadlineError, type ComputeDeadlineInput, type DeadlineErrorCode } from '@/domain/deadlines/index.ts'
import { chargesInForce, classifyOrNull } from './charges-in-force.ts'
import { extensionsIn, statusOf, suspensionsIn, windowOf } from './clock-window.ts'
import { CLOCKS, type ClockSpec } from './clocks.ts'
import { stateOf } from './derive-state.ts'
import { activeEvents } from './order.ts'
import type { DerivedDeadline, MatterFacts, RegisterEvent } from './types.ts'

/** Why a clock has no due date: the core refused the combination of acts, or the rule is not encoded. */
export type DeadlineProblem = {
  key: string | null
  ruleCode: string | null
  subjectId: number | null
  startEventId: number
  code: DeadlineErrorCode | 'CALENDAR_ERROR' | 'REGISTER_RULE_NOT_ENCODED'
  message: string
}

export type DeadlineReport = { deadlines: DerivedDeadline[]; problems: DeadlineProblem[] }

export const deadlineKey = (ruleCode: string, subjectId: number | null, startEventId: number): string =>
  `${ruleCode}:${subjectId ?? '-'}:${startEventId}`

/** The category (and national-security flag) in force for this clock (DOMAIN.md §4: recompute when the charge changes). */
const categoryInput = (spec: ClockSpec, facts: MatterFacts, asOf: readonly RegisterEvent[], subjectId: number | null) => {
  if (spec.category === 'none') return {}
  const state = stateOf(facts, asOf)
  const charges = chargesInForce(asOf)
  const own = subjectId === null ? undefined : charges.bySubject.get(subjectId)
  const relevant = spec.category === 'subject' && own ? [own] : [charges.caseCharge, ...charges.bySubject.values()]
  const subjectCategory = state.subjects.find((s) => s.subjectId === subjectId)?.category ?? null
  const category = (spec.category === 'subject' ? subjectCategory : null) ?? state.category
  return {
    ...(category ? { category } : {}),
    nationalSecurity: relevant.some((c) => classifyOrNull(c)?.nationalSecurity === true),
  }
}

const failed = (error: unknown): { code: DeadlineProblem['code']; message: string } | null => {
  if (error instanceof DeadlineError) return { code: error.code, message: error.message }
  if (error instanceof CalendarError) return { code: 'CALENDAR_ERROR', message: error.message }
  return null
}

const deriveClock = (spec: ClockSpec, facts: MatterFacts, events: readonly RegisterEvent[], index: number, calendar: WorkingCalendar, today: IsoDate, report: DeadlineReport): void => {
  const start = events[index] as RegisterEvent
  const { closer, window, before, asOf } = windowOf(spec, events, index)
  const choice = spec.rule({ kind: facts.kind, start, before, window })
  if (choice === null) return
  const base = { subjectId: start.subjectId, startEventId: start.id }
  if ('notEncoded' in choice) {
    // Nothing to track once the stage is over; while it runs, say that it is not computed.
    if (!closer) report.problems.push({ ...base, key: null, ruleCode: null, code: 'REGISTER_RULE_NOT_ENCODED', message: choice.notEncoded })
    return
  }
  const key = deadlineKey(choice.ruleCode, start.subjectId, start.id)
  const input: ComputeDeadlineInput = {
    ruleCode: choice.ruleCode,
    start: start.occurredOn,
    ...(start.occurredAt ? { startTime: start.occurredAt } : {}),
    extensionsGranted: extensionsIn(spec, window),
    suspensions: suspensionsIn(spec, window),
    calendar,
    ...categoryInput(spec, facts, asOf, start.subjectId),
  }
  const closed = { closedByEventId: closer?.id ?? null, closedOn: closer?.occurredOn ?? null }
  const common = { key, ruleCode: choice.ruleCode, ...base, startDate: start.occurredOn }
  try {
    const c = computeDeadline(input)
    report.deadlines.push({
      ...common,
      dueDate: c.dueDate,
      alternativeDueDate: c.alternativeDueDate ?? null,
      dueTime: c.dueTime ?? null,
      unadjustedDueDate: c.unadjustedDueDate,
      movedBecauseOfDayOff: c.movedBecauseOfDayOff,
      dayOffReasons: c.dayOffReasons.map((d) => `${formatViDate(d.date)}: ${d.reasons.join(', ')}`),
      basis: c.basis,
      latestExtensionRequestDate: c.latestExtensionRequestDate ?? null,
      extensionsRemaining: c.extensionsRemaining,
      status: statusOf(spec, c, closer, today),
      ...closed,
    })
  } catch (error) {
    const problem = failed(error)
    if (!problem) throw error
    report.problems.push({ ...base, key, ruleCode: choice.ruleCode, ...problem })
    // A closed clock with no computable due date is only reported; an open one stays in
    // the list, open and undated, so that it is still seen (and its basis says why).
    if (closer) return
    report.deadlines.push({
      ...common,
      dueDate: null,
      alternativeDueDate: null,
      dueTime: null,
      unadjustedDueDate: null,
      movedBecauseOfDayOff: false,
      dayOffReasons: [],
      basis: `Không tính được thời hạn: ${problem.message}`,
      latestExtensionRequestDate: null,
      extensionsRemaining: 0,
      status: 'open',
      ...closed,
    })
  }
}

/** Deadlines and the problems met computing them; never throws for a combination of acts. */
export const deriveDeadlineReport = (facts: MatterFacts, calendar: WorkingCalendar, today: IsoDate): DeadlineReport => {
  const events = activeEvents(facts.events)
  const report: DeadlineReport = { deadlines: [], problems: [] }
  events.forEach((event, index) => {
    for (const spec of CLOCKS) {
      if (spec.start === event.type && spec.kinds.includes(facts.kind)) deriveClock(spec, facts, events, index, calendar, today, report)
    }
  })
  return report
}

/**
 * Every statutory clock of the matter, in the order of the acts that started them. A
 * clock the core cannot compute is returned open with a null due date and the core's
 * Vietnamese message as basis (see deriveDeadlineReport for the problems themselves).
 */
export const deriveDeadlines = (facts: MatterFacts, calendar: WorkingCalendar, today: IsoDate): DerivedDeadline[] =>
  deriveDeadlineReport(facts, calendar, today).deadlines
