// The order of a matter's acts: by the day they took effect, then by the order they
// were recorded (sequence). Voided events are dropped here, once, so that no
// derivation can see them (types.ts: "ignored by every derivation").
import type { RegisterEvent } from './types.ts'

export const compareEvents = (a: RegisterEvent, b: RegisterEvent): number =>
  a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : a.sequence - b.sequence

/** The non-voided events in order. */
export const activeEvents = (events: readonly RegisterEvent[]): RegisterEvent[] =>
  events.filter((e) => !e.voided).sort(compareEvents)
