// The acts a matter can take next, as it stands on a day: those of its kind that the order of
// procedure allows (prerequisites.ts, and only the acts that may follow a closed matter once it is
// closed), for the matter or — for an act on one person — for at least one of its subjects. The
// act picker offers only these: an appellate hearing is not offered while the case is under
// investigation. The rules are those validate-event.ts applies to an act dated that day; the act
// as entered (its own date, subject and details) is still checked there.
import type { IsoDate } from '@/domain/calendar/index.ts'
import { stateOf } from './derive-state.ts'
import { EVENT_TYPES, type EventType } from './event-types.ts'
import { activeEvents } from './order.ts'
import { ALLOWED_WHEN_CLOSED, prerequisiteProblem } from './prerequisites.ts'
import type { MatterFacts } from './types.ts'

const ALL_TYPES = Object.keys(EVENT_TYPES) as EventType[]

/** The act types that may be recorded on the matter on `today`, in the order of EVENT_TYPES. */
export const offerableEventTypes = (facts: MatterFacts, today: IsoDate): EventType[] => {
  // As validate-event.ts reads the matter for an act of that day: the acts not voided, up to it.
  const prior = activeEvents(facts.events).filter((e) => e.occurredOn <= today)
  const state = stateOf(facts, prior)
  const allowed = (type: EventType, subjectId: number | null) =>
    prerequisiteProblem(type, { kind: facts.kind, prior, state, subjectId }) === null

  return ALL_TYPES.filter((type) => {
    const definition = EVENT_TYPES[type]
    if (!(definition.kinds as readonly string[]).includes(facts.kind)) return false
    if (state.closed && !ALLOWED_WHEN_CLOSED.has(type)) return false
    return definition.perSubject ? facts.subjects.some((s) => allowed(type, s.id)) : allowed(type, null)
  })
}
