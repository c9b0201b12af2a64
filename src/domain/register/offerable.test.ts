// The acts offered on a matter follow its stage: worked from the order of procedure that
// prerequisites.ts encodes (BLTTHS Điều 240, 277, 331–337; BLTTDS Điều 278–280), and checked
// against the validator, which must refuse (as out of order, closed or of another kind) exactly
// the acts that are not offered.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDays } from '@/domain/calendar/index.ts'
import { EVENT_TYPES, type EventType } from './event-types.ts'
import { MATTER_KINDS } from './matter-kinds.ts'
import { offerableEventTypes } from './offerable.ts'
import { scenario } from './testing.ts'
import { validateNewEvent } from './validate-event.ts'
import type { MatterFacts } from './types.ts'

const A = 1
const B = 2
const SUBJECTS = [
  { id: A, fullName: 'Vũ Văn Giang' },
  { id: B, fullName: 'Lê Thị Hoa' },
]
const CHARGE = { article: 173, clause: 1 }
const TODAY = '2026-06-30'

/** A case instituted on 05/01/2026, suspect A charged on 06/01: under investigation. */
const investigated = () => {
  const s = scenario('criminal_case', '2026-01-05', SUBJECTS)
  s.add('case_instituted', '2026-01-05', { data: { charge: CHARGE, investigatingBody: 'Cơ quan CSĐT Công an huyện' } })
  s.add('suspect_instituted', '2026-01-06', { subjectId: A, data: { charge: CHARGE } })
  return s
}

/** The same case carried to the court: investigation concluded, file received, indicted, accepted by the court. */
const beforeTheCourt = () => {
  const s = investigated()
  s.add('investigation_concluded', '2026-03-01')
  s.add('file_received', '2026-03-02')
  s.add('indicted', '2026-03-20', { data: { charges: [{ subjectId: A, charge: CHARGE }] } })
  s.add('court_accepted', '2026-03-25')
  return s
}

const offered = (facts: MatterFacts, today = TODAY) => offerableEventTypes(facts, today)

describe('offerableEventTypes', () => {
  it('a case under investigation is not offered the acts of the trial or of appeal', () => {
    const types = offered(investigated().facts())
    // No indictment before the file (Điều 240), no trial before the court accepts the case
    // (Điều 277), no appeal before a first-instance judgment (Điều 331–337).
    for (const type of [
      'appellate_trial',
      'first_instance_trial',
      'appeal_protest',
      'trial_scheduled',
      'indicted',
      'court_accepted',
      'judgment_effective',
      'cassation_protest',
    ] as const) {
      expect(types, type).not.toContain(type)
    }
    // What the investigation may still do; the case itself is already instituted.
    expect(types).toEqual(
      expect.arrayContaining([
        'suspect_instituted',
        'detention_ordered',
        'custody_ordered',
        'investigation_extended',
        'investigation_suspended',
        'investigation_concluded',
      ]),
    )
    expect(types).not.toContain('case_instituted')
  })

  it('after the indictment and the court’s acceptance, the trial is offered, the appeal not yet', () => {
    const types = offered(beforeTheCourt().facts())
    expect(types).toEqual(expect.arrayContaining(['trial_scheduled', 'first_instance_trial']))
    expect(types).not.toContain('appellate_trial')
    expect(types).not.toContain('appeal_protest')
    expect(types).not.toContain('investigation_extended')
  })

  it('after a first-instance trial, the appeal is offered', () => {
    const s = beforeTheCourt()
    s.add('first_instance_trial', '2026-05-10', {
      data: { online: false, modelHearing: false, verdicts: [{ subjectId: A, verdict: 'convicted_as_charged' }] },
    })
    expect(offered(s.facts())).toEqual(
      expect.arrayContaining(['appeal_protest', 'appellate_trial', 'judgment_effective']),
    )
  })

  it('an act on one person is offered when it is allowed for some subject of the matter', () => {
    // Detention needs a charged suspect (Điều 119): A is charged, so it is offered; without
    // subjects nothing can name one.
    expect(offered(investigated().facts())).toContain('detention_ordered')
    const noOne = scenario('criminal_case', '2026-01-05')
    noOne.add('case_instituted', '2026-01-05', {
      data: { charge: CHARGE, investigatingBody: 'Cơ quan CSĐT Công an huyện' },
    })
    expect(offered(noOne.facts())).not.toContain('detention_ordered')
    expect(offered(noOne.facts())).not.toContain('custody_ordered')
    // Extending detention needs someone detained: no one is yet.
    expect(offered(investigated().facts())).not.toContain('detention_extended')
  })

  it('only acts of the matter’s kind are offered', () => {
    const report = scenario('crime_report', '2026-03-02')
    report.add('report_received', '2026-03-02', { data: { source: 'tin_bao', investigatingBody: 'Công an xã' } })
    const types = offered(report.facts())
    expect(types.every((type) => (EVENT_TYPES[type].kinds as readonly string[]).includes('crime_report'))).toBe(true)
    expect(types).toEqual(
      expect.arrayContaining(['report_case_instituted', 'report_not_instituted', 'report_suspended']),
    )
    expect(types).not.toContain('report_received')
    expect(types).not.toContain('report_resumed')
  })

  it('a closed matter is offered only what may follow a closing', () => {
    const s = investigated()
    s.add('case_terminated', '2026-04-01', {
      data: { reason: 'Hết thời hiệu truy cứu trách nhiệm hình sự', noCrime: false },
    })
    // Terminated (Điều 230): a recommendation and the recovery of assets may still follow; a
    // protest's outcome, a recommendation's outcome and a cassation protest need what is not there.
    expect(offered(s.facts())).toEqual(['recommendation_issued', 'assets_to_recover', 'assets_recovered'])
  })

  it('reads the matter as it stands that day: acts dated later and voided acts do not count', () => {
    const s = beforeTheCourt()
    expect(offered(s.facts(), '2026-03-10')).not.toContain('trial_scheduled') // before the indictment of 20/03
    const voided = investigated()
    voided.add('investigation_concluded', '2026-03-01')
    voided.add('file_received', '2026-03-02', { voided: true })
    expect(offered(voided.facts())).not.toContain('indicted')
  })
})

// ── Agreement with the validator ────────────────────────────────────────────────────────

/** Problems of the validator that say the act cannot come now (path 'type': kind, closed, order). */
const refusesNow = (facts: MatterFacts, type: EventType, today: string): boolean => {
  const subjects = EVENT_TYPES[type].perSubject ? facts.subjects.map((s) => s.id) : [null]
  return subjects.every((subjectId) =>
    validateNewEvent(facts, { type, occurredOn: today, occurredAt: '08:00', subjectId, data: {} }, today).some(
      (p) => p.path === 'type',
    ),
  )
}

const ALL = Object.keys(EVENT_TYPES) as EventType[]

describe('property: an act is offered exactly when the validator would not refuse it as out of order that day', () => {
  it('on random histories of every kind of matter', () => {
    const history = fc.record({
      kind: fc.constantFrom(...MATTER_KINDS),
      subjects: fc.integer({ min: 0, max: 2 }),
      acts: fc.array(
        fc.record({
          type: fc.constantFrom(...ALL),
          day: fc.nat({ max: 200 }),
          subject: fc.nat({ max: 2 }),
          voided: fc.boolean(),
        }),
        { maxLength: 12 },
      ),
      today: fc.nat({ max: 220 }),
    })
    fc.assert(
      fc.property(history, ({ kind, subjects, acts, today }) => {
        const s = scenario(kind, '2026-01-01', SUBJECTS.slice(0, subjects))
        for (const a of [...acts].sort((x, y) => x.day - y.day)) {
          const perSubject = EVENT_TYPES[a.type].perSubject
          s.add(a.type, addDays('2026-01-01', a.day), {
            ...(perSubject && a.subject > 0 && a.subject <= subjects ? { subjectId: a.subject } : {}),
            voided: a.voided && a.day % 5 === 0,
          })
        }
        const facts = s.facts()
        const day = addDays('2026-01-01', today)
        const types = new Set(offerableEventTypes(facts, day))
        for (const type of ALL) expect(types.has(type), `${kind} ${type}`).toBe(!refusesNow(facts, type, day))
      }),
      { numRuns: 300 },
    )
  })
})
