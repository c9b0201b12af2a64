// An indicator (chỉ tiêu nghiệp vụ) as data (DOMAIN.md §3, §10.1 fact 11): its numerator and
// denominator are sets of matters or persons described over the register's events, so that
// the same definition is counted by SQL (src/server/modules/indicators/compile-sql.ts) and by
// the pure reference evaluator (evaluate.ts), and every figure opens the records behind it.
//
// A set is a boolean expression over atoms. An atom is true for an item (a matter, or a
// person = one subject of a matter) when the item has a qualifying event or deadline:
//
//   event     an act of one of `types`, not voided and recorded by the "as of" moment, whose
//             day falls in `window`, and whose details match `where`;
//   deadline  a derived statutory deadline of one of `rules` with the given outcome.
//
// Windows, with [start, end] the period's first and last day (both inclusive):
//   before_start  occurred_on < start          (what was already done when the period opened)
//   in_period     start ≤ occurred_on ≤ end
//   by_end        occurred_on ≤ end
//
// For persons, an event counts for a subject when it names the subject (subject_id), or when
// its details hold a per-subject list (`verdicts`, `charges`) with an element for it; `where`
// then matches the element's fields first, then the event's.
import type { EventType } from '@/domain/register/event-types.ts'
import type { MatterKind } from '@/domain/register/matter-kinds.ts'

export type EventWindow = 'before_start' | 'in_period' | 'by_end'

export type FieldMatch = { field: string; equals: string | number | boolean }

export type EventAtom = { event: { types: readonly EventType[]; window: EventWindow; where?: readonly FieldMatch[] } }

/**
 * met_in_period      status met and closed within the period;
 * missed_in_period   the last day fell within the period, has passed by the "as of" day, and
 *                    the deadline was not met (still open, or closed late);
 * overdue_at_end     at the end of the period (or on the "as of" day if earlier) the last day
 *                    had passed and the deadline was still open.
 */
export type DeadlineOutcome = 'met_in_period' | 'missed_in_period' | 'overdue_at_end'

/**
 * `closedBy` ties the deadline to the act that closed it: e.g. "the Art. 240 limit closed by
 * the indictment", so that a file returned in time does not make a late indictment count as on
 * time (the register stores which act closed each deadline).
 */
export type DeadlineAtom = {
  deadline: { rules: readonly string[]; outcome: DeadlineOutcome; closedBy?: readonly EventType[] }
}

export type Atom = EventAtom | DeadlineAtom

export type SetExpression =
  | Atom
  | { all: readonly SetExpression[] }
  | { any: readonly SetExpression[] }
  | { not: SetExpression }

/** What is counted: items in `set`, or (for amounts) the sum of a detail field over their events. */
export type Measure = {
  /** Vietnamese, e.g. 'Số tin đã giải quyết'. */
  label: string
  set: SetExpression
  /** Amounts (VND): the sum of `field` over the item's events of `types` in `window`. */
  sum?: { types: readonly EventType[]; window: EventWindow; field: string }
}

export type UnitOfCount = 'matter' | 'person' | 'vnd'

export const TARGET_COMPARISONS = ['>', '>=', '=', '<=', '<', 'higher_than_last_year', 'lower_than_last_year'] as const
export type TargetComparison = (typeof TARGET_COMPARISONS)[number]

export type Target = {
  comparison: TargetComparison
  /** Percent for rates, a count for counts; null for the comparisons with last year. */
  value: number | null
  /** The value is recalled, not read in the official text (DOMAIN.md §3.1). */
  unconfirmed: boolean
  legalSource: string
  note: string | null
}

export type IndicatorGroup =
  | 'crime_reports'
  | 'prosecution'
  | 'trial'
  | 'appeals'
  | 'civil_administrative'
  | 'recommendations'
  | 'enforcement'
  | 'custody'

export type IndicatorDefinition = {
  /** Stable code, e.g. 'TIN_BAO_GIAI_QUYET'. */
  code: string
  name: string
  /**
   * A column header under the group's name ("Tỷ lệ giải quyết" under "Tố giác, tin báo về tội
   * phạm"), where the full name does not fit; defaults to the name.
   */
  shortName?: string
  group: IndicatorGroup
  unitOfCount: UnitOfCount
  /** Matter kinds the items are drawn from. */
  kinds: readonly MatterKind[]
  numerator: Measure
  /** Null for an indicator that is a count (e.g. overdue custody: a count, not a rate; DOMAIN.md §3.2). */
  denominator: Measure | null
  /** Does the denominator include items carried over from earlier periods? (stated for the reader) */
  carriesOver: boolean
  /** What is excluded, in Vietnamese (stated for the reader; the formula enforces it). */
  exclusions: string | null
  /** 'higher' is better, or 'lower' is better (negative indicators: acquittals, returns). */
  better: 'higher' | 'lower'
  /** Shipped default target; administrators replace it with dated rows without a code change. */
  defaultTarget: Target | null
  legalSource: string
  note: string | null
  /** The formula's validity; a changed formula is a new version with a new effectiveFrom. */
  version: number
  effectiveFrom: string
  effectiveTo: string | null
}

export const isEventAtom = (expression: SetExpression): expression is EventAtom => 'event' in expression
export const isDeadlineAtom = (expression: SetExpression): expression is DeadlineAtom => 'deadline' in expression
