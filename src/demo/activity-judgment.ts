// A criminal case from the first-instance hearing on: verdicts per defendant (mostly as
// charged, a few on another charge, rarely an acquittal), online hearings under Nghị
// quyết 33/2021/QH15 and model hearings (phiên tòa rút kinh nghiệm), the procuracy's
// protests within Điều 337's 15 days and their outcome, the parties' appeals, the
// judgment taking effect, asset recovery (DOMAIN.md §3.1) and recommendations.
import { addDays, type IsoDate } from '@/domain/calendar/index.ts'
import { isCorruption, lesserCharge } from '@/demo/activity-charges.ts'
import { appellateCourt, court, noNumber, police, procuracy } from '@/demo/activity-issuers.ts'
import { after, between, draft, dueOf, type Draft, type FlowContext } from '@/demo/activity-timeline.ts'
import type { TrialPlan } from '@/demo/activity-trial.ts'
import type { Random } from '@/demo/random.ts'

type JudgmentPlan = TrialPlan & { trialOn: IsoDate; indictedOn: IsoDate }

const hearing = (random: Random) => ({ online: random.chance(0.12), modelHearing: random.chance(0.1) })

const verdicts = (random: Random, plan: JudgmentPlan) =>
  plan.charges.map((charge, subjectId) => {
    const verdict = random.weighted([
      ['convicted_as_charged', 93.5],
      ['convicted_other_charge', 6],
      ['acquitted', 0.5],
    ] as const)
    const other = lesserCharge(charge)
    if (verdict === 'convicted_other_charge' && other !== charge) return { subjectId, verdict, charge: other }
    return { subjectId, verdict: verdict === 'acquitted' ? verdict : ('convicted_as_charged' as const) }
  })

const RECOMMENDATIONS = [
  'Kiến nghị tăng cường quản lý địa bàn, phòng ngừa tội phạm và vi phạm pháp luật',
  'Kiến nghị khắc phục sơ hở, thiếu sót trong công tác quản lý dẫn đến tội phạm',
  'Kiến nghị tăng cường tuyên truyền, phổ biến pháp luật tại cộng đồng dân cư',
]

/** Money to recover: an amount in the range, in whole millions of đồng. */
const millions = (random: Random, min: number, max: number) => random.int(min, max) * 1_000_000

const recovery = (ctx: FlowContext, plan: JudgmentPlan, effectiveOn: IsoDate): Draft[] => {
  const { random } = ctx
  const amount = isCorruption(plan.profile.charge) ? millions(random, 150, 4_800) : millions(random, 25, 900)
  const drafts = [draft('assets_to_recover', plan.indictedOn, { data: { amountVnd: amount } })]
  // Recovered in one to three payments: before the hearing, at judgment, and in enforcement.
  const share = random.weighted([
    [1, 35],
    [random.int(60, 99) / 100, 35],
    [random.int(20, 59) / 100, 20],
    [0, 10],
  ] as const)
  const payments = random.int(1, 3)
  let left = Math.round((amount * share) / 1_000_000)
  let on = plan.indictedOn
  for (let i = 0; i < payments && left > 0; i++) {
    const part = i === payments - 1 ? left : Math.max(1, Math.round(left * (random.int(30, 70) / 100)))
    on =
      i === 0
        ? between(random, addDays(plan.indictedOn, 5), plan.trialOn)
        : after(random, i === 1 ? effectiveOn : on, 20, 120)
    drafts.push(draft('assets_recovered', on, { data: { amountVnd: part * 1_000_000 } }))
    left -= part
  }
  return drafts
}

export const judgmentDrafts = (ctx: FlowContext, plan: JudgmentPlan): Draft[] => {
  const { random, seat } = ctx
  const { trialOn } = plan
  const decided = verdicts(random, plan)
  const drafts = [
    draft('first_instance_trial', trialOn, {
      ...court(seat, trialOn, 'HS-ST'),
      data: { ...hearing(random), verdicts: decided },
    }),
  ]
  // Acquitted, or given a suspended sentence: released at the hearing.
  for (const subject of plan.held) {
    const acquitted = decided[subject]?.verdict === 'acquitted'
    if (acquitted || random.chance(0.2)) {
      const reason = acquitted
        ? 'Bị cáo được tuyên không phạm tội, trả tự do ngay tại phiên tòa'
        : 'Bị cáo được hưởng án treo, trả tự do ngay tại phiên tòa'
      drafts.push(
        draft('detention_ended', trialOn, { ...noNumber(court(seat, trialOn, '').body), subject, data: { reason } }),
      )
    }
  }

  let effectiveOn: IsoDate
  const path = random.weighted([
    ['none', 84.5],
    ['appeal', 12],
    ['protest', 3.5],
  ] as const)
  if (path === 'protest') {
    // Điều 337: the same-level procuracy protests within 15 days of the pronouncement.
    const protestOn = between(random, addDays(trialOn, 3), addDays(dueOf('BLTTHS_337_BAN_AN_CUNG_CAP', trialOn), -1))
    drafts.push(draft('appeal_protest', protestOn, { ...procuracy(seat, protestOn), data: { level: 'same' } }))
    const outcome = random.weighted([
      ['accepted', 55],
      ['partly_accepted', 25],
      ['rejected', 15],
      ['withdrawn', 5],
    ] as const)
    if (outcome === 'withdrawn') effectiveOn = after(random, protestOn, 10, 30)
    else {
      effectiveOn = after(random, protestOn, 45, 100)
      drafts.push(
        draft('appellate_trial', effectiveOn, { ...appellateCourt(seat, effectiveOn, 'HS-PT'), data: hearing(random) }),
      )
    }
    drafts.push(draft('protest_outcome', effectiveOn, { data: { outcome } }))
  } else if (path === 'appeal') {
    effectiveOn = after(random, trialOn, 50, 110)
    drafts.push(
      draft('appellate_trial', effectiveOn, { ...appellateCourt(seat, effectiveOn, 'HS-PT'), data: hearing(random) }),
    )
  } else effectiveOn = addDays(trialOn, random.int(16, 22))
  drafts.push(draft('judgment_effective', effectiveOn))

  if (plan.profile.economic) drafts.push(...recovery(ctx, plan, effectiveOn))
  if (random.chance(0.07)) {
    const issuedOn = after(random, trialOn, 5, 25)
    const addressee = random.chance(0.7)
      ? `Ủy ban nhân dân ${plan.place}`
      : police(seat, issuedOn, plan.profile.economic).body!
    drafts.push(
      draft('recommendation_issued', issuedOn, {
        ...procuracy(seat, issuedOn, 'KN'),
        data: { addressee, content: random.pick(RECOMMENDATIONS) },
      }),
    )
    const answeredOn = after(random, issuedOn, 30, 60)
    drafts.push(draft('recommendation_outcome', answeredOn, { data: { accepted: random.chance(0.85) } }))
  }
  return drafts
}
