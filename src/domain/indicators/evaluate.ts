// The reference evaluator: an indicator definition (definition.ts) counted over a register held
// in memory. It is the executable statement of the definition's semantics, against which the SQL
// engine (src/server/modules/indicators) is tested, so it is written to be obviously right, item
// by item and atom by atom, not fast. DOMAIN.md §3.2 gives the formulas it serves (e.g. reports
// carried over count in the resolution rate's denominator; overdue reports are a subset of the
// unresolved ones); §6.1 the periods.
//
// "As of" a day (src/shared/api/indicators.ts): an event counts when it was recorded strictly
// before the as-of day ended in Vietnam and was not voided by then, so a figure reported on
// 30/11 can be recomputed later exactly as it was, and corrections recorded afterwards show as
// a difference (compare.ts, correctionText).
//
// Deadlines are taken as the register derived them (status, due date, closing day) and judged
// against the period and the as-of day, as they stood at the as-of moment by the entry times of
// the acts that started and closed them (asItStood): a deadline whose starting act was entered
// later did not exist yet; one whose closing act was entered later was still open.
import type { IsoDate } from '@/domain/calendar/index.ts'
import type { EventType } from '@/domain/register/event-types.ts'
import type { MatterKind } from '@/domain/register/matter-kinds.ts'
import { isStillOpenOn, UNMET_STATUSES } from '@/domain/register/row-plan.ts'
import {
  isDeadlineAtom,
  isEventAtom,
  type DeadlineAtom,
  type DeadlineOutcome,
  type EventAtom,
  type EventWindow,
  type FieldMatch,
  type IndicatorDefinition,
  type Measure,
  type SetExpression,
  type UnitOfCount,
} from './definition.ts'
import { asOfMoment, effectiveEnd } from './periods.ts'

export type ReferenceEvent = {
  id: number
  type: EventType
  occurredOn: IsoDate
  subjectId: number | null
  data: Record<string, unknown>
  /** The instant the event was entered, ISO 8601 with offset. */
  recordedAt: string
  /** The instant it was voided, or null. */
  voidedAt: string | null
}

export type ReferenceDeadline = {
  ruleCode: string
  subjectId: number | null
  dueDate: IsoDate | null
  status: 'open' | 'suspended' | 'met' | 'missed'
  closedOn: IsoDate | null
  /** The type of the act that closed the deadline, if one did. */
  closedByType?: EventType | null
  /** The instant the act that started the deadline was entered (ISO 8601), if known. */
  startRecordedAt?: string | null
  /** The instant the act that closed it was entered, if one did and it is known. */
  closedRecordedAt?: string | null
}

export type ReferenceMatter = {
  id: number
  /** The unit that recorded the matter (roll-up carries it to its successor, rollup.ts). */
  unitId: number
  kind: MatterKind
  prosecutorId: number | null
  subjectIds: number[]
  events: ReferenceEvent[]
  deadlines: ReferenceDeadline[]
}

export type ReferenceRegister = { matters: ReferenceMatter[] }

export type EvaluationContext = { period: { from: IsoDate; to: IsoDate }; asOf: IsoDate }

/** One counted item: a matter, or one subject of a matter; `amount` only for amounts (VND). */
export type MeasureItem = {
  matterId: number
  subjectId: number | null
  unitId: number
  prosecutorId: number | null
  amount: number | null
}

/** What an atom is tested against: a matter, or one of its subjects. */
type Item = { matter: ReferenceMatter; subjectId: number | null }

/** Everything an evaluation needs besides the item, computed once. */
type Scope = { from: IsoDate; to: IsoDate; asOf: IsoDate; end: IsoDate; cutoff: number }

const scopeOf = ({ period, asOf }: EvaluationContext): Scope => ({
  from: period.from,
  to: period.to,
  asOf,
  end: effectiveEnd(period, asOf),
  cutoff: Date.parse(asOfMoment(asOf)),
})

// ── Events ─────────────────────────────────────────────────────────────────────────────

/** Recorded strictly before the as-of moment, and not voided before it. */
const isStanding = (event: ReferenceEvent, scope: Scope): boolean =>
  Date.parse(event.recordedAt) < scope.cutoff && (event.voidedAt === null || Date.parse(event.voidedAt) >= scope.cutoff)

const isInWindow = (day: IsoDate, window: EventWindow, scope: Scope): boolean => {
  switch (window) {
    case 'before_start':
      return day < scope.from
    case 'in_period':
      return scope.from <= day && day <= scope.to
    case 'by_end':
      return day <= scope.to
  }
}

type Details = Record<string, unknown>

const isDetails = (value: unknown): value is Details =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The per-subject lists an event may carry (verdicts of a trial, charges of an indictment). */
const PER_SUBJECT_LISTS = ['verdicts', 'charges'] as const

const perSubjectElements = (data: Details): { hasList: boolean; elements: Details[] } => {
  const lists = PER_SUBJECT_LISTS.map((name) => data[name]).filter((value): value is unknown[] => Array.isArray(value))

  return { hasList: lists.length > 0, elements: lists.flat().filter(isDetails) }
}

/** The field from the first source that has it (an element of a per-subject list, then the event). */
const fieldOf = (sources: readonly Details[], field: string): unknown =>
  sources.find((source) => Object.hasOwn(source, field))?.[field]

const matchesAll = (where: readonly FieldMatch[], sources: readonly Details[]): boolean =>
  where.every(({ field, equals }) => fieldOf(sources, field) === equals)

/**
 * The sources of fields through which the event speaks of the item, one list per way it does
 * (none when it does not concern the item). For a matter: the event itself, and each element of
 * its per-subject lists. For a subject: the event if it names the subject; the subject's elements
 * of a per-subject list; or the event if it names nobody and has no such list (it concerns every
 * subject of the matter).
 */
const readingsOf = (event: ReferenceEvent, item: Item): Details[][] => {
  const { hasList, elements } = perSubjectElements(event.data)
  if (item.subjectId === null) return [[event.data], ...elements.map((element) => [element, event.data])]
  const readings: Details[][] = []
  if (event.subjectId === item.subjectId) readings.push([event.data])
  for (const element of elements) if (element.subjectId === item.subjectId) readings.push([element, event.data])
  if (event.subjectId === null && !hasList) readings.push([event.data])

  return readings
}

const qualifyingEvents = (
  item: Item,
  types: readonly EventType[],
  window: EventWindow,
  scope: Scope,
): ReferenceEvent[] =>
  item.matter.events.filter(
    (event) => types.includes(event.type) && isInWindow(event.occurredOn, window, scope) && isStanding(event, scope),
  )

const holdsEventAtom = ({ event: atom }: EventAtom, item: Item, scope: Scope): boolean =>
  qualifyingEvents(item, atom.types, atom.window, scope).some((event) =>
    readingsOf(event, item).some((sources) => matchesAll(atom.where ?? [], sources)),
  )

// ── Deadlines ──────────────────────────────────────────────────────────────────────────

const hasOutcome = (deadline: ReferenceDeadline, outcome: DeadlineOutcome, scope: Scope): boolean => {
  const { dueDate, status, closedOn } = deadline
  switch (outcome) {
    case 'met_in_period':
      return status === 'met' && closedOn !== null && scope.from <= closedOn && closedOn <= scope.end
    case 'missed_in_period':
      return (
        dueDate !== null &&
        scope.from <= dueDate &&
        dueDate <= scope.to &&
        dueDate < scope.asOf &&
        (UNMET_STATUSES as readonly string[]).includes(status)
      )
    case 'overdue_at_end':
      // Still open at the end: not closed at all, or closed only after it. The core derives a
      // deadline whose last day passed while still open as 'missed' with no closing day
      // (register/clock-window.ts, statusOf); the register stores it as 'open' (storedStatus in
      // register/row-plan.ts). Both readings count (isStillOpenOn), as in the SQL.
      return dueDate !== null && dueDate < scope.end && isStillOpenOn({ status, closedOn }, scope.end)
  }
}

const enteredBy = (instant: string | null | undefined, scope: Scope): boolean =>
  instant == null || Date.parse(instant) < scope.cutoff

/**
 * The deadline as the register held it at the as-of moment, as the events' "as of" reads acts
 * (isStanding): none if its starting act was entered after that moment; still open, closed by no
 * act, if its closing act was. An entry time that is not known counts as entered in time. What the
 * register cannot tell stays as derived today: extensions and suspensions entered later, and acts
 * voided since (the deadline is derived again without them).
 */
const asItStood = (deadline: ReferenceDeadline, scope: Scope): ReferenceDeadline | null => {
  if (!enteredBy(deadline.startRecordedAt, scope)) return null
  if (deadline.closedRecordedAt != null && !enteredBy(deadline.closedRecordedAt, scope))
    return { ...deadline, status: 'open', closedOn: null, closedByType: null, closedRecordedAt: null }
  return deadline
}

const holdsDeadlineAtom = ({ deadline: atom }: DeadlineAtom, item: Item, scope: Scope): boolean =>
  item.matter.deadlines
    .map((deadline) => asItStood(deadline, scope))
    .some(
      (deadline) =>
        deadline !== null &&
        atom.rules.includes(deadline.ruleCode) &&
        (item.subjectId === null || deadline.subjectId === item.subjectId) &&
        (atom.closedBy === undefined ||
          (deadline.closedByType != null && atom.closedBy.includes(deadline.closedByType))) &&
        hasOutcome(deadline, atom.outcome, scope),
    )

// ── Sets and measures ──────────────────────────────────────────────────────────────────

const holds = (expression: SetExpression, item: Item, scope: Scope): boolean => {
  if (isEventAtom(expression)) return holdsEventAtom(expression, item, scope)
  if (isDeadlineAtom(expression)) return holdsDeadlineAtom(expression, item, scope)
  if ('all' in expression) return expression.all.every((part) => holds(part, item, scope))
  if ('any' in expression) return expression.any.some((part) => holds(part, item, scope))

  return !holds(expression.not, item, scope)
}

const itemsOf = (definition: Pick<IndicatorDefinition, 'kinds' | 'unitOfCount'>, register: ReferenceRegister): Item[] =>
  register.matters
    .filter((matter) => definition.kinds.includes(matter.kind))
    .flatMap((matter): Item[] =>
      definition.unitOfCount === 'person'
        ? matter.subjectIds.map((subjectId) => ({ matter, subjectId }))
        : [{ matter, subjectId: null }],
    )

/** A detail field as a number; absent or non-numeric values add nothing (SQL's sum ignores nulls). */
const amountOf = (value: unknown): number => {
  if (value === null || value === undefined || value === '') return 0
  const number = Number(value)

  return Number.isFinite(number) ? number : 0
}

/**
 * Σ field over the matter's standing events of the sum's types in its window. Amounts are counted
 * per matter (unit of count 'vnd'; validate-definition.ts refuses sums on other units).
 */
const sumOf = (sum: NonNullable<Measure['sum']>, item: Item, scope: Scope): number =>
  qualifyingEvents(item, sum.types, sum.window, scope).reduce(
    (total, event) => total + amountOf(event.data[sum.field]),
    0,
  )

const compareItems = (a: MeasureItem, b: MeasureItem): number =>
  a.matterId - b.matterId || (a.subjectId ?? -Infinity) - (b.subjectId ?? -Infinity) || 0

/**
 * The items in the numerator or the denominator of an indicator, for a period, as of a day,
 * sorted by matter then subject. Throws when asked for the denominator of a count.
 */
export const evaluateMeasure = (
  definition: Pick<IndicatorDefinition, 'kinds' | 'unitOfCount' | 'numerator' | 'denominator'>,
  part: 'numerator' | 'denominator',
  register: ReferenceRegister,
  context: EvaluationContext,
): MeasureItem[] => {
  const measure = definition[part]
  if (!measure) throw new Error(`Chỉ tiêu không có ${part === 'numerator' ? 'tử số' : 'mẫu số'}`)
  const scope = scopeOf(context)

  return itemsOf(definition, register)
    .filter((item) => holds(measure.set, item, scope))
    .map((item) => ({
      matterId: item.matter.id,
      subjectId: item.subjectId,
      unitId: item.matter.unitId,
      prosecutorId: item.matter.prosecutorId,
      amount: measure.sum ? sumOf(measure.sum, item, scope) : null,
    }))
    .sort(compareItems)
}

/** The figure the items make: how many, or for amounts the sum of their amounts. */
export const figureOf = (items: readonly Pick<MeasureItem, 'amount'>[], unitOfCount: UnitOfCount): number =>
  unitOfCount === 'vnd' ? items.reduce((total, item) => total + (item.amount ?? 0), 0) : items.length
