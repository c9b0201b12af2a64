// Properties over random histories: acts proposed at random are kept only when the
// validator accepts them (so the history is valid), then some are voided (so it may no
// longer be); derivation must never throw and its statuses must be coherent.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDays, createWorkingCalendar } from '@/domain/calendar/index.ts'
import { deriveDeadlines } from './derive-deadlines.ts'
import { deriveMatterState } from './derive-state.ts'
import { EVENT_TYPES, EVENT_TYPE_CODES, type EventType } from './event-types.ts'
import { MATTER_KINDS, type MatterKind } from './matter-kinds.ts'
import { scenario } from './testing.ts'
import { validateNewEvent } from './validate-event.ts'

const calendar = createWorkingCalendar()
const SUBJECTS = [
  { id: 1, fullName: 'Bị can Một' },
  { id: 2, fullName: 'Bị can Hai' },
]
// Ordinary charges of every category, and a national-security one whose detention the core does not encode.
const charge = fc.constantFrom(
  { article: 173, clause: 1 },
  { article: 173, clause: 2 },
  { article: 174, clause: 3 },
  { article: 123, clause: 1 },
  { article: 201, clause: 1 },
  { article: 117, clause: 1, point: 'a' },
)
const subjectId = fc.constantFrom(1, 2)
const extension = fc.record({ amount: fc.integer({ min: 1, max: 40 }), unit: fc.constantFrom('days', 'months') })
const text = fc.constant({ reason: 'Theo quyết định của cơ quan có thẩm quyền' })
const hearing = fc.record({ online: fc.boolean(), modelHearing: fc.boolean() })
const empty = fc.constant({})

const DATA: Record<EventType, fc.Arbitrary<Record<string, unknown>>> = {
  report_received: fc.constant({ source: 'tin_bao', investigatingBody: 'Công an xã' }),
  report_complex: empty,
  report_extended: extension,
  report_suspended: text,
  report_resumed: empty,
  report_transferred: fc.constant({ toBody: 'Công an tỉnh' }),
  report_case_instituted: fc.option(
    charge.map((c) => ({ charge: c })),
    { nil: {} },
  ),
  report_not_instituted: text,
  report_administrative: empty,
  case_instituted: charge.map((c) => ({ charge: c, investigatingBody: 'Cơ quan CSĐT' })),
  suspect_instituted: charge.map((c) => ({ charge: c })),
  charge_changed: charge.map((c) => ({ charge: c })),
  procuracy_approved: empty,
  custody_ordered: empty,
  custody_extended: extension,
  detention_ordered: empty,
  detention_extended: extension,
  detention_ended: text,
  investigation_extended: extension,
  investigation_suspended: text,
  investigation_resumed: empty,
  investigation_concluded: empty,
  file_received: empty,
  prosecution_extended: extension,
  indicted: fc.record({ subjectId, charge }).map((c) => ({ charges: [c] })),
  returned_for_investigation: text,
  court_returned_for_investigation: fc
    .constantFrom('tham_phan_chu_toa', 'hoi_dong_xet_xu')
    .map((decidedBy) => ({ reason: 'Cần làm rõ thêm chứng cứ', decidedBy })),
  case_suspended: text,
  case_terminated: fc.boolean().map((noCrime) => ({ reason: 'Hết thời hiệu', noCrime })),
  court_accepted: empty,
  trial_scheduled: empty,
  first_instance_trial: fc
    .record({ subjectId, verdict: fc.constantFrom('convicted_as_charged', 'acquitted') })
    .map((v) => ({ online: false, modelHearing: false, verdicts: [v] })),
  appeal_protest: fc.constantFrom('same', 'superior').map((level) => ({ level })),
  protest_outcome: fc.constantFrom('accepted', 'rejected').map((outcome) => ({ outcome })),
  appellate_trial: hearing,
  judgment_effective: empty,
  cassation_protest: fc.boolean().map((againstConvicted) => ({ againstConvicted })),
  civil_accepted: fc.constant({ court: 'Tòa án nhân dân khu vực' }),
  hearing_attended: hearing,
  judgment_pronounced: fc.boolean().map((prosecutorAttended) => ({ prosecutorAttended })),
  judgment_received: fc.boolean().map((decision) => ({ decision })),
  recommendation_issued: fc.constant({ addressee: 'Cơ quan CSĐT', content: 'Khắc phục vi phạm' }),
  recommendation_outcome: fc.boolean().map((accepted) => ({ accepted })),
  matter_closed: empty,
  assets_to_recover: fc.constant({ amountVnd: 1_000_000 }),
  assets_recovered: fc.constant({ amountVnd: 500_000 }),
}

// Each step proposes details for every kind of act and a seed that picks one of the acts
// the validator accepts at that point, so histories go deep into the procedure.
type Step = {
  seed: number
  gap: number
  subjectId: number
  at: string | null
  data: Record<EventType, Record<string, unknown>>
  voidLater: boolean
}

const step: fc.Arbitrary<Step> = fc.record({
  seed: fc.nat(),
  gap: fc.integer({ min: 0, max: 25 }),
  subjectId,
  at: fc.option(fc.constantFrom('00:15', '09:30', '23:59'), { nil: null }),
  data: fc.record(DATA),
  voidLater: fc.integer({ min: 0, max: 9 }).map((n) => n === 0), // about one act in ten is voided afterwards
})

const history = fc.record({
  kind: fc.constantFrom(...MATTER_KINDS),
  steps: fc.array(step, { minLength: 3, maxLength: 30 }),
  after: fc.integer({ min: 0, max: 400 }),
})

// The main line of each procedure comes up more often than side acts and endings.
const MAIN: EventType[] = [
  'case_instituted',
  'suspect_instituted',
  'charge_changed',
  'custody_ordered',
  'detention_ordered',
  'detention_extended',
  'investigation_extended',
  'investigation_concluded',
  'file_received',
  'prosecution_extended',
  'indicted',
  'court_accepted',
  'trial_scheduled',
  'first_instance_trial',
  'report_complex',
  'report_extended',
  'judgment_pronounced',
  'judgment_received',
  'appeal_protest',
]
const ENDINGS: EventType[] = [
  'case_terminated',
  'judgment_effective',
  'matter_closed',
  'report_transferred',
  'report_administrative',
]
const WEIGHTS: Partial<Record<EventType, number>> = Object.fromEntries([
  ...MAIN.map((t) => [t, 8]),
  ...ENDINGS.map((t) => [t, 1]),
])

const build = ({ kind, steps }: { kind: MatterKind; steps: Step[] }) => {
  const types = EVENT_TYPE_CODES.filter((t) => (EVENT_TYPES[t].kinds as readonly string[]).includes(kind))
  const s = scenario(kind, '2025-12-01', SUBJECTS)
  const voided = new Set<number>()
  let date = '2025-12-01'
  for (const p of steps) {
    const occurredOn = addDays(date, p.gap)
    const candidateOf = (type: EventType) => ({
      type,
      occurredOn,
      occurredAt: type === 'custody_ordered' ? (p.at ?? '08:00') : p.at,
      subjectId: EVENT_TYPES[type].perSubject ? p.subjectId : null,
      data: p.data[type],
    })
    const acceptable = types.filter((t) => validateNewEvent(s.facts(), candidateOf(t), occurredOn).length === 0)
    const weighted = acceptable.flatMap((t) => Array<EventType>(WEIGHTS[t] ?? 2).fill(t))
    if (weighted.length === 0) continue
    const c = candidateOf(weighted[p.seed % weighted.length] as EventType)
    const id = s.add(c.type, occurredOn, {
      data: c.data,
      ...(c.subjectId === null ? {} : { subjectId: c.subjectId }),
      ...(c.occurredAt ? { at: c.occurredAt } : {}),
    })
    if (p.voidLater) voided.add(id)
    date = occurredOn
  }
  // Voiding after the fact may leave the remaining history out of order: derivation must still cope.
  const facts = s.facts()
  return { facts: { ...facts, events: facts.events.map((e) => ({ ...e, voided: voided.has(e.id) })) }, last: date }
}

describe('register derivation over random valid histories', () => {
  it('never throws; statuses are coherent; keys are unique and stable', () => {
    let total = 0
    fc.assert(
      fc.property(history, (h) => {
        const { facts, last } = build(h)
        total += facts.events.length
        const today = addDays(last, h.after)
        expect(() => deriveMatterState(facts)).not.toThrow()
        const deadlines = deriveDeadlines(facts, calendar, today)
        for (const d of deadlines) {
          if (d.status === 'met' || d.status === 'missed') {
            if (d.closedOn === null) expect(d.dueDate !== null && d.dueDate < today, d.key).toBe(true)
            else expect(d.closedOn >= d.startDate, d.key).toBe(true)
          }
          if (d.status === 'open' && d.dueDate !== null) expect(d.dueDate >= today, d.key).toBe(true)
          if (d.status === 'suspended') expect(d.dueDate).toBeNull()
        }
        const keys = deadlines.map((d) => d.key)
        expect(new Set(keys).size).toBe(keys.length)
        expect(deriveDeadlines(facts, calendar, today)).toEqual(deadlines)
      }),
      { numRuns: 150 },
    )
    // The generator must reach beyond the opening act for the property to mean anything.
    expect(total).toBeGreaterThan(150 * 4)
  })
})
