// Every statutory clock the acts of a matter start, computed by the deadline core with
// the extensions and suspensions recorded, and its status as of `today` (the core reads
// no clock). The mapping act → rule is data in clocks.ts.
import {
  addDays,
  CalendarError,
  daysBetween,
  formatViDate,
  type IsoDate,
  type WorkingCalendar,
} from '@/domain/calendar/index.ts'
import {
  computeDeadline,
  DeadlineError,
  type ComputeDeadlineInput,
  type DeadlineErrorCode,
} from '@/domain/deadlines/index.ts'
import { chargesInForce, classifyOrNull } from './charges-in-force.ts'
import { extensionsIn, statusOf, suspensionsIn, windowOf } from './clock-window.ts'
import { CLOCKS, DETENTION_RELEASES, type ClockSpec } from './clocks.ts'
import { groundsWarning, type GroundsWarning } from './detention-grounds.ts'
import { custodyDaysBefore, dayOffReasonsOn, readOrders } from './detention-orders.ts'
import { EVENT_TYPES } from './event-types.ts'
import { stateOf } from './derive-state.ts'
import { activeEvents } from './order.ts'
import type { DerivedDeadline, MatterFacts, RegisterEvent } from './types.ts'

/** Why a clock has no due date: the core refused the combination of acts, or the rule is not encoded. */
export type DeadlineProblem = {
  key: string | null
  ruleCode: string | null
  subjectId: number | null
  startEventId: number
  code: DeadlineErrorCode | 'CALENDAR_ERROR' | 'REGISTER_RULE_NOT_ENCODED' | DetentionProblemCode
  message: string
}

/**
 * DETENTION_ORDER_BEYOND_LAW: an order or extension ends after the law allows (Điều 134 khoản 1);
 * DETENTION_WITHOUT_VALID_ORDER: the person is still held after the last order ended.
 */
export type DetentionProblemCode =
  | 'DETENTION_ORDER_BEYOND_LAW'
  | 'DETENTION_WITHOUT_VALID_ORDER'
  | GroundsWarning['code']

/** The rule of the clock opened when a detention order is left to run out after the file changed hands. */
export const NO_VALID_ORDER_RULE = 'TAM_GIAM_KHONG_CO_LENH'

export type DeadlineReport = { deadlines: DerivedDeadline[]; problems: DeadlineProblem[] }

export const deadlineKey = (ruleCode: string, subjectId: number | null, startEventId: number): string =>
  `${ruleCode}:${subjectId ?? '-'}:${startEventId}`

/** The category (and national-security flag) in force for this clock (DOMAIN.md §4: recompute when the charge changes). */
const categoryInput = (
  spec: ClockSpec,
  facts: MatterFacts,
  asOf: readonly RegisterEvent[],
  subjectId: number | null,
) => {
  if (spec.category === 'none') return {}
  const state = stateOf(facts, asOf)
  const charges = chargesInForce(asOf)
  const own = subjectId === null ? undefined : charges.bySubject.get(subjectId)
  const relevant = spec.category === 'subject' && own ? [own] : [charges.caseCharge, ...charges.bySubject.values()]
  const subjectCategory = state.subjects.find((s) => s.subjectId === subjectId)?.category ?? null
  const category = (spec.category === 'subject' ? subjectCategory : null) ?? state.category
  return {
    ...(category ? { category } : {}),
    nationalSecurity: relevant.some((c) => classifyOrNull(c, facts.receivedOn)?.nationalSecurity === true),
  }
}

const failed = (error: unknown): { code: DeadlineProblem['code']; message: string } | null => {
  if (error instanceof DeadlineError) return { code: error.code, message: error.message }
  if (error instanceof CalendarError) return { code: 'CALENDAR_ERROR', message: error.message }
  return null
}

const deriveClock = (
  spec: ClockSpec,
  facts: MatterFacts,
  events: readonly RegisterEvent[],
  index: number,
  calendar: WorkingCalendar,
  today: IsoDate,
  report: DeadlineReport,
): void => {
  const start = events[index] as RegisterEvent
  const { closer, window, before, asOf } = windowOf(spec, events, index)
  const choice = spec.rule({ kind: facts.kind, start, before, window })
  if (choice === null) return
  const base = { subjectId: start.subjectId, startEventId: start.id }
  if ('notEncoded' in choice) {
    // Nothing to track once the stage is over; while it runs, say that it is not computed.
    if (!closer)
      report.problems.push({
        ...base,
        key: null,
        ruleCode: null,
        code: 'REGISTER_RULE_NOT_ENCODED',
        message: choice.notEncoded,
      })
    return
  }
  const key = deadlineKey(choice.ruleCode, start.subjectId, start.id)
  const detention = spec.detention
  const countsFrom = detention?.countsFrom?.({ kind: facts.kind, start, before, window }) ?? start.occurredOn
  const deductedDays = detention?.deductsCustody ? custodyDaysBefore(start, before) : 0
  const input: ComputeDeadlineInput = {
    ruleCode: choice.ruleCode,
    start: countsFrom,
    ...(start.occurredAt ? { startTime: start.occurredAt } : {}),
    extensionsGranted: extensionsIn(spec, window),
    suspensions: suspensionsIn(spec, window),
    ...(deductedDays > 0 ? { deductedDays } : {}),
    calendar,
    ...categoryInput(spec, facts, asOf, start.subjectId),
  }
  const closed = { closedByEventId: closer?.id ?? null, closedOn: closer?.occurredOn ?? null }
  const common = { key, ruleCode: choice.ruleCode, ...base, startDate: start.occurredOn }
  try {
    const c = computeDeadline(input)
    const derived: DerivedDeadline = {
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
    }
    if (detention && c.unadjustedDueDate !== null) {
      // The clock runs to the order's end day; the law's end is the ceiling (detention-orders.ts).
      const lawBaseEnd = computeDeadline({ ...input, extensionsGranted: [] }).unadjustedDueDate as IsoDate
      const extensions = window.filter((e) => e.type === spec.extension)
      const reading = readOrders(start, extensions, countsFrom, deductedDays, lawBaseEnd, c)
      const shift = daysBetween(c.unadjustedDueDate, reading.dueDate)
      Object.assign(derived, {
        dueDate: reading.dueDate,
        unadjustedDueDate: reading.dueDate,
        movedBecauseOfDayOff: false,
        dayOffReasons: dayOffReasonsOn(reading.dueDate, calendar),
        basis: [c.basis, ...reading.phrases].join('; '),
        latestExtensionRequestDate: c.latestExtensionRequestDate ? addDays(c.latestExtensionRequestDate, shift) : null,
        status: statusOf(spec, { dueDate: reading.dueDate }, closer, today),
      })
      // Điều 119: a warning on the deadline and in the report, never a refusal.
      const warning = detention.checksGrounds ? groundsWarning(start, before) : null
      if (warning) {
        derived.basis = `${derived.basis}; CẢNH BÁO: ${warning.message}`
        report.problems.push({ ...base, key, ruleCode: choice.ruleCode, code: warning.code, message: warning.message })
      }
      if (reading.beyondLaw) {
        const message = `Lệnh tạm giam, quyết định gia hạn tạm giam ghi ngày kết thúc ${formatViDate(reading.orderedEnd as IsoDate)} vượt quá thời hạn luật định (hết ngày ${formatViDate(reading.legalEnd)}, ${c.basis})`
        report.problems.push({ ...base, key, ruleCode: choice.ruleCode, code: 'DETENTION_ORDER_BEYOND_LAW', message })
      }
    }
    report.deadlines.push(derived)
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

/**
 * A detention clock closed by the file changing hands (nhận hồ sơ, thụ lý, xét xử, trả hồ sơ,
 * kháng nghị) leaves the person held under an order that still runs to its end day (Điều 134
 * khoản 1). From then on only a new order or a release is lawful: this clock (due on that end
 * day) is met by one of them in time, and stays open — then overdue — until one comes.
 */
const noValidOrderClocks = (events: readonly RegisterEvent[], report: DeadlineReport, today: IsoDate): void => {
  const detentionRules = new Set(DETENTION_RULE_CODES.filter((code) => code !== NO_VALID_ORDER_RULE))
  for (const held of [...report.deadlines]) {
    if (!detentionRules.has(held.ruleCode) || held.closedByEventId === null || held.dueDate === null) continue
    const handedOn = events.find((e) => e.id === held.closedByEventId)
    if (!handedOn || DETENTION_RELEASES.has(handedOn.type)) continue
    const after = events.slice(events.indexOf(handedOn) + 1)
    const met = after.find(
      (e) =>
        ((e.type === 'detention_ordered' || e.type === 'detention_ended') && e.subjectId === held.subjectId) ||
        e.type === 'case_terminated' ||
        e.type === 'judgment_effective',
    )
    const dueDate = held.dueDate
    report.deadlines.push({
      key: deadlineKey(NO_VALID_ORDER_RULE, held.subjectId, handedOn.id),
      ruleCode: NO_VALID_ORDER_RULE,
      subjectId: held.subjectId,
      startEventId: handedOn.id,
      startDate: handedOn.occurredOn,
      dueDate,
      dueTime: null,
      alternativeDueDate: null,
      unadjustedDueDate: dueDate,
      movedBecauseOfDayOff: false,
      dayOffReasons: [],
      basis: `Điều 134 khoản 1 BLTTHS 2015: lệnh tạm giam trước hết hiệu lực vào 24 giờ ngày ${formatViDate(dueDate)}; sau khi ${EVENT_TYPES[handedOn.type].label.toLowerCase()} (${formatViDate(handedOn.occurredOn)}) phải có lệnh tạm giam mới hoặc trả tự do`,
      latestExtensionRequestDate: null,
      extensionsRemaining: 0,
      status: statusOf({ nature: 'obligation' }, { dueDate }, met ?? null, today),
      closedByEventId: met?.id ?? null,
      closedOn: met?.occurredOn ?? null,
    })
  }
}

/** Every detention clock's rule, and the no-valid-order clock: the ones the overdue-detention indicator counts. */
export const DETENTION_RULE_CODES: readonly string[] = [
  'BLTTHS_173_TAM_GIAM',
  'BLTTHS_241_TAM_GIAM_TRUY_TO',
  'BLTTHS_278_TAM_GIAM_XET_XU',
  'BLTTHS_329_TAM_GIAM_SAU_XET_XU',
  NO_VALID_ORDER_RULE,
]

/** A person still held (clock open, no release) after the last order ended: "đang bị tạm giam nhưng không có lệnh còn hiệu lực". */
const heldWithoutOrder = (report: DeadlineReport): void => {
  for (const d of report.deadlines) {
    if (
      !DETENTION_RULE_CODES.includes(d.ruleCode) ||
      d.status !== 'missed' ||
      d.closedByEventId !== null ||
      d.dueDate === null
    )
      continue
    report.problems.push({
      key: d.key,
      ruleCode: d.ruleCode,
      subjectId: d.subjectId,
      startEventId: d.startEventId,
      code: 'DETENTION_WITHOUT_VALID_ORDER',
      message: `Bị can đang bị tạm giam nhưng không có lệnh còn hiệu lực (lệnh tạm giam đã hết hạn ngày ${formatViDate(d.dueDate)})`,
    })
  }
}

/** Deadlines and the problems met computing them; never throws for a combination of acts. */
export const deriveDeadlineReport = (facts: MatterFacts, calendar: WorkingCalendar, today: IsoDate): DeadlineReport => {
  const events = activeEvents(facts.events)
  const report: DeadlineReport = { deadlines: [], problems: [] }
  events.forEach((event, index) => {
    for (const spec of CLOCKS) {
      if (spec.start === event.type && spec.kinds.includes(facts.kind))
        deriveClock(spec, facts, events, index, calendar, today, report)
    }
  })
  if (facts.kind === 'criminal_case') {
    noValidOrderClocks(events, report, today)
    heldWithoutOrder(report)
  }
  return report
}

/**
 * Every statutory clock of the matter, in the order of the acts that started them. A
 * clock the core cannot compute is returned open with a null due date and the core's
 * Vietnamese message as basis (see deriveDeadlineReport for the problems themselves).
 */
export const deriveDeadlines = (facts: MatterFacts, calendar: WorkingCalendar, today: IsoDate): DerivedDeadline[] =>
  deriveDeadlineReport(facts, calendar, today).deadlines
