// Properties of the engine that must hold for every rule, date, category and calendar.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  addDays,
  createWorkingCalendar,
  fromDayNumber,
  toDayNumber,
  type OfficialCalendarEntry,
} from '@/domain/calendar/index.ts'
import { CRIME_CATEGORIES } from './crime-category.ts'
import type { ComputeDeadlineInput, GrantedExtension } from './deadline-types.ts'
import { computeDeadline, computeReading } from './engine.ts'
import { inDays } from './counting.ts'
import { resolveRule } from './resolve-rule.ts'
import { DEADLINE_RULES } from './rules/index.ts'

// Custody and every detention clock (Điều 118, 173, 241, 278, 329): they never roll over.
const DETENTION = new Set(DEADLINE_RULES.filter((r) => !r.counting.rollsOverDaysOff).map((r) => r.code))
const CODES = [...new Set(DEADLINE_RULES.map((r) => r.code))]

const date = (from: string, to: string) =>
  fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber)

/** A valid matter for a rule: a start in force, a category, and extensions within the law (fractions of each maximum). */
const matter = (codes: readonly string[]) =>
  fc
    .record({
      ruleCode: fc.constantFrom(...codes),
      start: date('2018-01-01', '2030-12-31'),
      startTime: fc
        .integer({ min: 0, max: 1439 })
        .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`),
      category: fc.constantFrom(...CRIME_CATEGORIES),
      nationalSecurity: fc.boolean(),
      fractions: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
    })
    .map(({ ruleCode, start, startTime, category, nationalSecurity, fractions }) => {
      const rule = DEADLINE_RULES.find((r) => r.code === ruleCode && r.effectiveFrom <= start)
      const security = nationalSecurity && !(rule?.nationalSecurity && 'notEncoded' in rule.nationalSecurity)
      const steps = rule ? resolveRule(rule, category, security).steps : []
      const extensionsGranted: GrantedExtension[] = steps.slice(0, fractions.length).map((step, i) => {
        const amount = Math.max(1, Math.ceil((fractions[i] ?? 1) * step.max.amount))
        return step.max.unit === 'months'
          ? { lengthMonths: amount }
          : step.max.unit === 'hours'
            ? { lengthHours: amount }
            : { lengthDays: amount }
      })
      return { ruleCode, start, startTime, category, nationalSecurity: security, extensionsGranted } satisfies Omit<
        ComputeDeadlineInput,
        'calendar'
      >
    })

/** An official calendar, plus extra days off on dates it does not mention. */
const calendars = fc
  .record({
    entries: fc.array(fc.record({ date: date('2018-01-01', '2034-12-31'), working: fc.boolean() }), { maxLength: 30 }),
    extra: fc.array(fc.integer({ min: 0, max: 1100 }), { minLength: 1, maxLength: 40 }),
  })
  .map(({ entries, extra }) => {
    const official: OfficialCalendarEntry[] = [...new Map(entries.map((e) => [e.date, e])).values()].map((e) => ({
      date: e.date,
      kind: e.working ? 'working_day' : 'day_off',
      reason: e.working ? 'Làm bù (thử nghiệm)' : 'Nghỉ (thử nghiệm)',
    }))
    return { official, extraOffsets: extra }
  })

const withExtraDaysOff = (official: OfficialCalendarEntry[], start: string, offsets: number[]) => {
  const taken = new Set(official.map((e) => e.date))
  const extra = offsets.map((o) => addDays(start, o)).filter((d) => !taken.has(d))
  return [
    ...official,
    ...[...new Set(extra)].map((d) => ({ date: d, kind: 'day_off' as const, reason: 'Nghỉ thêm (thử nghiệm)' })),
  ]
}

const NON_DETENTION = CODES.filter((c) => !DETENTION.has(c))

describe('deadline properties (fast-check)', () => {
  it('a due date never precedes its start, and the maximum never precedes the due date', () => {
    fc.assert(
      fc.property(matter(CODES), calendars, (input, { official }) => {
        const result = computeDeadline({ ...input, calendar: createWorkingCalendar(official) })
        expect(result.dueDate).not.toBeNull()
        expect(result.dueDate! >= input.start).toBe(true)
        expect(result.unadjustedDueDate! >= input.start).toBe(true)
        expect(result.dueDate! >= result.unadjustedDueDate!).toBe(true)
        expect(result.maxDueDate! >= result.dueDate!).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('adding a day off never makes a non-detention deadline earlier', () => {
    fc.assert(
      fc.property(matter(NON_DETENTION), calendars, (input, { official, extraOffsets }) => {
        const before = computeDeadline({ ...input, calendar: createWorkingCalendar(official) })
        const after = computeDeadline({
          ...input,
          calendar: createWorkingCalendar(withExtraDaysOff(official, input.start, extraOffsets)),
        })
        expect(after.dueDate! >= before.dueDate!).toBe(true)
        expect(after.unadjustedDueDate).toBe(before.unadjustedDueDate)
      }),
      { numRuns: 200 },
    )
  })

  it('adding a day off never moves a custody or detention deadline', () => {
    fc.assert(
      fc.property(matter([...DETENTION]), calendars, (input, { official, extraOffsets }) => {
        const before = computeDeadline({ ...input, calendar: createWorkingCalendar(official) })
        const after = computeDeadline({
          ...input,
          calendar: createWorkingCalendar(withExtraDaysOff(official, input.start, extraOffsets)),
        })
        expect(after.dueDate).toBe(before.dueDate)
        expect(after.dueTime).toBe(before.dueTime)
        expect(after.movedBecauseOfDayOff).toBe(false)
      }),
      { numRuns: 200 },
    )
  })

  it('an extension never shortens a deadline', () => {
    const calendar = createWorkingCalendar()
    fc.assert(
      fc.property(matter(CODES), (input) => {
        const all = input.extensionsGranted
        for (let k = 0; k < all.length; k++) {
          const shorter = computeDeadline({ ...input, extensionsGranted: all.slice(0, k), calendar })
          const longer = computeDeadline({ ...input, extensionsGranted: all.slice(0, k + 1), calendar })
          // Limits in hours end at a time of day; the others at 24:00.
          const end = (r: typeof longer) => `${r.unadjustedDueDate}T${r.dueTime ?? '24:00'}`
          expect(end(longer) > end(shorter)).toBe(true)
          expect(longer.dueDate! >= shorter.dueDate!).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })

  // Điều 134 khoản 1 đoạn cuối (01 tháng = 30 ngày) and TTLT 04/2018 Điều 17 (first day counts,
  // custody days deducted): a detention of D days from S ends on S + D − 1 − custody, whatever the
  // months crossed. Checked for every start day of 2025–2027 and every category.
  const DAY_RULES = [
    'BLTTHS_173_TAM_GIAM',
    'BLTTHS_241_TAM_GIAM_TRUY_TO',
    'BLTTHS_278_TAM_GIAM_XET_XU',
    'BLTTHS_329_TAM_GIAM_SAU_XET_XU',
  ]
  it('a detention never ends after start + 30 × months − 1 − custody days (every day of 2025–2027)', () => {
    const calendar = createWorkingCalendar()
    for (const ruleCode of DAY_RULES) {
      const rule = DEADLINE_RULES.find((r) => r.code === ruleCode)!
      for (const category of CRIME_CATEGORIES) {
        const { base, steps, maxTotal } = resolveRule(rule, category, false)
        const baseDays = inDays(base, rule.counting)!
        const maxDays = maxTotal
          ? inDays(maxTotal, rule.counting)!
          : baseDays + steps.reduce((n, s) => n + inDays(s.max, rule.counting)!, 0)
        for (let day = toDayNumber('2025-01-01'); day <= toDayNumber('2027-12-31'); day++) {
          const start = fromDayNumber(day)
          const deductedDays = day % 4 // 0–3 days of custody
          const r = computeDeadline({ ruleCode, category, start, deductedDays, calendar })
          expect(r.dueDate).toBe(addDays(start, baseDays - 1 - deductedDays))
          expect(r.maxDueDate! <= addDays(start, maxDays - 1 - deductedDays)).toBe(true)
        }
      }
    }
  })

  it('with extensions granted, a detention ends exactly after the days granted, never later', () => {
    const calendar = createWorkingCalendar()
    fc.assert(
      fc.property(
        matter(['BLTTHS_173_TAM_GIAM', 'BLTTHS_241_TAM_GIAM_TRUY_TO', 'BLTTHS_278_TAM_GIAM_XET_XU']),
        fc.integer({ min: 0, max: 9 }),
        (input, deductedDays) => {
          const rule = DEADLINE_RULES.find((r) => r.code === input.ruleCode)!
          const { base } = resolveRule(rule, input.category, false)
          const granted = input.extensionsGranted.reduce(
            (n, g) => n + ('lengthMonths' in g ? g.lengthMonths * 30 : 'lengthDays' in g ? g.lengthDays : 0),
            0,
          )
          const r = computeDeadline({ ...input, nationalSecurity: false, deductedDays, calendar })
          expect(r.dueDate).toBe(addDays(input.start, inDays(base, rule.counting)! + granted - 1 - deductedDays))
        },
      ),
      { numRuns: 300 },
    )
  })

  // Điều 134 read two ways (counting.ts): for every rule with a `reading` setting, start days
  // 2025–2027, extensions within the law, an official calendar and (where the rule allows
  // one) a suspension resumed later, the strict reading never ends after the lenient one.
  it('the strict reading is never later than the lenient one', () => {
    const DUAL = DEADLINE_RULES.filter((r) => r.reading).map((r) => r.code)
    // Seven rules have a limit in days or years, which Điều 134 leaves open: Điều 147 khoản 1 (20 ngày),
    // Điều 240, the four of Điều 337, Điều 379. Điều 147 khoản 2 (02 tháng) is read one way, because
    // Điều 134 fixes the end of a limit in months and its day-off move (was ≥ 8 with it).
    expect(DUAL.length).toBe(7)
    const dated = fc
      .tuple(
        matter(DUAL),
        date('2025-01-01', '2027-12-31'),
        fc.option(fc.tuple(fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 90 }))),
      )
      .map(([input, start, pause]) => {
        const fresh = DEADLINE_RULES.find((r) => r.code === input.ruleCode)?.suspension.kind === 'fresh_period'
        const suspensions =
          fresh && pause ? [{ from: addDays(start, pause[0]), to: addDays(start, pause[0] + pause[1]) }] : []
        return { ...input, start, suspensions }
      })
    fc.assert(
      fc.property(dated, calendars, (input, { official }) => {
        const calendar = createWorkingCalendar(official)
        const strict = computeReading({ ...input, calendar }, 'strict')
        const lenient = computeReading({ ...input, calendar }, 'lenient')
        expect(strict.dueDate! <= lenient.dueDate!, `${input.ruleCode} ${input.start}`).toBe(true)
        expect(strict.unadjustedDueDate! <= lenient.unadjustedDueDate!).toBe(true)
        expect(strict.maxDueDate! <= lenient.maxDueDate!).toBe(true)
        const counted = computeDeadline({ ...input, calendar })
        expect(counted.countedReading).toBe('strict')
        expect(counted.dueDate).toBe(strict.dueDate)
        expect(counted.alternativeDueDate).toBe(strict.dueDate === lenient.dueDate ? null : lenient.dueDate)
      }),
      { numRuns: 400 },
    )
  })
})
