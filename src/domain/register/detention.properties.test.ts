// Properties of detention as the register reads it from the orders (fast-check): whatever term,
// end day and extensions are recorded, the clock never ends after the law allows (Điều 134
// khoản 1: start + 30 × months − 1, custody days deducted), a day off never moves it, and an
// extension never shortens it.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDays, createWorkingCalendar, fromDayNumber, toDayNumber } from '@/domain/calendar/index.ts'
import { deriveDeadlines } from './derive-deadlines.ts'
import { scenario } from './testing.ts'

const A = 1
// Theft, BLHS Điều 173 khoản 1–4: ít NT, NT, RNT, ĐBNT → Điều 173 BLTTHS: at most 90 / 150 / 210 / 480 days.
const MAX_DAYS = [90, 150, 210, 480] as const
const BASE_DAYS = [60, 90, 120, 120] as const
const EXTENSION_MAX_DAYS = [[30], [60], [90], [120, 120, 120]] as const

const day = fc.integer({ min: toDayNumber('2025-01-01'), max: toDayNumber('2027-12-31') }).map(fromDayNumber)

const orders = fc.record({
  orderedOn: day,
  clause: fc.integer({ min: 1, max: 4 }),
  custodyDays: fc.integer({ min: 0, max: 3 }),
  term: fc.option(fc.record({ amount: fc.integer({ min: 1, max: 6 }), unit: fc.constant('months' as const) }), {
    nil: undefined,
  }),
  endsOnOffset: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
  extensions: fc.array(
    fc.record({
      fraction: fc.double({ min: 0.01, max: 1, noNaN: true }),
      endsOnOffset: fc.option(fc.integer({ min: -30, max: 200 }), { nil: undefined }),
    }),
    { maxLength: 3 },
  ),
})

type Orders = typeof orders extends fc.Arbitrary<infer T> ? T : never

const register = (o: Orders, extensionCount: number, calendar = createWorkingCalendar()) => {
  const s = scenario('criminal_case', '2024-12-01', [{ id: A, fullName: 'Nguyễn Văn An' }])
  const charge = { article: 173, clause: o.clause }
  s.add('case_instituted', '2024-12-01', { data: { charge, investigatingBody: 'Cơ quan CSĐT' } })
  s.add('suspect_instituted', '2024-12-01', { subjectId: A, data: { charge } })
  const custodyOn = addDays(o.orderedOn, -o.custodyDays)
  if (o.custodyDays > 0) s.add('custody_ordered', custodyOn, { subjectId: A, at: '08:00' })
  const data = {
    ...(o.term ? { term: o.term } : {}),
    ...(o.endsOnOffset !== undefined ? { endsOn: addDays(o.orderedOn, o.endsOnOffset) } : {}),
    grounds: ['bo_tron'],
  }
  s.add('detention_ordered', o.orderedOn, { subjectId: A, data })
  const steps = EXTENSION_MAX_DAYS[o.clause - 1]!
  o.extensions.slice(0, Math.min(extensionCount, steps.length)).forEach((e, i) => {
    const amount = Math.max(1, Math.ceil(e.fraction * steps[i]!))
    s.add('detention_extended', addDays(o.orderedOn, 10 + i), {
      subjectId: A,
      data: {
        amount,
        unit: 'days',
        ...(e.endsOnOffset !== undefined
          ? { endsOn: addDays(o.orderedOn, BASE_DAYS[o.clause - 1]! + e.endsOnOffset) }
          : {}),
      },
    })
  })
  const d = deriveDeadlines(s.facts(), calendar, o.orderedOn).find((x) => x.ruleCode === 'BLTTHS_173_TAM_GIAM')!
  return { d, custodyOn }
}

describe('detention read from the orders (fast-check)', () => {
  it('never ends after start + 30 × months − 1 of the law, counted from the arrest (custody deducted)', () => {
    fc.assert(
      fc.property(orders, (o) => {
        const { d, custodyOn } = register(o, 3)
        // The law's ceiling for the category (Điều 173 khoản 2, 3 with every extension), from the first day held.
        expect(d.dueDate! <= addDays(custodyOn, MAX_DAYS[o.clause - 1]! - 1)).toBe(true)
      }),
      { numRuns: 400 },
    )
  })

  it('an extension never shortens it', () => {
    fc.assert(
      fc.property(orders, (o) => {
        for (let k = 0; k < o.extensions.length; k++)
          expect(register(o, k + 1).d.dueDate! >= register(o, k).d.dueDate!).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('a day off never moves it', () => {
    fc.assert(
      fc.property(orders, fc.array(fc.integer({ min: 0, max: 700 }), { minLength: 1, maxLength: 30 }), (o, offsets) => {
        const extra = [...new Set(offsets.map((n) => addDays(o.orderedOn, n)))].map((date) => ({
          date,
          kind: 'day_off' as const,
          reason: 'Nghỉ (thử nghiệm)',
        }))
        const plain = register(o, 3).d
        const withDaysOff = register(o, 3, createWorkingCalendar(extra)).d
        expect(withDaysOff.dueDate).toBe(plain.dueDate)
        expect(withDaysOff.movedBecauseOfDayOff).toBe(false)
      }),
      { numRuns: 200 },
    )
  })
})
