// Reading one clock out of the acts: the act that closed it, the extensions granted and
// the suspensions in between, and the status that follows from them.
import type { GrantedExtension, Suspension } from '@/domain/deadlines/index.ts'
import type { IsoDate } from '@/domain/calendar/index.ts'
import { EVENT_TYPES } from './event-types.ts'
import type { ClockSpec } from './clocks.ts'
import type { DerivedDeadlineStatus, RegisterEvent } from './types.ts'

/** A per-subject act touches a clock only when it concerns the clock's subject. */
const concerns = (start: RegisterEvent, event: RegisterEvent): boolean =>
  !EVENT_TYPES[event.type].perSubject || event.subjectId === start.subjectId

export type ClockWindow = {
  closer: RegisterEvent | null
  window: RegisterEvent[]
  before: RegisterEvent[]
  asOf: RegisterEvent[]
}

/** `events` active and in order; `index` is the start's position. */
export const windowOf = (spec: ClockSpec, events: readonly RegisterEvent[], index: number): ClockWindow => {
  const start = events[index] as RegisterEvent
  const after = events.slice(index + 1)
  const at = after.findIndex((e) => spec.closers.includes(e.type) && concerns(start, e) && (spec.closes?.(e) ?? true))
  const closer = at >= 0 ? (after[at] as RegisterEvent) : null
  const window = (closer ? after.slice(0, at) : after).filter((e) => concerns(start, e))
  // The category that counts is the one in force just before the clock closed (the closing
  // act itself, e.g. an indictment with a new charge, does not reach back), or today's.
  const asOf = closer ? events.slice(0, index + 1 + at) : [...events]
  return { closer, window, before: events.slice(0, index), asOf }
}

export const extensionsIn = (spec: ClockSpec, window: readonly RegisterEvent[]): GrantedExtension[] =>
  window.flatMap((e) => {
    if (e.type !== spec.extension || typeof e.data.amount !== 'number') return []
    return [e.data.unit === 'months' ? { lengthMonths: e.data.amount } : { lengthDays: e.data.amount }]
  })

/** Suspension/resumption pairs; a resumption without a suspension, or a second suspension, changes nothing. */
export const suspensionsIn = (spec: ClockSpec, window: readonly RegisterEvent[]): Suspension[] => {
  const result: Suspension[] = []
  let from: IsoDate | null = null
  for (const e of window) {
    if (e.type === spec.suspend && from === null) from = e.occurredOn
    else if (e.type === spec.resume && from !== null) {
      result.push({ from, to: e.occurredOn })
      from = null
    }
  }
  return from === null ? result : [...result, { from, to: null }]
}

const isLate = (closer: RegisterEvent, dueDate: IsoDate, dueTime: string | undefined): boolean =>
  closer.occurredOn > dueDate ||
  (closer.occurredOn === dueDate && dueTime !== undefined && closer.occurredAt !== null && closer.occurredAt > dueTime)

/**
 * Met when closed on or before the due date (and time, for custody); missed when closed
 * late, or — for an obligation — still open after the due date (`today` is past it).
 * A clock closed while suspended had nothing left to run: met. An opportunity that
 * passes unused ends met (nothing was owed).
 */
export const statusOf = (
  spec: Pick<ClockSpec, 'nature'>,
  due: { dueDate: IsoDate | null; dueTime?: string | undefined; suspendedSince?: IsoDate | undefined },
  closer: RegisterEvent | null,
  today: IsoDate,
): DerivedDeadlineStatus => {
  if (closer) return due.dueDate !== null && isLate(closer, due.dueDate, due.dueTime) ? 'missed' : 'met'
  if (due.dueDate === null) return due.suspendedSince ? 'suspended' : 'open'
  if (today <= due.dueDate) return 'open'
  return spec.nature === 'opportunity' ? 'met' : 'missed'
}
