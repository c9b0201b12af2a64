// The demo register: about 18 months of crime reports, criminal cases and civil and
// administrative cases ending today, in the demo province's units — before 01/7/2025 in
// the Hậu Giang districts and departments, after it in the Cần Thơ regional procuracies
// and departments. A pure function of (seed, organisation, today, months, scale): no clock
// is read, so the demo database, the tests and the benchmarks all see the same register.
import { addDays, addMonthsClamped, daysBetween, type IsoDate } from '@/domain/calendar/index.ts'
import { CRIME_PROFILES, type CrimeProfile } from '@/demo/activity-charges.ts'
import { assemble, type PlannedMatter } from '@/demo/activity-assemble.ts'
import { caseFlow } from '@/demo/activity-cases.ts'
import { civilFlow, pickCivilType } from '@/demo/activity-civil.ts'
import { reportFlow } from '@/demo/activity-crime-reports.ts'
import { dueSoonMatters } from '@/demo/activity-due-soon.ts'
import { placesOf } from '@/demo/activity-places.ts'
import { assignProcurator, procuratorsByUnit, seatFor } from '@/demo/activity-seats.ts'
import { unitOn, type FlowContext, type Seat } from '@/demo/activity-timeline.ts'
import type { DemoActivity, DemoActivityOptions } from '@/demo/activity-types.ts'
import { createRandom, deriveSeed, type Random } from '@/demo/random.ts'

export type { DemoActivity, DemoActivityOptions, DemoMatter } from '@/demo/activity-types.ts'
export { factsOf } from '@/demo/activity-facts.ts'

/** Volumes at scale 1 over 18 months; most cases come from the reports that lead to one. */
export const DEMO_VOLUMES = { crimeReports: 1500, directCases: 80, civil: 800 } as const

/** Caught in the act, opened without a prior report: drugs, gambling, snatching, smuggling. */
const IN_THE_ACT = new Set(['249', '251', '255', '321', '322', '171', '330', '191', '227'])
const weighted = (profiles: readonly CrimeProfile[]) => profiles.map((p) => [p, p.weight] as const)
const fill = (template: string, place: string) => template.replace('{p}', place)

/** Adds one report (and the case it leads to, if any) to the plan. */
const planReport = (
  plan: PlannedMatter[],
  random: Random,
  today: IsoDate,
  at: { seat: Seat; on: IsoDate; prosecutor: number | null; profile: CrimeProfile },
) => {
  const ctx: FlowContext = { random, seat: at.seat, today }
  const place = random.pick(placesOf(unitOn(at.seat, at.on)))
  const title = fill(random.pick(at.profile.titles), place)
  const flow = reportFlow(ctx, at.profile, at.on)
  plan.push({
    seat: at.seat,
    kind: 'crime_report',
    title,
    prosecutor: at.prosecutor,
    subjects: [],
    planned: flow.drafts,
  })
  if (flow.institutedOn === null) return
  const opened = caseFlow(ctx, { profile: at.profile, place, start: flow.institutedOn, fromReport: true })
  plan.push({
    seat: at.seat,
    kind: 'criminal_case',
    title,
    prosecutor: at.prosecutor,
    subjects: opened.subjects,
    planned: opened.drafts,
  })
}

export const generateDemoActivity = (options: DemoActivityOptions): DemoActivity => {
  const { seed, organisation, today } = options
  const months = options.months ?? 18
  const scale = options.scale ?? 1
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`)
  if (!(scale > 0)) throw new RangeError(`scale must be positive, got ${scale}`)
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`months must be an integer ≥ 1, got ${months}`)

  // A stream of its own, so that the register does not change when the organisation's draws do.
  const random = createRandom(deriveSeed(seed, 0xac7))
  const from = addMonthsClamped(today, -months)
  const span = daysBetween(from, today)
  const someDay = () => addDays(from, random.int(0, span))
  const staff = procuratorsByUnit(organisation)
  const plan: PlannedMatter[] = []
  // The volumes are those of 18 months: a shorter or longer window gets proportionally fewer or more.
  const count = (n: number) => Math.round((n * scale * months) / 18)

  for (let i = 0; i < count(DEMO_VOLUMES.crimeReports); i++) {
    const on = someDay()
    const profile = random.weighted(weighted(CRIME_PROFILES))
    const seat = seatFor(random, 'criminal', profile.charge, on)
    planReport(plan, random, today, { seat, on, profile, prosecutor: assignProcurator(random, staff, seat, 0.05) })
  }

  const inTheAct = weighted(CRIME_PROFILES.filter((p) => IN_THE_ACT.has(p.charge.article)))
  for (let i = 0; i < count(DEMO_VOLUMES.directCases); i++) {
    const start = someDay()
    const profile = random.weighted(inTheAct)
    const seat = seatFor(random, 'criminal', profile.charge, start)
    const ctx: FlowContext = { random, seat, today }
    const place = random.pick(placesOf(unitOn(seat, start)))
    const flow = caseFlow(ctx, { profile, place, start, fromReport: false })
    const prosecutor = assignProcurator(random, staff, seat, 0.02)
    plan.push({
      seat,
      kind: 'criminal_case',
      title: fill(random.pick(profile.titles), place),
      prosecutor,
      subjects: flow.subjects,
      planned: flow.drafts,
    })
  }

  for (let i = 0; i < count(DEMO_VOLUMES.civil); i++) {
    const on = someDay()
    const type = pickCivilType(random)
    const seat = seatFor(
      random,
      type.kind === 'administrative' || type.acceptance.includes('KDTM') || type.acceptance.includes('LĐ')
        ? 'business'
        : 'civil',
      null,
      on,
    )
    const place = random.pick(placesOf(unitOn(seat, on)))
    const flow = civilFlow({ random, seat, today }, type, on, place)
    plan.push({
      seat,
      kind: flow.kind,
      title: flow.title,
      prosecutor: assignProcurator(random, staff, seat, 0.02),
      subjects: flow.subjects,
      planned: flow.drafts,
    })
  }

  plan.push(...dueSoonMatters(random, organisation, today))
  return { matters: assemble(plan, organisation, today) }
}
