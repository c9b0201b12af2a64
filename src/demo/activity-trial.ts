// A criminal case from the file reaching the procuracy to the first-instance hearing:
// the decision to prosecute within Điều 240's limit (sometimes extended, now and then a
// few days late), returns for supplementary investigation (Điều 245, 280), the court's
// acceptance and trial preparation (Điều 277). The judgment and after: activity-judgment.ts.
import { addDays, type IsoDate } from '@/domain/calendar/index.ts'
import type { CrimeCategory } from '@/domain/deadlines/index.ts'
import type { Charge } from '@/domain/register/event-types.ts'
import type { CrimeProfile } from '@/demo/activity-charges.ts'
import { court, noNumber, police, procuracy } from '@/demo/activity-issuers.ts'
import { judgmentDrafts } from '@/demo/activity-judgment.ts'
import { after, between, draft, dueOf, workingDay, type Draft, type FlowContext } from '@/demo/activity-timeline.ts'

export type TrialPlan = {
  profile: CrimeProfile
  place: string
  fileReceivedOn: IsoDate
  /** The least serious category the case has had: the shortest limits. */
  category: CrimeCategory
  /** The charge in force for each suspect, by subject index. */
  charges: readonly Charge[]
  /** Suspects still detained when the file reached the procuracy. */
  held: readonly number[]
}

/** The one extension of Điều 240 the Viện trưởng may grant, in days. */
const PROSECUTION_EXTENSION: Record<CrimeCategory, number> = {
  it_nghiem_trong: 10,
  nghiem_trong: 10,
  rat_nghiem_trong: 15,
  dac_biet_nghiem_trong: 30,
}

const PROCURACY_RETURNS = [
  'Cần giám định bổ sung, định giá lại tài sản (Điều 245 BLTTHS)',
  'Có người đồng phạm khác chưa được khởi tố bị can (Điều 245 BLTTHS)',
  'Có căn cứ cho rằng bị can còn thực hiện hành vi phạm tội khác (Điều 245 BLTTHS)',
  'Có vi phạm nghiêm trọng thủ tục tố tụng (Điều 245 BLTTHS)',
]
const COURT_RETURNS = [
  'Tòa án trả hồ sơ: thiếu chứng cứ dùng để chứng minh vấn đề phải chứng minh (Điều 280 BLTTHS)',
  'Tòa án trả hồ sơ: có căn cứ khởi tố bị can về một tội phạm khác (Điều 280 BLTTHS)',
]

type Step = { drafts: Draft[]; on: IsoDate }

/** The file received again after supplementary investigation, and the new decision to prosecute. */
const reinvestigate = (
  ctx: FlowContext,
  plan: TrialPlan,
  returnedOn: IsoDate,
  days: readonly [number, number],
): Step => {
  const { random, seat } = ctx
  const concludedOn = after(random, returnedOn, days[0], days[1])
  const fileOn = after(random, concludedOn, 1, 4)
  const indictedOn = between(
    random,
    addDays(fileOn, 4),
    addDays(dueOf('BLTTHS_240_TRUY_TO', fileOn, { category: plan.category }), -1),
  )
  return {
    on: indictedOn,
    drafts: [
      draft('investigation_concluded', concludedOn, police(seat, concludedOn, plan.profile.economic, 'KLĐT')),
      draft('file_received', fileOn, noNumber(procuracy(seat, fileOn).body)),
      indictment(ctx, plan, indictedOn),
    ],
  }
}

const indictment = (ctx: FlowContext, plan: TrialPlan, on: IsoDate): Draft =>
  draft('indicted', on, {
    ...procuracy(ctx.seat, on, 'CT'),
    data: { charges: plan.charges.map((charge, subjectId) => ({ subjectId, charge })) },
  })

/** Điều 240: indicted in time (most), after an extension, late, after a return, or terminated. */
const prosecution = (ctx: FlowContext, plan: TrialPlan): Step | { drafts: Draft[]; on: null } => {
  const { random, seat } = ctx
  const fileOn = plan.fileReceivedOn
  const drafts = [draft('file_received', fileOn, noNumber(procuracy(seat, fileOn).body))]
  const due = dueOf('BLTTHS_240_TRUY_TO', fileOn, { category: plan.category })
  const mode = random.weighted([
    ['normal', 85.5],
    ['returned', 8],
    ['extended', 3.5],
    ['late', 1],
    ['terminated', 2],
  ] as const)
  if (mode === 'terminated') {
    const on = between(random, addDays(fileOn, 7), addDays(due, -1))
    for (const subject of plan.held)
      drafts.push(
        draft('detention_ended', on, {
          ...procuracy(seat, on),
          subject,
          data: { reason: 'Đình chỉ vụ án, trả tự do cho bị can' },
        }),
      )
    drafts.push(
      draft('case_terminated', on, {
        ...procuracy(seat, on),
        data: { reason: 'Bị can được miễn trách nhiệm hình sự (Điều 29 BLHS)', noCrime: false },
      }),
    )
    return { drafts, on: null }
  }
  if (mode === 'returned') {
    const returnedOn = between(random, addDays(fileOn, 7), addDays(due, -1))
    drafts.push(
      draft('returned_for_investigation', returnedOn, {
        ...procuracy(seat, returnedOn),
        data: { reason: random.pick(PROCURACY_RETURNS) },
      }),
    )
    const again = reinvestigate(ctx, plan, returnedOn, [30, 60])
    return { drafts: [...drafts, ...again.drafts], on: again.on }
  }
  let indictedOn: IsoDate
  if (mode === 'extended') {
    const amount = PROSECUTION_EXTENSION[plan.category]
    const extendedOn = between(random, addDays(due, -5), addDays(due, -1))
    drafts.push(
      draft('prosecution_extended', extendedOn, { ...procuracy(seat, extendedOn), data: { amount, unit: 'days' } }),
    )
    indictedOn = between(
      random,
      addDays(due, 1),
      dueOf('BLTTHS_240_TRUY_TO', fileOn, { category: plan.category, extensions: [{ lengthDays: amount }] }),
    )
  } else if (mode === 'late') indictedOn = workingDay(addDays(due, random.int(2, 6)))
  else indictedOn = between(random, addDays(fileOn, 5), addDays(due, -1))
  drafts.push(indictment(ctx, plan, indictedOn))
  return { drafts, on: indictedOn }
}

export const trialFlow = (ctx: FlowContext, plan: TrialPlan): Draft[] => {
  const { random, seat } = ctx
  const charged = prosecution(ctx, plan)
  if (charged.on === null) return charged.drafts
  const drafts = [...charged.drafts]
  let indictedOn = charged.on

  // Điều 277: the court prepares the trial; now and then it sends the file back (Điều 280).
  let acceptedOn = after(random, indictedOn, 3, 12)
  drafts.push(draft('court_accepted', acceptedOn, court(seat, acceptedOn, 'TLST-HS')))
  const due = dueOf('BLTTHS_277_CHUAN_BI_XET_XU', acceptedOn, { category: plan.category })
  const mode = random.weighted([
    ['normal', 94.5],
    ['returned', 3],
    ['late', 2.5],
  ] as const)
  let scheduledOn: IsoDate
  if (mode === 'returned') {
    const returnedOn = between(random, addDays(acceptedOn, 10), addDays(due, -1))
    // The court's return is its own act (Điều 280), with ≤ 01 tháng of supplementary investigation (Điều 174 khoản 2).
    drafts.push(
      draft('court_returned_for_investigation', returnedOn, {
        ...noNumber(court(seat, returnedOn, '').body),
        data: { reason: random.pick(COURT_RETURNS), decidedBy: 'tham_phan_chu_toa' },
      }),
    )
    const again = reinvestigate(ctx, plan, returnedOn, [15, 30])
    drafts.push(...again.drafts)
    indictedOn = again.on
    acceptedOn = after(random, indictedOn, 3, 8)
    drafts.push(draft('court_accepted', acceptedOn, court(seat, acceptedOn, 'TLST-HS')))
    scheduledOn = between(
      random,
      addDays(acceptedOn, 3),
      addDays(dueOf('BLTTHS_277_SAU_DIEU_TRA_BO_SUNG', acceptedOn), -1),
    )
  } else if (mode === 'late') scheduledOn = workingDay(addDays(due, random.int(2, 8)))
  else scheduledOn = between(random, addDays(acceptedOn, 10), addDays(due, -1))
  drafts.push(draft('trial_scheduled', scheduledOn, court(seat, scheduledOn, 'QĐXXST-HS')))
  const trialOn = between(random, addDays(scheduledOn, 5), dueOf('BLTTHS_277_MO_PHIEN_TOA', scheduledOn))
  drafts.push(...judgmentDrafts(ctx, { ...plan, trialOn, indictedOn }))
  return drafts
}
