// From planned flows to register matters: the acts up to today, the unit that holds the
// matter, its số thụ lý and the numbers of its documents.
import type { IsoDate } from '@/domain/calendar/index.ts'
import { deriveMatterState } from '@/domain/register/index.ts'
import type { MatterKind } from '@/domain/register/matter-kinds.ts'
import { factsOf } from '@/demo/activity-facts.ts'
import { unitSuffix } from '@/demo/activity-places.ts'
import { settle, unitOn, type Draft, type Seat } from '@/demo/activity-timeline.ts'
import type { DemoEvent, DemoMatter, DemoProsecutor, DemoSubject } from '@/demo/activity-types.ts'
import type { DemoOrganisation } from '@/demo/types.ts'
import { REFORM_FIRST_DAY } from '@/demo/units.ts'

/** A matter as planned: its whole flow, including what is still to come after today. */
export type PlannedMatter = {
  seat: Seat
  kind: MatterKind
  title: string
  /** Index into the organisation's people. */
  prosecutor: number | null
  subjects: DemoSubject[]
  planned: Draft[]
}

const KIND_CODES: Record<MatterKind, string> = {
  crime_report: 'TB',
  criminal_case: 'HS',
  civil: 'DS',
  administrative: 'HC',
}

const toEvent = (d: Draft): DemoEvent => ({
  type: d.type,
  occurredOn: d.on,
  occurredAt: d.at,
  subjectIndex: d.subject,
  documentNumber: d.series, // numbered below
  issuingBody: d.body,
  data: d.data,
})

/**
 * A matter that began and ended before the reform stays with the district or department
 * that handled it; one still running on 01/7/2025 passed to the successor unit.
 */
const holdingUnit = (
  matter: Omit<DemoMatter, 'unitCode' | 'number'>,
  seat: Seat,
  planned: readonly Draft[],
): string => {
  if (seat.former === null || planned.some((d) => d.on >= REFORM_FIRST_DAY)) return seat.current
  const closed = deriveMatterState(factsOf({ ...matter, unitCode: '', number: '' })).closed
  return closed ? seat.former : seat.current
}

/** Document numbers run per issuer, series and year, in date order: '12/QĐ-VKSKV6', '45/2026/HS-ST'. */
const numberDocuments = (matters: DemoMatter[]): void => {
  const all = matters
    .flatMap((m) => m.events)
    .sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0))
  const counters = new Map<string, number>()
  for (const event of all) {
    const series = event.documentNumber
    if (series === null) continue
    const year = event.occurredOn.slice(0, 4)
    const key = `${event.issuingBody}|${series}|${year}`
    const n = (counters.get(key) ?? 0) + 1
    counters.set(key, n)
    event.documentNumber = `${n}/${series.replace('{y}', year)}`
  }
}

/** Số thụ lý per receiving unit, kind and year, in order of receipt: '125/2026/TB-KV6'. */
const numberMatters = (matters: DemoMatter[], receivingUnits: string[]): void => {
  const order = matters
    .map((_, i) => i)
    .sort((a, b) => {
      const [x, y] = [matters[a]!.events[0]!.occurredOn, matters[b]!.events[0]!.occurredOn]
      return x < y ? -1 : x > y ? 1 : a - b
    })
  const counters = new Map<string, number>()
  for (const i of order) {
    const matter = matters[i]!
    const unit = receivingUnits[i]!
    const year = matter.events[0]!.occurredOn.slice(0, 4)
    const key = `${unit}|${matter.kind}|${year}`
    const n = (counters.get(key) ?? 0) + 1
    counters.set(key, n)
    matter.number = `${n}/${year}/${KIND_CODES[matter.kind]}-${unitSuffix(unit)}`
  }
}

const identify = (organisation: DemoOrganisation, index: number | null): DemoProsecutor | null => {
  const person = index === null ? undefined : organisation.people[index]
  return person ? { index: index!, fullName: person.fullName, unitCode: person.unitCode, email: person.email } : null
}

export const assemble = (
  planned: readonly PlannedMatter[],
  organisation: DemoOrganisation,
  today: IsoDate,
): DemoMatter[] => {
  const matters: DemoMatter[] = []
  const receivingUnits: string[] = []
  for (const p of planned) {
    const events = settle(p.planned, today).map(toEvent)
    if (events.length === 0) continue
    const body = {
      kind: p.kind,
      title: p.title,
      prosecutor: identify(organisation, p.prosecutor),
      subjects: p.subjects,
      events,
    }
    matters.push({ unitCode: holdingUnit(body, p.seat, p.planned), number: '', ...body })
    receivingUnits.push(unitOn(p.seat, events[0]!.occurredOn))
  }
  numberMatters(matters, receivingUnits)
  numberDocuments(matters)
  return matters
}
