import { describe, expect, it } from 'vitest'
import { addDays, createWorkingCalendar } from '@/domain/calendar/index.ts'
import { EVENT_TYPE_CODES, type EventType } from '@/domain/register/event-types.ts'
import { deriveDeadlines, validateNewEvent } from '@/domain/register/index.ts'
import type { DerivedDeadline } from '@/domain/register/types.ts'
import { factsOf, generateDemoActivity, type DemoMatter } from '@/demo/activity.ts'
import { generateDemoOrganisation } from '@/demo/organisation.ts'
import { REFORM_FIRST_DAY } from '@/demo/units.ts'

// Nine months of the window fall before the July 2025 reform, so history is generated too.
const TODAY = '2026-03-16'
const organisation = generateDemoOrganisation({ seed: 2026, scale: 1 })
const activity = generateDemoActivity({ seed: 2026, organisation, today: TODAY })
const { matters } = activity
const calendar = createWorkingCalendar()
const derived = new Map<DemoMatter, DerivedDeadline[]>(
  matters.map((m) => [m, deriveDeadlines(factsOf(m), calendar, TODAY)]),
)
const ofKind = (...kinds: DemoMatter['kind'][]) => matters.filter((m) => kinds.includes(m.kind))
const units = new Map(organisation.units.map((u) => [u.code, u]))
const near = (actual: number, target: number) =>
  expect(Math.abs(actual - target) / target, `${actual} vs ${target}`).toBeLessThanOrEqual(0.15)

describe('determinism', () => {
  it('gives the same register for the same seed, organisation and day', () => {
    expect(generateDemoActivity({ seed: 2026, organisation, today: TODAY })).toEqual(activity)
  })

  it('gives a different register for another seed, and scales the volume', () => {
    const other = generateDemoActivity({ seed: 7, organisation, today: TODAY, scale: 0.2 })
    expect(other.matters.map((m) => m.title).slice(0, 20)).not.toEqual(matters.map((m) => m.title).slice(0, 20))
    expect(other.matters.length / matters.length).toBeGreaterThan(0.15)
    expect(other.matters.length / matters.length).toBeLessThan(0.3)
  })

  it('rejects nonsense options', () => {
    expect(() => generateDemoActivity({ seed: Number.NaN, organisation, today: TODAY })).toThrow(RangeError)
    expect(() => generateDemoActivity({ seed: 1, organisation, today: TODAY, scale: 0 })).toThrow(RangeError)
    expect(() => generateDemoActivity({ seed: 1, organisation, today: TODAY, months: 0 })).toThrow(RangeError)
  })
})

describe('volumes over 18 months (±15 %)', () => {
  it('about 1,500 crime reports, 600 criminal cases with 900 suspects, 800 civil and administrative matters', () => {
    near(ofKind('crime_report').length, 1500)
    near(ofKind('criminal_case').length, 600)
    near(
      ofKind('criminal_case').reduce((n, m) => n + m.subjects.length, 0),
      900,
    )
    near(ofKind('civil', 'administrative').length, 800)
    expect(ofKind('administrative').length).toBeGreaterThan(50)
  })
})

describe('every act', () => {
  it('passes validateNewEvent against the acts before it, and none is after today', () => {
    const problems: string[] = []
    for (const matter of matters) {
      const facts = factsOf(matter)
      facts.events.forEach((event, i) => {
        const found = validateNewEvent({ ...facts, events: facts.events.slice(0, i) }, event, TODAY)
        for (const p of found)
          problems.push(
            `${matter.unitCode} ${matter.number} #${i} ${event.type} ${event.occurredOn}: ${p.code} ${p.message}`,
          )
        if (event.occurredOn > TODAY) problems.push(`${matter.number} #${i} dated ${event.occurredOn}, after today`)
      })
    }
    expect(problems.slice(0, 10)).toEqual([])
  })

  it('covers the whole procedure: every kind of act appears', () => {
    const seen = new Set(matters.flatMap((m) => m.events.map((e) => e.type)))
    // Acts the demo leaves to the procurators to record themselves.
    const notGenerated: EventType[] = ['custody_extended', 'case_suspended', 'cassation_protest']
    expect(EVENT_TYPE_CODES.filter((t) => !seen.has(t) && !notGenerated.includes(t))).toEqual([])
  })

  it('has acquittals, convictions on another charge, online and model hearings, protests, recovery', () => {
    const data = matters.flatMap((m) => m.events.map((e) => ({ type: e.type, data: e.data })))
    const verdicts = data.flatMap((e) =>
      e.type === 'first_instance_trial' ? (e.data.verdicts as { verdict: string }[]) : [],
    )
    expect(new Set(verdicts.map((v) => v.verdict))).toEqual(
      new Set(['convicted_as_charged', 'convicted_other_charge', 'acquitted']),
    )
    expect(verdicts.filter((v) => v.verdict === 'convicted_as_charged').length / verdicts.length).toBeGreaterThan(0.85)
    const hearings = data.filter((e) =>
      ['first_instance_trial', 'appellate_trial', 'hearing_attended'].includes(e.type),
    )
    expect(hearings.some((e) => e.data.online === true)).toBe(true)
    expect(hearings.some((e) => e.data.modelHearing === true)).toBe(true)
    expect(
      new Set(data.filter((e) => e.type === 'protest_outcome').map((e) => e.data.outcome)).size,
    ).toBeGreaterThanOrEqual(3)
    const recovered = data
      .filter((e) => e.type === 'assets_recovered')
      .reduce((n, e) => n + (e.data.amountVnd as number), 0)
    expect(recovered).toBeGreaterThan(0)
  })
})

describe('the register', () => {
  it('numbers matters uniquely within each unit, in the house style', () => {
    const numbers = new Set(matters.map((m) => `${m.unitCode} ${m.number}`))
    expect(numbers.size).toBe(matters.length)
    for (const m of matters) {
      expect(m.number).toMatch(/^\d+\/20\d\d\/(TB|HS|DS|HC)-[A-Z0-9-]+$/)
      expect(m.title.length).toBeGreaterThanOrEqual(3)
      expect(m.title.length).toBeLessThanOrEqual(300)
      for (const e of m.events) expect((e.documentNumber ?? '').length).toBeLessThanOrEqual(60)
    }
    expect(matters.some((m) => m.number.endsWith('/TB-KV6'))).toBe(true)
  })

  it('assigns procurators of the unit, or of its successor for a unit that ceased', () => {
    for (const m of matters.filter((m) => m.prosecutor !== null)) {
      const person = organisation.people[m.prosecutor!.index]!
      expect(person.title.startsWith('ksv_')).toBe(true)
      expect([m.unitCode, units.get(m.unitCode)?.successorCode]).toContain(person.unitCode)
    }
    expect(matters.filter((m) => m.prosecutor === null).length).toBeLessThan(matters.length * 0.06)
  })

  it('keeps history on the units that ceased on 30/6/2025, and successors carry the matters still open then', () => {
    const historical = matters.filter((m) => units.get(m.unitCode)?.validTo !== null)
    expect(historical.length).toBeGreaterThan(300)
    for (const m of historical)
      expect(
        m.events.every((e) => e.occurredOn < REFORM_FIRST_DAY),
        m.number,
      ).toBe(true)
    const carried = matters.filter(
      (m) => units.get(m.unitCode)?.validTo === null && m.events[0]!.occurredOn < REFORM_FIRST_DAY,
    )
    expect(carried.length).toBeGreaterThan(50)
    expect(carried.some((m) => m.number.endsWith('-VTA') && m.unitCode === 'CT.KV6')).toBe(true)
  })
})

describe('deadlines', () => {
  const all = [...derived.values()].flat()

  it('are mostly met, with a few missed and a few suspended', () => {
    const missed = all.filter((d) => d.status === 'missed')
    expect(missed.length).toBeGreaterThan(5)
    expect(missed.length).toBeLessThan(all.length * 0.02)
    expect(missed.some((d) => d.ruleCode === 'BLTTHS_240_TRUY_TO')).toBe(true)
    expect(missed.some((d) => d.ruleCode === 'BLTTHS_147_NGUON_TIN')).toBe(true)
    expect(all.some((d) => d.status === 'suspended')).toBe(true)
    expect(all.filter((d) => d.status === 'met').length / all.length).toBeGreaterThan(0.85)
  })

  it('are all computable: no open deadline without a due date', () => {
    expect(all.filter((d) => d.dueDate === null && d.status === 'open')).toEqual([])
  })

  it('give ksv and ksv2 each a crime report already past its 20 days, as a real register has (issue 12, item 16)', () => {
    for (const username of ['ksv', 'ksv2']) {
      const index = organisation.people.findIndex((p) => p.username === username)
      const late = matters.filter(
        (m) =>
          m.prosecutor?.index === index &&
          // Still undecided (its receipt is its only act), and its last day passed in the last four days.
          m.events.length === 1 &&
          derived
            .get(m)!
            .some(
              (d) =>
                d.ruleCode === 'BLTTHS_147_NGUON_TIN' &&
                d.status === 'missed' &&
                d.dueDate !== null &&
                d.dueDate < TODAY &&
                d.dueDate >= addDays(TODAY, -4),
            ),
      )
      expect(late.length, username).toBeGreaterThanOrEqual(1)
    }
  })

  it('give ksv and ksv2, and their units, open deadlines due within the coming 7 days', () => {
    const soon = (d: DerivedDeadline) =>
      d.status === 'open' && d.dueDate !== null && d.dueDate > TODAY && d.dueDate <= addDays(TODAY, 7)
    for (const username of ['ksv', 'ksv2']) {
      const index = organisation.people.findIndex((p) => p.username === username)
      const unitCode = organisation.people[index]!.unitCode
      const inUnit = matters.filter((m) => m.unitCode === unitCode)
      expect(inUnit.filter((m) => derived.get(m)!.some(soon)).length, unitCode).toBeGreaterThan(2)
      expect(
        inUnit.filter((m) => m.prosecutor?.index === index && derived.get(m)!.some(soon)).length,
        username,
      ).toBeGreaterThan(1)
    }
  })
})
