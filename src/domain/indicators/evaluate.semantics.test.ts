// The definition language's semantics (definition.ts header), atom by atom, on small custom
// definitions; and a property over random registers: the shipped rates' numerators are subsets
// of their denominators (DOMAIN.md §3.2: "the overdue ones must be a subset of the unresolved ones").
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDays } from '@/domain/calendar/index.ts'
import type { EventType } from '@/domain/register/event-types.ts'
import type { MatterKind } from '@/domain/register/matter-kinds.ts'
import { INDICATOR_CATALOGUE } from './catalogue.ts'
import type {
  DeadlineOutcome,
  EventWindow,
  FieldMatch,
  IndicatorDefinition,
  Measure,
  SetExpression,
  UnitOfCount,
} from './definition.ts'
import {
  evaluateMeasure,
  type EvaluationContext,
  type ReferenceDeadline,
  type ReferenceMatter,
  type ReferenceRegister,
} from './evaluate.ts'
import { standardPeriods, statisticsYear } from './periods.ts'
import { act, deadline, matter, trial, vnTime } from './testing.ts'

type Definition = Pick<IndicatorDefinition, 'kinds' | 'unitOfCount' | 'numerator' | 'denominator'>

const define = (
  set: SetExpression,
  options: { unitOfCount?: UnitOfCount; kinds?: MatterKind[]; sum?: Measure['sum'] } = {},
): Definition => ({
  kinds: options.kinds ?? ['criminal_case'],
  unitOfCount: options.unitOfCount ?? 'matter',
  numerator: options.sum ? { label: 'Tử số', set, sum: options.sum } : { label: 'Tử số', set },
  denominator: null,
})
const event = (types: EventType[], window: EventWindow = 'in_period', where?: FieldMatch[]): SetExpression => ({
  event: where ? { types, window, where } : { types, window },
})
const due = (rules: string[], outcome: DeadlineOutcome): SetExpression => ({ deadline: { rules, outcome } })

const NTK2026: EvaluationContext = { period: statisticsYear(2026), asOf: '2026-11-30' }
const register = (...matters: ReferenceMatter[]): ReferenceRegister => ({ matters })
const evaluate = (definition: Definition, data: ReferenceRegister, context = NTK2026) =>
  evaluateMeasure(definition, 'numerator', data, context)
const matterIds = (definition: Definition, data: ReferenceRegister, context = NTK2026) =>
  evaluate(definition, data, context).map((item) => item.matterId)
const pairs = (definition: Definition, data: ReferenceRegister, context = NTK2026) =>
  evaluate(definition, data, context).map((item) => [item.matterId, item.subjectId])

describe('event atoms for persons', () => {
  // One case, three suspects; acts naming one suspect, the whole case, or a per-subject list.
  const CASE = register(
    matter(
      1,
      'criminal_case',
      [
        act('custody_ordered', '2026-01-10', { subjectId: 2 }),
        act('case_terminated', '2026-02-10', { data: { noCrime: true } }),
        act('indicted', '2026-03-10', {
          data: {
            charges: [
              { subjectId: 1, charge: { article: 173, clause: 1 } },
              { subjectId: 3, charge: { article: 174, clause: 2 } },
            ],
          },
        }),
        act('first_instance_trial', '2026-04-10', {
          data: {
            online: true,
            modelHearing: false,
            verdicts: [
              { subjectId: 1, verdict: 'acquitted' },
              { subjectId: 2, verdict: 'acquitted', online: false },
            ],
          },
        }),
      ],
      { subjectIds: [1, 2, 3] },
    ),
  )
  const persons = (set: SetExpression) => pairs(define(set, { unitOfCount: 'person' }), CASE)

  it('an act naming a suspect counts for that suspect only', () => {
    expect(persons(event(['custody_ordered']))).toEqual([[1, 2]])
  })

  it('an act naming nobody and carrying no per-subject list counts for every suspect', () => {
    expect(persons(event(['case_terminated'], 'in_period', [{ field: 'noCrime', equals: true }]))).toEqual([
      [1, 1],
      [1, 2],
      [1, 3],
    ])
    expect(persons(event(['case_terminated'], 'in_period', [{ field: 'noCrime', equals: false }]))).toEqual([])
  })

  it('an act with a per-subject list counts for the suspects it lists', () => {
    expect(persons(event(['indicted']))).toEqual([
      [1, 1],
      [1, 3],
    ])
  })

  it('`where` reads the element of the list first, then the act', () => {
    // Suspect 1's verdict has no `online`, so the act's true applies; suspect 2's element says false.
    expect(persons(event(['first_instance_trial'], 'in_period', [{ field: 'online', equals: true }]))).toEqual([[1, 1]])
    expect(persons(event(['first_instance_trial'], 'in_period', [{ field: 'verdict', equals: 'acquitted' }]))).toEqual([
      [1, 1],
      [1, 2],
    ])
  })

  it('for a matter, `where` matches the act or any element of its lists', () => {
    const matters = (where: FieldMatch[]) =>
      matterIds(define(event(['first_instance_trial'], 'in_period', where)), CASE)
    expect(matters([{ field: 'online', equals: true }])).toEqual([1])
    expect(matters([{ field: 'online', equals: false }])).toEqual([1])
    expect(matters([{ field: 'verdict', equals: 'acquitted' }])).toEqual([1])
    expect(matters([{ field: 'verdict', equals: 'convicted_as_charged' }])).toEqual([])
    expect(
      matters([
        { field: 'verdict', equals: 'acquitted' },
        { field: 'modelHearing', equals: false },
      ]),
    ).toEqual([1])
    expect(matters([{ field: 'missingField', equals: true }])).toEqual([])
  })

  it('a matter without subjects has no persons', () => {
    expect(
      pairs(
        define(event(['case_instituted']), { unitOfCount: 'person' }),
        register(matter(2, 'criminal_case', [act('case_instituted', '2026-01-01')])),
      ),
    ).toEqual([])
  })
})

describe('windows: the period 01/12/2025 – 30/11/2026, both ends included', () => {
  const DAYS = register(
    matter(1, 'criminal_case', [act('case_instituted', '2025-11-30')]),
    matter(2, 'criminal_case', [act('case_instituted', '2025-12-01')]),
    matter(3, 'criminal_case', [act('case_instituted', '2026-11-30')]),
    matter(4, 'criminal_case', [act('case_instituted', '2026-12-01')]),
  )
  const late = { period: statisticsYear(2026), asOf: '2026-12-31' }

  it.each([
    ['before_start', [1]],
    ['in_period', [2, 3]],
    ['by_end', [1, 2, 3]],
  ] as const)('%s', (window, expected) => {
    expect(matterIds(define(event(['case_instituted'], window)), DAYS, late)).toEqual(expected)
  })
})

describe('as of a day: recorded before it ends in Vietnam, not voided by then', () => {
  const RECORDS = register(
    matter(1, 'criminal_case', [act('case_instituted', '2026-11-30', { recordedAt: '2026-11-30T16:59:00Z' })]),
    matter(2, 'criminal_case', [act('case_instituted', '2026-11-30', { recordedAt: '2026-11-30T17:00:00Z' })]),
    matter(3, 'criminal_case', [act('case_instituted', '2026-06-01', { voidedAt: vnTime('2026-12-01', '00:00') })]),
    matter(4, 'criminal_case', [act('case_instituted', '2026-06-01', { voidedAt: vnTime('2026-11-30', '23:59') })]),
  )

  it('23:59 Vietnam time written in UTC counts, midnight does not; a voiding at midnight is too late to matter', () => {
    expect(matterIds(define(event(['case_instituted'])), RECORDS)).toEqual([1, 3])
  })
})

describe('boolean expressions', () => {
  const CASES = register(
    matter(1, 'criminal_case', [act('case_instituted', '2026-01-01')]),
    matter(2, 'criminal_case', [
      act('case_instituted', '2026-01-01'),
      act('case_suspended', '2026-03-01', { data: { reason: 'Chưa xác định được bị can' } }),
    ]),
    matter(3, 'criminal_case', [act('case_suspended', '2026-03-01', { data: { reason: 'Bị can bỏ trốn' } })]),
    matter(4, 'civil', [act('case_instituted', '2026-01-01')]),
  )
  const ids = (set: SetExpression) => matterIds(define(set), CASES)

  it('all, any, not', () => {
    expect(ids({ all: [event(['case_instituted']), { not: event(['case_suspended']) }] })).toEqual([1])
    expect(ids({ any: [event(['case_instituted']), event(['case_suspended'])] })).toEqual([1, 2, 3])
    expect(ids({ not: event(['case_suspended']) })).toEqual([1])
  })

  it('empty all holds for every matter of the kinds, empty any for none (validate-definition.ts refuses both)', () => {
    expect(ids({ all: [] })).toEqual([1, 2, 3])
    expect(ids({ any: [] })).toEqual([])
  })

  it('only matters of the definition’s kinds are items', () => {
    expect(matterIds(define(event(['case_instituted']), { kinds: ['civil', 'criminal_case'] }), CASES)).toEqual([
      1, 2, 4,
    ])
  })

  it('items come sorted by matter then subject', () => {
    const shuffled = register(
      matter(9, 'criminal_case', [act('case_instituted', '2026-01-01')], { subjectIds: [5, 2] }),
      matter(3, 'criminal_case', [act('case_instituted', '2026-01-01')], { subjectIds: [7] }),
    )
    expect(pairs(define(event(['case_instituted']), { unitOfCount: 'person' }), shuffled)).toEqual([
      [3, 7],
      [9, 2],
      [9, 5],
    ])
  })
})

describe('deadline atoms', () => {
  const RULE = 'BLTTHS_172_DIEU_TRA'
  const withDeadlines = (...deadlines: ReferenceDeadline[]) =>
    register(...deadlines.map((d, i) => matter(i + 1, 'criminal_case', [], { deadlines: [d] })))

  it('met_in_period: met, closed within the period and by the as-of day', () => {
    const data = withDeadlines(
      deadline(RULE, '2026-06-10', 'met', { closedOn: '2026-06-01' }),
      deadline(RULE, '2025-12-10', 'met', { closedOn: '2025-11-30' }),
      deadline(RULE, '2026-12-10', 'met', { closedOn: '2026-11-30' }),
      deadline(RULE, '2026-06-10', 'met'),
      deadline(RULE, '2026-06-10', 'missed', { closedOn: '2026-06-11' }),
      deadline('BLTTHS_240_TRUY_TO', '2026-06-10', 'met', { closedOn: '2026-06-01' }),
    )
    const metIn = define(due([RULE], 'met_in_period'))
    expect(matterIds(metIn, data)).toEqual([1, 3])
    expect(matterIds(metIn, data, { period: statisticsYear(2026), asOf: '2026-11-29' })).toEqual([1])
  })

  it('missed_in_period: the last day in the period and passed by the as-of day, not met', () => {
    const data = withDeadlines(
      deadline(RULE, '2026-06-10', 'missed', { closedOn: '2026-06-11' }),
      deadline(RULE, '2026-06-10', 'open'),
      deadline(RULE, '2026-06-10', 'met', { closedOn: '2026-06-10' }),
      deadline(RULE, null, 'suspended'),
      deadline(RULE, '2025-11-30', 'missed'),
      deadline(RULE, '2026-11-30', 'missed'),
    )
    const missedIn = define(due([RULE], 'missed_in_period'))
    expect(matterIds(missedIn, data)).toEqual([1, 2])
    expect(matterIds(missedIn, data, { period: statisticsYear(2026), asOf: '2026-12-01' })).toEqual([1, 2, 6])
  })

  it('overdue_at_end: at the end (or the as-of day, if earlier) the last day had passed and it was still open', () => {
    const data = withDeadlines(
      deadline(RULE, '2026-06-01', 'open'),
      deadline(RULE, '2026-06-01', 'missed'),
      deadline(RULE, '2026-06-01', 'missed', { closedOn: '2026-06-20' }),
      deadline(RULE, '2026-06-01', 'missed', { closedOn: '2026-06-10' }),
      deadline(RULE, '2026-06-14', 'open'),
      deadline(RULE, '2026-06-15', 'open'),
      deadline(RULE, null, 'suspended'),
    )
    // As of 15/06/2026: 1 and 2 still open, 3 closed only on 20/06, 5 passed on 14/06;
    // not 4 (closed 10/06), 6 (its last day is the as-of day), 7 (no last day while suspended).
    expect(
      matterIds(define(due([RULE], 'overdue_at_end')), data, { period: statisticsYear(2026), asOf: '2026-06-15' }),
    ).toEqual([1, 2, 3, 5])
  })

  it('for persons, only deadlines naming the person', () => {
    const data = register(
      matter(1, 'criminal_case', [], {
        subjectIds: [1, 2],
        deadlines: [
          deadline('BLTTHS_173_TAM_GIAM', '2026-06-01', 'missed', { subjectId: 2 }),
          deadline('BLTTHS_173_TAM_GIAM', '2026-06-01', 'missed'),
        ],
      }),
    )
    expect(pairs(define(due(['BLTTHS_173_TAM_GIAM'], 'missed_in_period'), { unitOfCount: 'person' }), data)).toEqual([
      [1, 2],
    ])
    expect(matterIds(define(due(['BLTTHS_173_TAM_GIAM'], 'missed_in_period')), data)).toEqual([1])
  })
})

describe('deadlines as of a day: by when the acts that started and closed them were entered', () => {
  const RULE = 'BLTTHS_172_DIEU_TRA'
  const asOf = (day: string): EvaluationContext => ({ period: statisticsYear(2026), asOf: day })
  const one = (d: ReferenceDeadline) => register(matter(1, 'criminal_case', [], { deadlines: [d] }))
  const ids = (outcome: DeadlineOutcome, d: ReferenceDeadline, day: string) =>
    matterIds(define(due([RULE], outcome)), one(d), asOf(day))

  // Last day 10/06/2026, met by an act of 01/06 that was entered only on 20/06 at 09:00.
  const metLate = deadline(RULE, '2026-06-10', 'met', { closedOn: '2026-06-01', closedAt: vnTime('2026-06-20') })

  it('as of a day before the closing act was entered, the deadline was open: not met, and overdue and missed once its last day passed', () => {
    // As of 15/06: nothing closed it yet; its last day 10/06 is before 15/06 → overdue at the end (15/06) and missed in the period.
    expect(ids('met_in_period', metLate, '2026-06-15')).toEqual([])
    expect(ids('overdue_at_end', metLate, '2026-06-15')).toEqual([1])
    expect(ids('missed_in_period', metLate, '2026-06-15')).toEqual([1])
    // As of 20/06: the act entered at 09:00 that day counts, the deadline is met on 01/06, in time.
    expect(ids('met_in_period', metLate, '2026-06-20')).toEqual([1])
    expect(ids('overdue_at_end', metLate, '2026-06-20')).toEqual([])
    expect(ids('missed_in_period', metLate, '2026-06-20')).toEqual([])
  })

  it('the entry is cut at the end of the as-of day in Vietnam: 23:59 counts, midnight (17:00 UTC) does not', () => {
    const at2359 = deadline(RULE, '2026-06-10', 'met', {
      closedOn: '2026-06-01',
      closedAt: vnTime('2026-06-15', '23:59'),
    })
    const atMidnight = deadline(RULE, '2026-06-10', 'met', { closedOn: '2026-06-01', closedAt: '2026-06-15T17:00:00Z' })
    expect(ids('met_in_period', at2359, '2026-06-15')).toEqual([1])
    expect(ids('met_in_period', atMidnight, '2026-06-15')).toEqual([])
    expect(ids('overdue_at_end', atMidnight, '2026-06-15')).toEqual([1])
  })

  it('a deadline closed late by an act entered later still counts as overdue before that entry', () => {
    // Last day 10/06, closed on 12/06 (late) by an act entered 25/06. As of 20/06 the closing
    // day 12/06 is before the end, but the act was not yet on record: still open → overdue.
    const missedLate = deadline(RULE, '2026-06-10', 'missed', {
      closedOn: '2026-06-12',
      closedAt: vnTime('2026-06-25'),
    })
    expect(ids('overdue_at_end', missedLate, '2026-06-20')).toEqual([1])
    expect(ids('overdue_at_end', missedLate, '2026-06-25')).toEqual([])
    expect(ids('missed_in_period', missedLate, '2026-06-20')).toEqual([1])
    expect(ids('missed_in_period', missedLate, '2026-06-25')).toEqual([1])
  })

  it('a deadline whose starting act was entered after the as-of day did not exist yet', () => {
    // Started by an act entered on 16/06, last day 10/06 (the act was entered late, after the deadline had run out).
    const startedLate = deadline(RULE, '2026-06-10', 'open', { startedAt: vnTime('2026-06-16') })
    expect(ids('overdue_at_end', startedLate, '2026-06-15')).toEqual([])
    expect(ids('missed_in_period', startedLate, '2026-06-15')).toEqual([])
    expect(ids('overdue_at_end', startedLate, '2026-06-16')).toEqual([1])
  })

  it('closedBy: before its entry the act had not closed the deadline', () => {
    const indictedLate = deadline('BLTTHS_240_TRUY_TO', '2026-06-10', 'met', {
      closedOn: '2026-06-05',
      closedBy: 'indicted',
      closedAt: vnTime('2026-06-12'),
    })
    const metByIndictment = define({
      deadline: { rules: ['BLTTHS_240_TRUY_TO'], outcome: 'met_in_period', closedBy: ['indicted'] },
    })
    expect(matterIds(metByIndictment, one(indictedLate), asOf('2026-06-11'))).toEqual([])
    expect(matterIds(metByIndictment, one(indictedLate), asOf('2026-06-12'))).toEqual([1])
  })

  it('entry times that are not known count as entered in time (deadlines as stored before they were kept)', () => {
    expect(ids('met_in_period', deadline(RULE, '2026-06-10', 'met', { closedOn: '2026-06-01' }), '2026-06-02')).toEqual(
      [1],
    )
  })
})

describe('sums', () => {
  it('adds the field over standing acts of the sum’s types in its window; non-numbers add nothing', () => {
    const data = register(
      matter(1, 'criminal_case', [
        act('assets_to_recover', '2026-01-01', { data: { amountVnd: 1_000 } }),
        act('assets_recovered', '2025-06-01', { data: { amountVnd: 100 } }),
        act('assets_recovered', '2026-02-01', { data: { amountVnd: '250' } }),
        act('assets_recovered', '2026-03-01', { data: { amountVnd: 'nhiều' } }),
        act('assets_recovered', '2026-04-01', { data: {} }),
        act('assets_recovered', '2026-05-01', { data: { amountVnd: 40 }, voidedAt: vnTime('2026-05-02') }),
        act('assets_recovered', '2026-12-01', { data: { amountVnd: 7 } }),
      ]),
    )
    const definition = define(event(['assets_to_recover'], 'by_end'), {
      unitOfCount: 'vnd',
      sum: { types: ['assets_recovered'], window: 'by_end', field: 'amountVnd' },
    })
    expect(evaluate(definition, data).map((item) => item.amount)).toEqual([350])
  })

  it('a trial record as built by testing.ts is a valid one-verdict-per-defendant act', () => {
    expect(trial('2026-01-01', [[1, 'acquitted']]).data).toEqual({
      online: false,
      modelHearing: false,
      verdicts: [{ subjectId: 1, verdict: 'acquitted' }],
    })
  })
})

// ── Property: numerators are subsets of denominators ─────────────────────────────────────

const EVENT_POOL: EventType[] = [
  'report_received',
  'report_suspended',
  'report_resumed',
  'report_transferred',
  'report_case_instituted',
  'report_not_instituted',
  'report_administrative',
  'file_received',
  'indicted',
  'returned_for_investigation',
  'court_returned_for_investigation',
  'first_instance_trial',
  'appellate_trial',
  'hearing_attended',
  'protest_outcome',
  'recommendation_outcome',
  'assets_to_recover',
  'assets_recovered',
]
const RULE_POOL = [
  'BLTTHS_147_NGUON_TIN',
  'BLTTHS_147_NGUON_TIN_PHUC_TAP',
  'BLTTHS_240_TRUY_TO',
  'BLTTHS_118_TAM_GIU',
  'BLTTHS_173_TAM_GIAM',
]
const KINDS: MatterKind[] = ['crime_report', 'criminal_case', 'civil', 'administrative']
const VERDICTS = ['convicted_as_charged', 'convicted_other_charge', 'acquitted']
const OUTCOMES = ['accepted', 'partly_accepted', 'rejected', 'withdrawn']
const START = '2025-06-01'
const day = (offset: number) => addDays(START, offset)

const eventArbitrary = fc.record({
  type: fc.constantFrom(...EVENT_POOL),
  offset: fc.nat({ max: 700 }),
  recordDelay: fc.nat({ max: 20 }),
  voidAfter: fc.option(fc.nat({ max: 30 })),
  verdicts: fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.constantFrom(...VERDICTS)), {
    minLength: 1,
    maxLength: 3,
  }),
  pick: fc.nat({ max: 3 }),
  flag: fc.boolean(),
  otherFlag: fc.boolean(),
  amount: fc.nat({ max: 1000 }),
})

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never

const dataOf = (e: ValueOf<typeof eventArbitrary>): Record<string, unknown> => {
  switch (e.type) {
    case 'first_instance_trial':
      return {
        online: e.flag,
        modelHearing: e.otherFlag,
        verdicts: e.verdicts.map(([subjectId, verdict]) => ({ subjectId, verdict })),
      }
    case 'appellate_trial':
    case 'hearing_attended':
      return { online: e.flag, modelHearing: e.otherFlag }
    case 'protest_outcome':
      return { outcome: OUTCOMES[e.pick] }
    case 'recommendation_outcome':
      return { accepted: e.flag }
    case 'assets_to_recover':
    case 'assets_recovered':
      return { amountVnd: e.amount }
    default:
      return {}
  }
}

const deadlineArbitrary = fc.record({
  rule: fc.constantFrom(...RULE_POOL),
  dueOffset: fc.option(fc.nat({ max: 700 })),
  status: fc.constantFrom('open', 'suspended', 'met', 'missed' as const),
  closeAfter: fc.option(fc.integer({ min: -10, max: 30 })),
  subject: fc.option(fc.integer({ min: 1, max: 3 })),
  /** When its starting act was entered, in days from the start of the pool; its closing act, in days after its closing day. */
  startEntry: fc.option(fc.nat({ max: 700 })),
  closeEntryDelay: fc.option(fc.nat({ max: 30 })),
})

const matterArbitrary = fc.record({
  kind: fc.constantFrom(...KINDS),
  subjects: fc.integer({ min: 0, max: 3 }),
  events: fc.array(eventArbitrary, { maxLength: 8 }),
  deadlines: fc.array(deadlineArbitrary, { maxLength: 3 }),
})

const buildRegister = (specs: ValueOf<typeof matterArbitrary>[]): ReferenceRegister => ({
  matters: specs.map((spec, index) =>
    matter(
      index + 1,
      spec.kind,
      spec.events.map((e) =>
        act(e.type, day(e.offset), {
          data: dataOf(e),
          ...(e.pick > 0 && e.pick <= spec.subjects && e.type !== 'first_instance_trial' ? { subjectId: e.pick } : {}),
          recordedAt: vnTime(day(e.offset + e.recordDelay)),
          ...(e.voidAfter === null ? {} : { voidedAt: vnTime(day(e.offset + e.recordDelay + e.voidAfter)) }),
        }),
      ),
      {
        subjectIds: Array.from({ length: spec.subjects }, (_, i) => i + 1),
        deadlines: spec.deadlines.map((d) => {
          const dueDate = d.dueOffset === null ? null : day(d.dueOffset)
          const closedOn = d.closeAfter === null || dueDate === null ? undefined : addDays(dueDate, d.closeAfter)
          return deadline(d.rule, dueDate, d.status, {
            ...(closedOn ? { closedOn } : {}),
            ...(d.subject === null ? {} : { subjectId: d.subject }),
            ...(d.startEntry === null ? {} : { startedAt: vnTime(day(d.startEntry)) }),
            ...(closedOn && d.closeEntryDelay !== null
              ? { closedAt: vnTime(addDays(closedOn, d.closeEntryDelay)) }
              : {}),
          })
        }),
      },
    ),
  ),
})

const contextArbitrary = fc
  .record({ period: fc.constantFrom(...standardPeriods(2026)), asOfOffset: fc.nat({ max: 700 }) })
  .map(({ period, asOfOffset }) => ({ period, asOf: day(asOfOffset) }))

const key = (item: { matterId: number; subjectId: number | null }) => `${item.matterId}/${item.subjectId}`

describe('property: numerators of the shipped rates are subsets of their denominators', () => {
  const rates = INDICATOR_CATALOGUE.filter((definition) => definition.denominator !== null)

  it.each(rates.map((definition) => [definition.code, definition] as const))('%s', (_code, definition) => {
    fc.assert(
      fc.property(fc.array(matterArbitrary, { maxLength: 12 }), contextArbitrary, (specs, context) => {
        const data = buildRegister(specs)
        const denominator = new Set(evaluateMeasure(definition, 'denominator', data, context).map(key))
        for (const item of evaluateMeasure(definition, 'numerator', data, context))
          expect(denominator.has(key(item))).toBe(true)
      }),
      { numRuns: 150 },
    )
  })
})
