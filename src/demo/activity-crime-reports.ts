// One crime report (tố giác, tin báo, kiến nghị khởi tố) from receipt to decision, BLTTHS
// Điều 147–149: most are decided within 20 days; a few are complex (2 months) and some of
// those extended once by the Viện trưởng; a few are suspended awaiting an expert opinion,
// some resumed; and now and then one is decided late (DOMAIN.md §4.1).
import { addDays, type IsoDate } from '@/domain/calendar/index.ts'
import type { Charge } from '@/domain/register/event-types.ts'
import type { CrimeProfile } from '@/demo/activity-charges.ts'
import { noNumber, police, procuracy } from '@/demo/activity-issuers.ts'
import { after, between, draft, dueOf, workingDay, type Draft, type FlowContext } from '@/demo/activity-timeline.ts'
import { REFORM_FIRST_DAY } from '@/demo/units.ts'

export type ReportFlow = { drafts: Draft[]; institutedOn: IsoDate | null; charge: Charge }

type Outcome = 'instituted' | 'not_instituted' | 'administrative' | 'transferred'
type Mode = 'simple' | 'complex' | 'extended' | 'suspended' | 'resumed' | 'late'

const OUTCOMES: readonly (readonly [Outcome, number])[] = [
  ['instituted', 37],
  ['not_instituted', 38],
  ['administrative', 15],
  ['transferred', 8],
]

const MODES: readonly (readonly [Mode, number])[] = [
  ['simple', 80.8],
  ['complex', 8],
  ['extended', 3.5],
  ['suspended', 3.5],
  ['resumed', 3],
  ['late', 1.2],
]

const NOT_INSTITUTED = [
  'Không có sự việc phạm tội (Điều 157 khoản 1 BLTTHS)',
  'Hành vi không cấu thành tội phạm (Điều 157 khoản 2 BLTTHS)',
  'Người thực hiện hành vi chưa đến tuổi chịu trách nhiệm hình sự (Điều 157 khoản 3 BLTTHS)',
]
/** Property crimes have a value threshold below which the act is handled administratively. */
const BELOW_THRESHOLD = 'Giá trị tài sản dưới mức định lượng, hành vi chưa cấu thành tội phạm (Điều 157 khoản 2 BLTTHS)'
const isPropertyCrime = (article: string) => Number.parseInt(article, 10) >= 168 && Number.parseInt(article, 10) <= 178
const NO_COMPLAINT = 'Bị hại không yêu cầu khởi tố vụ án (Điều 155 BLTTHS)'

const SUSPENSION_REASONS = [
  'Đã trưng cầu giám định nhưng chưa có kết luận giám định (Điều 148 BLTTHS)',
  'Đã yêu cầu định giá tài sản nhưng chưa có kết quả định giá (Điều 148 BLTTHS)',
  'Đã yêu cầu cơ quan, tổ chức cung cấp tài liệu quan trọng nhưng chưa có kết quả (Điều 148 BLTTHS)',
]

const transferTargets = (on: IsoDate): readonly string[] =>
  on < REFORM_FIRST_DAY
    ? [
        'Cơ quan Cảnh sát điều tra Công an tỉnh Sóc Trăng',
        'Cơ quan Cảnh sát điều tra Công an tỉnh Kiên Giang',
        'Cơ quan An ninh điều tra Công an tỉnh Hậu Giang',
      ]
    : [
        'Cơ quan Cảnh sát điều tra Công an tỉnh An Giang',
        'Cơ quan Cảnh sát điều tra Công an tỉnh Vĩnh Long',
        'Cơ quan An ninh điều tra Công an thành phố Cần Thơ',
      ]

/** The decision that ends the report (Điều 147 khoản 1, Điều 155, 157). */
const decision = (ctx: FlowContext, outcome: Outcome, on: IsoDate, profile: CrimeProfile): Draft => {
  const { random, seat } = ctx
  const by = police(seat, on, profile.economic)
  switch (outcome) {
    case 'instituted':
      return draft('report_case_instituted', on, { ...by, data: { charge: profile.charge } })
    case 'not_instituted': {
      const complaintOnly = profile.charge.article === '134' && profile.charge.clause === 1 && random.chance(0.5)
      const reasons = isPropertyCrime(profile.charge.article) ? [...NOT_INSTITUTED, BELOW_THRESHOLD] : NOT_INSTITUTED
      return draft('report_not_instituted', on, {
        ...by,
        data: { reason: complaintOnly ? NO_COMPLAINT : random.pick(reasons) },
      })
    }
    case 'administrative':
      return draft('report_administrative', on, noNumber(by.body))
    case 'transferred':
      return draft('report_transferred', on, {
        ...noNumber(by.body),
        data: { toBody: random.pick(transferTargets(on)) },
      })
  }
}

/**
 * `pending`: the report is still being verified on `today`, its 20 days running out in
 * the coming days (so "my deadlines" has content).
 */
export const reportFlow = (
  ctx: FlowContext,
  profile: CrimeProfile,
  receivedOn: IsoDate,
  pending = false,
): ReportFlow => {
  const { random, seat, today } = ctx
  const investigatingBody = police(seat, receivedOn, profile.economic).body!
  const source = random.weighted([
    ['to_giac', 55],
    ['tin_bao', 40],
    ['kien_nghi_khoi_to', 5],
  ] as const)
  const drafts: Draft[] = [
    draft('report_received', receivedOn, { ...noNumber(investigatingBody), data: { source, investigatingBody } }),
  ]
  const outcome = random.weighted(OUTCOMES)
  const mode: Mode = pending ? 'simple' : random.weighted(MODES)
  const due = dueOf('BLTTHS_147_NGUON_TIN', receivedOn)

  let decideOn: IsoDate | null
  if (pending) decideOn = between(random, addDays(today, 1), due)
  else if (mode === 'simple') decideOn = between(random, addDays(receivedOn, 4), due)
  else if (mode === 'late') decideOn = workingDay(addDays(due, random.int(2, 9)))
  else if (mode === 'complex' || mode === 'extended') {
    const complexOn = between(random, addDays(receivedOn, 3), addDays(receivedOn, 12))
    drafts.push(draft('report_complex', complexOn, noNumber(investigatingBody)))
    const due2 = dueOf('BLTTHS_147_NGUON_TIN_PHUC_TAP', receivedOn)
    if (mode === 'complex') decideOn = between(random, addDays(due, 1), due2)
    else {
      // Requested at least 5 days before expiry (Điều 147 khoản 2), granted a few days later.
      const extendOn = between(random, addDays(due2, -12), addDays(due2, -3))
      drafts.push(
        draft('report_extended', extendOn, { ...procuracy(seat, extendOn), data: { amount: 2, unit: 'months' } }),
      )
      decideOn = between(
        random,
        addDays(due2, 5),
        dueOf('BLTTHS_147_NGUON_TIN_PHUC_TAP', receivedOn, { extensions: [{ lengthMonths: 2 }] }),
      )
    }
  } else {
    const suspendOn = between(random, addDays(receivedOn, 10), due)
    drafts.push(
      draft('report_suspended', suspendOn, {
        ...police(seat, suspendOn, profile.economic),
        data: { reason: random.pick(SUSPENSION_REASONS) },
      }),
    )
    if (mode === 'suspended') decideOn = null
    else {
      const resumeOn = after(random, suspendOn, 20, 150)
      drafts.push(draft('report_resumed', resumeOn, police(seat, resumeOn, profile.economic)))
      decideOn = between(
        random,
        addDays(resumeOn, 3),
        dueOf('BLTTHS_147_NGUON_TIN', receivedOn, { suspensions: [{ from: suspendOn, to: resumeOn }] }),
      )
    }
  }
  if (decideOn !== null) drafts.push(decision(ctx, outcome, decideOn, profile))
  const institutedOn = decideOn !== null && outcome === 'instituted' && decideOn <= today ? decideOn : null
  return { drafts, institutedOn, charge: profile.charge }
}
