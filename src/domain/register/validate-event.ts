// Checks a proposed act against the matter's history before it is stored: its kind,
// dates, subject, details, the order of procedure, and the limits the law puts on
// extensions. Pure; the server turns the problems into one 422 answer.
import {
  createWorkingCalendar,
  formatViDate,
  isIsoDate,
  type IsoDate,
  type WorkingCalendar,
} from '@/domain/calendar/index.ts'
import { classifyCharge, PenalCodeError } from '@/domain/penal-code/index.ts'
import { deriveDeadlineReport } from './derive-deadlines.ts'
import { stateOf } from './derive-state.ts'
import { Charge, EVENT_TYPES, isEventType, type EventType } from './event-types.ts'
import { MATTER_KIND_LABELS } from './matter-kinds.ts'
import { activeEvents } from './order.ts'
import { ALLOWED_WHEN_CLOSED, prerequisiteProblem, returnLimitProblem } from './prerequisites.ts'
import { dataProblems, problem, type EventProblem } from './problems.ts'
import { CLOCKS } from './clocks.ts'
import type { MatterFacts, RegisterEvent } from './types.ts'

export type CandidateEvent = {
  type: string
  occurredOn: IsoDate
  occurredAt: string | null
  subjectId: number | null
  documentNumber?: string | null | undefined
  issuingBody?: string | null | undefined
  data: Record<string, unknown>
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

const dateProblems = (facts: MatterFacts, c: CandidateEvent, today: IsoDate): EventProblem[] => {
  if (!isIsoDate(c.occurredOn)) return [problem('EVENT_DATA_INVALID', 'occurredOn', 'Ngày không hợp lệ')]
  const found: EventProblem[] = []
  if (c.occurredOn > today) found.push(problem('EVENT_IN_FUTURE', 'occurredOn', 'Ngày không được sau ngày hôm nay'))
  if (c.occurredOn < facts.receivedOn) {
    found.push(
      problem(
        'EVENT_BEFORE_RECEIPT',
        'occurredOn',
        `Ngày không được trước ngày thụ lý vụ việc (${formatViDate(facts.receivedOn)})`,
      ),
    )
  }
  if (c.occurredAt !== null && !TIME.test(c.occurredAt))
    found.push(problem('EVENT_DATA_INVALID', 'occurredAt', 'Giờ phải có dạng HH:MM'))
  // Điều 118 counts custody in hours from the moment the person is received.
  if (c.type === 'custody_ordered' && c.occurredAt === null) {
    found.push(
      problem(
        'EVENT_DATA_INVALID',
        'occurredAt',
        'Thời hạn tạm giữ tính theo giờ (Điều 118 BLTTHS): nhập giờ nhận người bị giữ',
      ),
    )
  }
  return found
}

const subjectProblems = (facts: MatterFacts, type: EventType, c: CandidateEvent): EventProblem[] => {
  const known = (id: unknown) => facts.subjects.some((s) => s.id === id)
  const found: EventProblem[] = []
  if (EVENT_TYPES[type].perSubject) {
    if (c.subjectId === null)
      found.push(
        problem('EVENT_SUBJECT_INVALID', 'subjectId', 'Chọn bị can, người bị tạm giữ mà hành vi này liên quan'),
      )
    else if (!known(c.subjectId))
      found.push(problem('EVENT_SUBJECT_INVALID', 'subjectId', 'Người này không thuộc vụ việc'))
  } else if (c.subjectId !== null) {
    found.push(problem('EVENT_SUBJECT_INVALID', 'subjectId', 'Hành vi này không gắn với một bị can, bị cáo cụ thể'))
  }
  // Indictments and verdicts name suspects inside their details.
  for (const list of ['charges', 'verdicts'] as const) {
    const entries = c.data[list]
    if (!Array.isArray(entries)) continue
    entries.forEach((entry: { subjectId?: unknown }, i) => {
      if (!known(entry?.subjectId))
        found.push(problem('EVENT_SUBJECT_INVALID', `data.${list}.${i}.subjectId`, 'Người này không thuộc vụ việc'))
    })
  }
  return found
}

/**
 * Every charge must be in the catalogue, in a text that applies to the offence: its category,
 * and so every deadline, is derived from it (BLHS Điều 7 via penal-code applicable.ts).
 *
 * The offence date is not recorded, so the matter's receivedOn stands for it: an offence is
 * committed before it is reported, so receivedOn is the earliest date the register holds that
 * is never before the offence. A charge under an article not yet in force on receivedOn
 * ("256a" before 01/07/2025) is then certainly refused rightly (Điều 7 khoản 2); the act's
 * own date would come months later and wrongly admit it. Lighter later texts reach back
 * anyway (khoản 3), so the proxy changes no category. The act's date bounds which later
 * texts count (`decidedOn`).
 */
const chargeProblems = (facts: MatterFacts, c: CandidateEvent): EventProblem[] => {
  const { data } = c
  const charges: [string, unknown][] = [['data.charge', data.charge]]
  for (const list of ['charges', 'verdicts'] as const) {
    const entries = data[list]
    if (Array.isArray(entries))
      entries.forEach((entry: { charge?: unknown }, i) => charges.push([`data.${list}.${i}.charge`, entry?.charge]))
  }
  return charges.flatMap(([path, value]) => {
    if (value === undefined || value === null) return []
    const parsed = Charge.safeParse(value)
    if (!parsed.success) return []
    try {
      classifyCharge(parsed.data, {
        offenceOn: facts.receivedOn,
        decidedOn: isIsoDate(c.occurredOn) ? c.occurredOn : undefined,
      })
      return []
    } catch (error) {
      if (!(error instanceof PenalCodeError)) throw error
      return [problem(error.code, `${path}.${error.details.part}`, error.message)]
    }
  })
}

/** The end day an order or extension states (Điều 134 khoản 1) must be a real day, not before the act. */
const orderEndProblems = (c: CandidateEvent): EventProblem[] => {
  if ((c.type !== 'detention_ordered' && c.type !== 'detention_extended') || c.data.endsOn === undefined) return []
  if (!isIsoDate(c.data.endsOn))
    return [problem('EVENT_DATA_INVALID', 'data.endsOn', 'Ngày kết thúc tạm giam không hợp lệ')]
  if (isIsoDate(c.occurredOn) && c.data.endsOn < c.occurredOn) {
    return [
      problem(
        'EVENT_DATA_INVALID',
        'data.endsOn',
        `Ngày kết thúc tạm giam không được trước ngày ra lệnh, quyết định (${formatViDate(c.occurredOn)})`,
      ),
    ]
  }
  return []
}

const FLAGGED_ONLY = new Set([
  'DETENTION_ORDER_BEYOND_LAW',
  'DETENTION_WITHOUT_VALID_ORDER',
  'DETENTION_GROUNDS_MISSING',
  'DETENTION_GROUNDS_NOT_ALLOWED',
])
const EXTENSION_CODES = new Set([
  'DEADLINE_EXTENSION_LIMIT',
  'DEADLINE_EXTENSION_TOO_LONG',
  'DEADLINE_EXTENSION_TOTAL_EXCEEDED',
])
const MODIFIERS = new Set(CLOCKS.flatMap((s) => [s.extension, s.suspend, s.resume]))
// Whether the law allows an extension does not depend on days off; a suspension's last
// possible day does (roll-over), so callers with the official calendar should pass it.
const DEFAULT_CALENDAR = createWorkingCalendar()

/** Runs the deadline core with the act added: what it refuses (an extension too many or too long) is refused here. */
const deadlineProblems = (
  facts: MatterFacts,
  candidate: RegisterEvent,
  today: IsoDate,
  calendar: WorkingCalendar,
): EventProblem[] => {
  if (!MODIFIERS.has(candidate.type)) return []
  const seen = new Set(deriveDeadlineReport(facts, calendar, today).problems.map((p) => `${p.key}|${p.code}`))
  const after = deriveDeadlineReport({ ...facts, events: [...facts.events, candidate] }, calendar, today).problems
  return (
    after
      // An order beyond the law, or a person held without a valid order, is flagged on the deadline, not refused.
      .filter((p) => p.key !== null && !seen.has(`${p.key}|${p.code}`) && !FLAGGED_ONLY.has(p.code))
      .map((p) =>
        EXTENSION_CODES.has(p.code)
          ? problem('EVENT_EXTENSION_LIMIT', 'data.amount', p.message)
          : p.code === 'DEADLINE_INVALID_INPUT'
            ? problem('EVENT_DATA_INVALID', 'data', p.message)
            : problem('EVENT_OUT_OF_ORDER', 'occurredOn', p.message),
      )
  )
}

/** An extension decision must end after the detention it extends (the end day of the order in force). */
const extensionEndProblems = (
  facts: MatterFacts,
  candidate: RegisterEvent,
  today: IsoDate,
  calendar: WorkingCalendar,
): EventProblem[] => {
  if (candidate.type !== 'detention_extended' || !isIsoDate(candidate.data.endsOn)) return []
  const current = deriveDeadlineReport(facts, calendar, today).deadlines.findLast(
    (d) =>
      DETENTION_CLOCK_RULES.has(d.ruleCode) &&
      d.subjectId === candidate.subjectId &&
      d.closedByEventId === null &&
      d.dueDate !== null,
  )
  if (!current?.dueDate || candidate.data.endsOn > current.dueDate) return []
  return [
    problem(
      'EVENT_DATA_INVALID',
      'data.endsOn',
      `Ngày kết thúc gia hạn tạm giam phải sau ngày kết thúc của lệnh tạm giam đang có hiệu lực (${formatViDate(current.dueDate)})`,
    ),
  ]
}
const DETENTION_CLOCK_RULES = new Set([
  'BLTTHS_173_TAM_GIAM',
  'BLTTHS_241_TAM_GIAM_TRUY_TO',
  'BLTTHS_278_TAM_GIAM_XET_XU',
  'BLTTHS_329_TAM_GIAM_SAU_XET_XU',
])

export const validateNewEvent = (
  facts: MatterFacts,
  candidate: CandidateEvent,
  today: IsoDate,
  calendar: WorkingCalendar = DEFAULT_CALENDAR,
): EventProblem[] => {
  const { type } = candidate
  if (!isEventType(type)) return [problem('EVENT_DATA_INVALID', 'type', 'Loại hành vi tố tụng không hợp lệ')]
  const definition = EVENT_TYPES[type]
  if (!(definition.kinds as readonly string[]).includes(facts.kind)) {
    return [
      problem(
        'EVENT_KIND_MISMATCH',
        'type',
        `"${definition.label}" không áp dụng cho loại vụ việc này (${MATTER_KIND_LABELS[facts.kind]})`,
      ),
    ]
  }
  const dates = dateProblems(facts, candidate, today)
  const subjects = subjectProblems(facts, type, candidate)
  const data = dataProblems(definition.data, candidate.data)
  const found = [
    ...dates,
    ...subjects,
    ...data,
    ...(data.length === 0 ? [...chargeProblems(facts, candidate), ...orderEndProblems(candidate)] : []),
  ]
  if (dates.some((p) => p.path === 'occurredOn') || subjects.some((p) => p.path === 'subjectId')) return found

  // The act will be recorded last: it comes after every act of its day.
  const prior = activeEvents(facts.events).filter((e) => e.occurredOn <= candidate.occurredOn)
  const state = stateOf(facts, prior)
  if (state.closed && !ALLOWED_WHEN_CLOSED.has(type)) {
    return [
      ...found,
      problem(
        'EVENT_MATTER_CLOSED',
        'type',
        `Vụ việc đã kết thúc (${state.stageLabel}); không thể ghi nhận "${definition.label}"`,
      ),
    ]
  }
  const context = { kind: facts.kind, prior, state, subjectId: candidate.subjectId, data: candidate.data }
  const order = prerequisiteProblem(type, context)
  if (order) return [...found, problem('EVENT_OUT_OF_ORDER', 'type', order)]
  const limit = returnLimitProblem(type, context)
  if (limit) return [...found, problem('EVENT_RETURN_LIMIT', 'type', limit)]
  if (found.length > 0) return found

  const sequence = Math.max(0, ...facts.events.map((e) => e.sequence)) + 1
  const event: RegisterEvent = {
    id: -1,
    type,
    occurredOn: candidate.occurredOn,
    occurredAt: candidate.occurredAt,
    subjectId: candidate.subjectId,
    documentNumber: candidate.documentNumber ?? null,
    issuingBody: candidate.issuingBody ?? null,
    data: candidate.data,
    voided: false,
    sequence,
  }
  const ends = extensionEndProblems(facts, event, today, calendar)
  return ends.length > 0 ? ends : deadlineProblems(facts, event, today, calendar)
}
