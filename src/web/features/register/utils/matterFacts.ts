import { EVENT_TYPES, isEventType } from '@/domain/register/event-types.ts'
import type { Charge, EventType } from '@/domain/register/event-types.ts'
import type { MatterKind } from '@/domain/register/matter-kinds.ts'
import type { MatterDetail } from '@/shared/api/register.ts'
import { isCharge } from './charges.ts'
import { EVENT_GROUPS, OPENING_EVENT } from './eventFields.ts'

type RegisterEvent = MatterDetail['events'][number]

const inOrder = (a: RegisterEvent, b: RegisterEvent) => a.occurredOn.localeCompare(b.occurredOn) || a.id - b.id

/** The charge in force for a subject: its latest institution or change of charge, else the case's own charge. */
export const chargeInForce = (events: readonly RegisterEvent[], subjectId: number): Charge | null => {
  const live = events.filter((e) => !e.voided).sort(inOrder)
  let charge: Charge | null = null
  for (const e of live) {
    if (
      (e.type === 'suspect_instituted' || e.type === 'charge_changed') &&
      e.subjectId === subjectId &&
      isCharge(e.data.charge)
    )
      charge = e.data.charge
  }
  return charge
}

/** The charge the case was opened for (khởi tố vụ án), to suggest for suspects not yet charged individually. */
export const caseCharge = (events: readonly RegisterEvent[]): Charge | null => {
  const opening = events
    .filter((e) => !e.voided && (e.type === 'case_instituted' || e.type === 'report_case_instituted'))
    .sort(inOrder)
    .at(-1)
  return opening && isCharge(opening.data.charge) ? opening.data.charge : null
}

export type EventTypeOption = { group: string; items: { value: EventType; label: string }[] }

/**
 * The acts that may be recorded on a matter of this kind, grouped in procedural order; the opening
 * act once recorded is left out, and, given the act types the server offers as the matter stands
 * (MatterDetail.offerableEventTypes), only those: the acts of a later stage come when it does.
 */
export const eventTypeOptions = (
  kind: MatterKind,
  events: readonly RegisterEvent[],
  offerable?: readonly string[],
): EventTypeOption[] => {
  const opened = events.some((e) => !e.voided && e.type === OPENING_EVENT[kind])
  const offered = offerable ? new Set(offerable) : null
  return EVENT_GROUPS.map((group) => ({
    group: group.label,
    items: group.types
      .filter(
        (t) =>
          (EVENT_TYPES[t].kinds as readonly string[]).includes(kind) &&
          !(opened && t === OPENING_EVENT[kind]) &&
          (offered === null || offered.has(t)),
      )
      .map((t) => ({ value: t, label: EVENT_TYPES[t].label })),
  })).filter((g) => g.items.length > 0)
}

export const asEventType = (value: string | null): EventType | null => (value && isEventType(value) ? value : null)
