// A demo matter as the register's pure core reads it (MatterFacts), given the ids its
// subjects and events have — or will have — in the database. The loader and the tests go
// through the same function, so what the tests validate is what gets stored.
import type { MatterFacts, RegisterEvent } from '@/domain/register/types.ts'
import { SUBJECT_REFERENCE_LISTS, type DemoEvent, type DemoMatter } from '@/demo/activity-types.ts'

/** Event data with subject indexes (indictment charges, verdicts) replaced by subject ids. */
export const resolveEventData = (
  data: Record<string, unknown>,
  subjectIds: readonly number[],
): Record<string, unknown> => {
  let resolved = data
  for (const list of SUBJECT_REFERENCE_LISTS) {
    const entries = data[list]
    if (!Array.isArray(entries)) continue
    resolved = {
      ...resolved,
      [list]: entries.map((entry: { subjectId: number }) => ({ ...entry, subjectId: subjectIds[entry.subjectId] })),
    }
  }
  return resolved
}

export const toRegisterEvent = (event: DemoEvent, id: number, subjectIds: readonly number[]): RegisterEvent => ({
  id,
  type: event.type,
  occurredOn: event.occurredOn,
  occurredAt: event.occurredAt,
  subjectId: event.subjectIndex === null ? null : (subjectIds[event.subjectIndex] ?? null),
  documentNumber: event.documentNumber,
  issuingBody: event.issuingBody,
  data: resolveEventData(event.data, subjectIds),
  voided: false,
  // Events are stored in this order, so the database id orders them the same way.
  sequence: id,
})

/** Subject ids default to 1, 2, …; event ids to 1, 2, … in recording order. */
export const factsOf = (
  matter: DemoMatter,
  ids?: { subjects: readonly number[]; events: readonly number[] },
): MatterFacts => {
  const subjectIds = ids?.subjects ?? matter.subjects.map((_, i) => i + 1)
  const eventIds = ids?.events ?? matter.events.map((_, i) => i + 1)
  return {
    kind: matter.kind,
    receivedOn: matter.events[0]?.occurredOn ?? '',
    subjects: matter.subjects.map((s, i) => ({ id: subjectIds[i]!, fullName: s.fullName })),
    events: matter.events.map((e, i) => toRegisterEvent(e, eventIds[i]!, subjectIds)),
  }
}
