// Test support: builds a matter's facts act by act, the way the register records them
// (ids and sequence in order of recording). Not used by production code.
import type { IsoDate } from '@/domain/calendar/index.ts'
import type { EventType } from './event-types.ts'
import type { MatterKind } from './matter-kinds.ts'
import type { MatterFacts, RegisterEvent, Subject } from './types.ts'

type Options = { data?: Record<string, unknown>; subjectId?: number; at?: string; voided?: boolean }

export type Scenario = {
  /** Records an act and returns its id. */
  add: (type: EventType, occurredOn: IsoDate, options?: Options) => number
  facts: () => MatterFacts
  /** The facts with only the acts recorded up to (and including) `id`. */
  factsUpTo: (id: number) => MatterFacts
}

export const scenario = (kind: MatterKind, receivedOn: IsoDate, subjects: Subject[] = []): Scenario => {
  const events: RegisterEvent[] = []
  const add = (type: EventType, occurredOn: IsoDate, options: Options = {}) => {
    const id = events.length + 1
    events.push({
      id,
      type,
      occurredOn,
      occurredAt: options.at ?? null,
      subjectId: options.subjectId ?? null,
      documentNumber: null,
      issuingBody: null,
      data: options.data ?? {},
      voided: options.voided ?? false,
      sequence: id,
    })
    return id
  }
  const facts = (): MatterFacts => ({ kind, receivedOn, subjects, events: [...events] })
  return { add, facts, factsUpTo: (id) => ({ ...facts(), events: events.filter((e) => e.id <= id) }) }
}

export const months = (amount: number) => ({ amount, unit: 'months' as const })
export const reason = { reason: 'Theo đề nghị của Cơ quan điều tra' }
