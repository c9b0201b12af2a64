// One criminal case through investigation (BLTTHS Part Two): opening, suspects charged and
// approved, custody and detention per suspect (Điều 117–119, 173), extensions, suspension
// when the perpetrator is unknown or has fled (Điều 229), termination, conclusion. What
// follows the conclusion is in activity-trial.ts.
import { addDays, type IsoDate } from '@/domain/calendar/index.ts'
import type { CrimeCategory } from '@/domain/deadlines/index.ts'
import type { Charge } from '@/domain/register/event-types.ts'
import { heavierCharge, leastSerious, lesserCharge, type CrimeProfile } from '@/demo/activity-charges.ts'
import { detentionDrafts, stageDetentionDrafts, type Detained } from '@/demo/activity-detention.ts'
import { police, procuracy } from '@/demo/activity-issuers.ts'
import { suspect } from '@/demo/activity-subjects.ts'
import {
  after,
  between,
  draft,
  dueOf,
  timeOfDay,
  workingDay,
  type Draft,
  type FlowContext,
} from '@/demo/activity-timeline.ts'
import { trialFlow } from '@/demo/activity-trial.ts'
import type { DemoSubject } from '@/demo/activity-types.ts'

export type CasePlan = {
  profile: CrimeProfile
  /** The ward or commune where it happened. */
  place: string
  start: IsoDate
  /** Opened on a crime report of the same unit; otherwise caught in the act and opened directly. */
  fromReport: boolean
  /** Still under investigation on `today`, its time limit running out in the coming days. */
  pending?: boolean
}

export type CaseFlow = { drafts: Draft[]; subjects: DemoSubject[] }

type Mode = 'normal' | 'extended' | 'late' | 'fled' | 'terminated'

/** The first investigation extension allowed for each category (Điều 172), in months. */
const FIRST_EXTENSION: Record<CrimeCategory, number> = {
  it_nghiem_trong: 2,
  nghiem_trong: 3,
  rat_nghiem_trong: 4,
  dac_biet_nghiem_trong: 4,
}

const TERMINATION = (charge: Charge) =>
  charge.article === '134' && charge.clause === 1
    ? { reason: 'Bị hại rút yêu cầu khởi tố (Điều 155 BLTTHS)', noCrime: false }
    : {
        reason: 'Người phạm tội được miễn trách nhiệm hình sự do chuyển biến của tình hình (Điều 29 BLHS)',
        noCrime: false,
      }

export const caseFlow = (ctx: FlowContext, plan: CasePlan): CaseFlow => {
  const { random, seat } = ctx
  const { profile, start } = plan
  const economic = profile.economic
  const year = Number(start.slice(0, 4))
  // Many thefts and frauds are opened before anyone is identified.
  const unknown =
    plan.fromReport && !plan.pending && ['173', '174', '290'].includes(profile.charge.article) && random.chance(0.1)
  // Accomplices are the exception: each one more than the minimum is less likely.
  let count = unknown ? 0 : profile.suspects[0]
  while (count > 0 && count < profile.suspects[1] && random.chance(0.45)) count++
  const subjects = Array.from({ length: count }, () => suspect(random, year))
  const drafts: Draft[] = []

  // Caught in the act: the case is opened the same day, within the 72 hours of custody.
  const caseOn = start
  const investigatingBody = police(seat, caseOn, economic).body!
  drafts.push(
    draft('case_instituted', caseOn, {
      ...police(seat, caseOn, economic),
      data: { charge: profile.charge, investigatingBody },
    }),
  )

  const charges: Charge[][] = subjects.map(() => [profile.charge])
  const detained: Detained[] = []
  const chargedOns: IsoDate[] = []
  subjects.forEach((_, i) => {
    const chargedOn = plan.fromReport ? between(random, caseOn, addDays(caseOn, 20)) : caseOn
    chargedOns.push(chargedOn)
    const held = random.chance(profile.detentionLikely)
    // Caught in the act: held for 72 hours first (Điều 117, 118), then detained or released.
    const custody = !plan.fromReport ? held || random.chance(0.3) : held && random.chance(0.5)
    const custodyOn = plan.fromReport ? chargedOn : start
    if (custody)
      drafts.push(
        draft('custody_ordered', custodyOn, {
          ...police(seat, custodyOn, economic),
          subject: i,
          at: timeOfDay(random, 6, 22),
        }),
      )
    drafts.push(
      draft('suspect_instituted', chargedOn, {
        ...police(seat, chargedOn, economic),
        subject: i,
        data: { charge: profile.charge },
      }),
    )
    const approvedOn = after(random, chargedOn, 1, 3)
    drafts.push(draft('procuracy_approved', approvedOn, { ...procuracy(seat, approvedOn), subject: i }))
    const heldFrom = custody ? addDays(custodyOn, random.int(1, 2)) : chargedOn
    if (held)
      detained.push({
        subject: i,
        from: heldFrom < chargedOn ? chargedOn : heldFrom,
        ...(custody ? { custodyOn } : {}),
      })
    else if (custody)
      drafts.push(
        draft('detention_ended', heldFrom, {
          ...police(seat, heldFrom, economic),
          subject: i,
          data: { reason: 'Hủy bỏ biện pháp tạm giữ, áp dụng biện pháp cấm đi khỏi nơi cư trú' },
        }),
      )
    if (!plan.pending && random.chance(0.06)) {
      const changed = random.chance(0.6) ? heavierCharge(profile.charge) : lesserCharge(profile.charge)
      if (changed !== profile.charge) charges[i]!.push(changed)
    }
  })

  const category = leastSerious([profile.charge, ...charges.flat()])
  const due = dueOf('BLTTHS_172_DIEU_TRA', caseOn, { category })
  const mode: Mode = plan.pending
    ? 'normal'
    : count === 0
      ? 'fled'
      : count === 1 && detained.length === 0 && random.chance(0.04)
        ? 'fled'
        : profile.charge.article === '134' && profile.charge.clause === 1 && random.chance(0.3)
          ? 'terminated'
          : random.weighted([
              ['normal', 80.5],
              ['extended', 17],
              ['late', 1],
              ['terminated', 1.5],
            ] as const)

  let concludedOn: IsoDate | null = null
  let endedOn: IsoDate | null = null
  if (mode === 'normal')
    concludedOn = plan.pending
      ? between(random, addDays(ctx.today, 1), due)
      : between(random, addDays(caseOn, 28), addDays(due, -2))
  else if (mode === 'late') concludedOn = workingDay(addDays(due, random.int(2, 10)))
  else if (mode === 'extended') {
    const extendedOn = between(random, addDays(due, -14), addDays(due, -3))
    const amount = FIRST_EXTENSION[category]
    drafts.push(
      draft('investigation_extended', extendedOn, { ...procuracy(seat, extendedOn), data: { amount, unit: 'months' } }),
    )
    concludedOn = between(
      random,
      addDays(due, 5),
      addDays(dueOf('BLTTHS_172_DIEU_TRA', caseOn, { category, extensions: [{ lengthMonths: amount }] }), -2),
    )
  } else if (mode === 'terminated') {
    endedOn = between(random, addDays(caseOn, 25), addDays(due, -2))
    drafts.push(
      draft('case_terminated', endedOn, { ...police(seat, endedOn, economic), data: TERMINATION(profile.charge) }),
    )
  } else {
    // Suspended as the time runs out; a fugitive caught later reopens it for a new period (Điều 174 khoản 1).
    const resumes = count > 0 && random.chance(0.5)
    const suspendedOn = resumes
      ? between(random, addDays(due, -45), addDays(due, -25))
      : between(random, addDays(due, -15), addDays(due, -1))
    const reason =
      count === 0
        ? 'Chưa xác định được bị can (Điều 229 BLTTHS)'
        : 'Bị can bỏ trốn, đã ra quyết định truy nã (Điều 229 BLTTHS)'
    drafts.push(
      draft('investigation_suspended', suspendedOn, { ...police(seat, suspendedOn, economic), data: { reason } }),
    )
    if (resumes) {
      const resumedOn = after(random, suspendedOn, 30, 200)
      drafts.push(draft('investigation_resumed', resumedOn, police(seat, resumedOn, economic)))
      // Điều 174 khoản 1: a new period (02 / 03 tháng) runs from the resumption decision.
      const resumedDue = dueOf('BLTTHS_174_PHUC_HOI_DIEU_TRA', resumedOn, { category })
      concludedOn = between(random, addDays(resumedOn, 10), addDays(resumedDue, -2))
    }
  }

  // Charges changed during the investigation, before it ends (Điều 180).
  charges.forEach((list, i) => {
    const changed = list[1]
    const last = concludedOn ?? endedOn
    if (changed && last) {
      const on = between(random, addDays(chargedOns[i]!, 2), addDays(last, -3))
      drafts.push(draft('charge_changed', on, { ...police(seat, on, economic), subject: i, data: { charge: changed } }))
    }
  })

  if (concludedOn !== null)
    drafts.push(draft('investigation_concluded', concludedOn, police(seat, concludedOn, economic, 'KLĐT')))
  // Detention for investigation runs until the file reaches the procuracy or the case ends (Điều 173).
  const fileReceivedOn = concludedOn === null ? null : after(random, concludedOn, 1, 4)
  const detention = detentionDrafts(ctx, {
    detained,
    closesOn: fileReceivedOn ?? endedOn,
    terminatedOn: endedOn,
    charges,
    economic,
  })
  drafts.push(...detention.drafts)
  if (fileReceivedOn !== null) {
    const finalCharges = charges.map((list) => list[list.length - 1]!)
    const later = trialFlow(ctx, {
      profile,
      place: plan.place,
      fileReceivedOn,
      category,
      charges: finalCharges,
      held: detention.stillHeld,
    })
    drafts.push(...later, ...stageDetentionDrafts(ctx, later, detention.held, category))
  }
  return { drafts, subjects }
}
