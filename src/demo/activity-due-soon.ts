// Work due in the coming days for the procurators who can sign in (ksv, ksv2), so that
// "my deadlines" shows something on the first visit: reports whose 20 days run out within
// a week (BLTTHS Điều 147) and a case whose investigation time does (Điều 172); and one report
// already past its 20 days, so the overdue states show.
import { addDays, addMonthsClamped, type IsoDate } from '@/domain/calendar/index.ts'
import { CRIME_PROFILES, type CrimeProfile } from '@/demo/activity-charges.ts'
import type { PlannedMatter } from '@/demo/activity-assemble.ts'
import { caseFlow } from '@/demo/activity-cases.ts'
import { reportFlow } from '@/demo/activity-crime-reports.ts'
import { placesOf } from '@/demo/activity-places.ts'
import { dueOf, workingDay, type Seat } from '@/demo/activity-timeline.ts'
import type { DemoOrganisation } from '@/demo/types.ts'
import type { Random } from '@/demo/random.ts'

const within = (due: IsoDate, today: IsoDate, days: number) => due > today && due <= addDays(today, days)

/** Starting days whose clock runs out in the coming week (a holiday can push a due date past it). */
const startsDueSoon = (today: IsoDate, start: (k: number) => IsoDate, due: (start: IsoDate) => IsoDate): IsoDate[] =>
  [1, 2, 3, 4, 5, 6].map(start).filter((s) => s <= today && within(due(s), today, 7))

const profileOf = (article: number, clause: number): CrimeProfile => {
  const found = CRIME_PROFILES.find((p) => p.charge.article === String(article) && p.charge.clause === clause)
  if (!found) throw new Error(`no demo profile for Điều ${article} khoản ${clause}`)
  return found
}

export const dueSoonMatters = (random: Random, organisation: DemoOrganisation, today: IsoDate): PlannedMatter[] => {
  const planned: PlannedMatter[] = []
  organisation.people.forEach((person, prosecutor) => {
    if (person.username === null || !person.title.startsWith('ksv_')) return
    const seat: Seat = { current: person.unitCode, former: null }
    const ctx = { random, seat, today }
    const place = () => random.pick(placesOf(person.unitCode))
    const fill = (profile: CrimeProfile, where: string) => random.pick(profile.titles).replace('{p}', where)

    const reportDays = startsDueSoon(
      today,
      (k) => addDays(today, k - 20),
      (s) => dueOf('BLTTHS_147_NGUON_TIN', s),
    )
    for (const on of reportDays.filter((_, i) => i % 2 === 0)) {
      const profile = random.pick([profileOf(173, 1), profileOf(134, 1), profileOf(174, 1), profileOf(321, 1)])
      const flow = reportFlow(ctx, profile, on, true)
      planned.push({
        seat,
        kind: 'crime_report',
        title: fill(profile, place()),
        prosecutor,
        subjects: [],
        planned: flow.drafts,
      })
    }

    // And one already late, as a real register has (issue 12, item 16): a report whose 20 days
    // ran out in the last four days with no decision yet, so the red states appear in the demo.
    const late = [1, 2, 3, 4, 5, 6, 7, 8]
      .map((k) => addDays(today, -20 - k))
      .find((s) => {
        // A last day that falls on a day off moves to the next working day (Điều 134): count from that.
        const due = workingDay(dueOf('BLTTHS_147_NGUON_TIN', s))
        return due < today && due >= addDays(today, -4)
      })
    if (late) {
      const profile = profileOf(174, 1)
      // Only its receipt: the decision a pending flow would draw is what is missing.
      const received = reportFlow(ctx, profile, late, true).drafts.slice(0, 1)
      planned.push({
        seat,
        kind: 'crime_report',
        title: fill(profile, place()),
        prosecutor,
        subjects: [],
        planned: received,
      })
    }

    const gambling = profileOf(321, 1)
    const caseDays = startsDueSoon(
      today,
      (k) => addMonthsClamped(addDays(today, k), -2),
      (s) => dueOf('BLTTHS_172_DIEU_TRA', s, { category: 'it_nghiem_trong' }),
    )
    const start = caseDays[Math.floor(caseDays.length / 2)]
    if (start) {
      const where = place()
      const flow = caseFlow(ctx, { profile: gambling, place: where, start, fromReport: false, pending: true })
      planned.push({
        seat,
        kind: 'criminal_case',
        title: fill(gambling, where),
        prosecutor,
        subjects: flow.subjects,
        planned: flow.drafts,
      })
    }
  })
  return planned
}
