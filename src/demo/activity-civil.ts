// One civil, family, business, labour or administrative case supervised by the procuracy
// (BLTTDS 2015, LTTHC 2015; DOMAIN.md §2.2, §4.7): the court's acceptance, the hearing the
// procurator attends (all administrative cases, non-contentious matters and some civil
// ones), the judgment or decision received, the 15-day / 7-day protest window, a few
// protests and recommendations with their outcome, the judgment taking effect.
import { addDays, type IsoDate } from '@/domain/calendar/index.ts'
import type { MatterKind } from '@/domain/register/matter-kinds.ts'
import { CIVIL_TYPES, type CivilType } from '@/demo/activity-civil-types.ts'
import { appellateCourt, court, procuracy } from '@/demo/activity-issuers.ts'
import { courtOf } from '@/demo/activity-places.ts'
import { party } from '@/demo/activity-subjects.ts'
import {
  after,
  between,
  draft,
  dueOf,
  unitOn,
  workingDayBefore,
  type Draft,
  type FlowContext,
} from '@/demo/activity-timeline.ts'
import type { DemoSubject } from '@/demo/activity-types.ts'
import type { Random } from '@/demo/random.ts'

export type CivilFlow = { kind: MatterKind; title: string; subjects: DemoSubject[]; drafts: Draft[] }

const hearing = (random: Random) => ({ online: random.chance(0.08), modelHearing: random.chance(0.12) })

const COURT_RECOMMENDATIONS = [
  'Kiến nghị khắc phục vi phạm về thời hạn chuẩn bị xét xử',
  'Kiến nghị khắc phục vi phạm trong việc gửi bản án, quyết định cho Viện kiểm sát',
  'Kiến nghị khắc phục vi phạm trong việc thu thập, đánh giá chứng cứ',
]

/** The window to protest opens at pronouncement when the procurator sat, otherwise when the judgment is received. */
const protestRule = (type: CivilType, decision: boolean) =>
  `${type.kind === 'administrative' ? 'LTTHC_213' : 'BLTTDS_280'}_${decision ? 'QUYET_DINH' : 'BAN_AN'}_CUNG_CAP`

export const pickCivilType = (random: Random): CivilType =>
  random.weighted(CIVIL_TYPES.map((t) => [t, t.weight] as const))

export const civilFlow = (ctx: FlowContext, type: CivilType, acceptedOn: IsoDate, place: string): CivilFlow => {
  const { random, seat } = ctx
  const year = Number(acceptedOn.slice(0, 4))
  const [first, second] = type.parties(random, place, year, party)
  const subjects = [first, second]
  const title = type.title(random, first, second, place)
  const drafts: Draft[] = [
    draft('civil_accepted', acceptedOn, {
      ...court(seat, acceptedOn, type.acceptance),
      data: { court: courtOf(unitOn(seat, acceptedOn)) },
    }),
  ]

  const heardOn = after(random, acceptedOn, type.duration[0], type.duration[1])
  const attended = random.chance(type.attend)
  const decision = random.chance(type.decision)
  let windowFrom: IsoDate
  if (attended) {
    // Hearings are often adjourned (hoãn phiên tòa) once or twice; the procurator sits at each.
    let sessionOn = heardOn
    while (random.chance(0.3)) {
      sessionOn = addDays(sessionOn, -random.int(14, 35))
      if (sessionOn <= addDays(acceptedOn, 10)) break
      drafts.push(draft('hearing_attended', workingDayBefore(sessionOn, acceptedOn), { data: hearing(random) }))
    }
    drafts.push(draft('hearing_attended', heardOn, { data: hearing(random) }))
  }
  if (decision) {
    windowFrom = after(random, heardOn, 1, 5)
    drafts.push(
      draft('judgment_received', windowFrom, {
        ...court(seat, heardOn, type.decisionSeries),
        data: { decision: true },
      }),
    )
  } else if (attended) {
    windowFrom = heardOn
    drafts.push(
      draft('judgment_pronounced', heardOn, {
        ...court(seat, heardOn, type.judgmentSeries),
        data: { prosecutorAttended: true },
      }),
    )
    const receivedOn = after(random, heardOn, 2, 10)
    drafts.push(
      draft('judgment_received', receivedOn, { body: courtOf(unitOn(seat, heardOn)), data: { decision: false } }),
    )
  } else {
    windowFrom = after(random, heardOn, 3, 12)
    drafts.push(
      draft('judgment_received', windowFrom, {
        ...court(seat, heardOn, type.judgmentSeries),
        data: { decision: false },
      }),
    )
  }

  const windowDue = dueOf(protestRule(type, decision), windowFrom)
  const path = random.weighted([
    ['none', 81],
    ['appeal', decision ? 0 : 15],
    ['protest', 4],
  ] as const)
  let endOn: IsoDate
  if (path === 'protest') {
    const protestOn = between(random, addDays(windowFrom, 3), addDays(windowDue, -1))
    drafts.push(draft('appeal_protest', protestOn, { ...procuracy(seat, protestOn), data: { level: 'same' } }))
    const outcome = random.weighted([
      ['accepted', 60],
      ['partly_accepted', 20],
      ['rejected', 15],
      ['withdrawn', 5],
    ] as const)
    endOn = after(random, protestOn, outcome === 'withdrawn' ? 10 : 45, outcome === 'withdrawn' ? 30 : 120)
    if (outcome !== 'withdrawn')
      drafts.push(
        draft('appellate_trial', endOn, { ...appellateCourt(seat, endOn, type.appealSeries), data: hearing(random) }),
      )
    drafts.push(draft('protest_outcome', endOn, { data: { outcome } }))
    drafts.push(draft('judgment_effective', endOn))
  } else if (path === 'appeal') {
    endOn = after(random, windowFrom, 60, 150)
    drafts.push(
      draft('appellate_trial', endOn, { ...appellateCourt(seat, endOn, type.appealSeries), data: hearing(random) }),
    )
    drafts.push(draft('judgment_effective', endOn))
  } else {
    // A decision recognising the parties' agreement takes effect at once: supervision ends after the window.
    endOn = addDays(windowDue, random.int(1, 10))
    drafts.push(draft(decision ? 'matter_closed' : 'judgment_effective', endOn))
  }

  if (random.chance(0.06)) {
    const issuedOn = between(random, addDays(acceptedOn, 20), endOn)
    drafts.push(
      draft('recommendation_issued', issuedOn, {
        ...procuracy(seat, issuedOn, 'KN'),
        data: { addressee: courtOf(unitOn(seat, issuedOn)), content: random.pick(COURT_RECOMMENDATIONS) },
      }),
    )
    drafts.push(
      draft('recommendation_outcome', after(random, issuedOn, 30, 60), { data: { accepted: random.chance(0.9) } }),
    )
  }
  return { kind: type.kind, title, subjects, drafts }
}
