// Detention per suspect (BLTTHS Điều 119, 173, 241, 278, 329). For investigation: ordered
// (custody days deducted, TTLT 04/2018 Điều 17), extended once by the procuracy when the
// investigation needs it, or replaced by bail before it runs out; released when the case is
// terminated. Every order states its term and end day (Điều 134 khoản 1: 01 tháng = 30 ngày).
// Each later stage orders its own detention (stageDetentionDrafts): issued when the file changes
// hands, or on the last day of the order still running, so no day is left without an order.
import { addDays, daysBetween, type IsoDate } from '@/domain/calendar/index.ts'
import type { CrimeCategory } from '@/domain/deadlines/index.ts'
import type { Charge, EventType } from '@/domain/register/event-types.ts'
import { bracketOf, classifyCharge } from '@/domain/penal-code/index.ts'
import { leastSerious } from '@/demo/activity-charges.ts'
import { appellateCourt, court, police, procuracy, type Issuer } from '@/demo/activity-issuers.ts'
import { between, draft, dueOf, type Draft, type FlowContext, type Seat } from '@/demo/activity-timeline.ts'

export type Detained = {
  subject: number
  from: IsoDate /** Custody without a break before the detention, if any. */
  custodyOn?: IsoDate
}

/** A suspect still detained, and the end day of the order in force. */
export type Held = { subject: number; until: IsoDate; grounds: string[] }

/** The one extension of detention for investigation each category allows (Điều 173), in months. */
const EXTENSION: Record<CrimeCategory, number> = {
  it_nghiem_trong: 1,
  nghiem_trong: 2,
  rat_nghiem_trong: 3,
  dac_biet_nghiem_trong: 4,
}

type Input = {
  detained: readonly Detained[]
  /** When the clock closes: the file received by the procuracy, or the case terminated; null if never. */
  closesOn: IsoDate | null
  terminatedOn: IsoDate | null
  /** Every charge each suspect has had: the least serious sets the shortest limit. */
  charges: readonly (readonly Charge[])[]
  economic: boolean
}

/**
 * The grounds the demo's orders state (Điều 119): point đ; for a charge whose bracket tops at 02
 * years or less (khoản 3) the person also continued the offence (point d).
 */
const groundsFor = (charges: readonly Charge[]): string[] =>
  charges.some((charge) => {
    const classified = classifyCharge(charge)
    return bracketOf(classified.clause.highest).maxImprisonmentYears <= 2
  })
    ? ['tiep_tuc_pham_toi', 'can_tro_to_tung']
    : ['can_tro_to_tung']

const BASE_MONTHS: Record<CrimeCategory, number> = {
  it_nghiem_trong: 2,
  nghiem_trong: 3,
  rat_nghiem_trong: 4,
  dac_biet_nghiem_trong: 4,
}

/** The detention acts, and the suspects still detained when the file reaches the procuracy. */
export const detentionDrafts = (
  ctx: FlowContext,
  input: Input,
): { drafts: Draft[]; stillHeld: number[]; held: Held[] } => {
  const { random, seat } = ctx
  const drafts: Draft[] = []
  const stillHeld: number[] = []
  const held: Held[] = []
  const grounds = new Map<number, string[]>()
  for (const { subject, from, custodyOn } of input.detained) {
    const category = leastSerious(input.charges[subject] ?? [])
    const deductedDays = custodyOn ? daysBetween(custodyOn, from) : 0
    const due = dueOf('BLTTHS_173_TAM_GIAM', from, { category, deductedDays })
    drafts.push(
      draft('detention_ordered', from, {
        ...police(seat, from, input.economic, 'LTG'),
        subject,
        data: {
          term: { amount: BASE_MONTHS[category], unit: 'months' },
          endsOn: due,
          grounds: groundsFor(input.charges[subject] ?? []),
        },
      }),
    )
    grounds.set(subject, groundsFor(input.charges[subject] ?? []))
    let until = due
    const end = input.closesOn
    let released = false
    if (end === null || end >= due) {
      const amount = EXTENSION[category]
      const extendedDue = dueOf('BLTTHS_173_TAM_GIAM', from, {
        category,
        extensions: [{ lengthMonths: amount }],
        deductedDays,
      })
      if (end !== null && end < extendedDue) {
        const on = between(random, addDays(due, -9), addDays(due, -2))
        drafts.push(
          draft('detention_extended', on, {
            ...procuracy(seat, on),
            subject,
            data: { amount, unit: 'months', endsOn: extendedDue },
          }),
        )
        until = extendedDue
      } else {
        const on = between(random, addDays(due, -10), addDays(due, -1))
        drafts.push(
          draft('detention_ended', on, {
            ...police(seat, on, input.economic),
            subject,
            data: { reason: 'Thay thế biện pháp tạm giam bằng biện pháp bảo lĩnh' },
          }),
        )
        released = true
      }
    }
    if (released) continue
    if (input.terminatedOn !== null && end === input.terminatedOn) {
      const on = input.terminatedOn
      drafts.push(
        draft('detention_ended', on, {
          ...police(seat, on, input.economic),
          subject,
          data: { reason: 'Đình chỉ điều tra vụ án, trả tự do cho bị can' },
        }),
      )
    } else {
      stillHeld.push(subject)
      held.push({ subject, until, grounds: grounds.get(subject) ?? [] })
    }
  }
  return { drafts, stillHeld, held }
}

/** The stage each act opens, with the clock of its detention order and the longest extension it allows (days). */
type Stage = {
  ruleCode: string | null
  extension: Record<CrimeCategory, number>
  issuer: (seat: Seat, on: IsoDate) => Issuer
  days?: number
}
const NONE: Record<CrimeCategory, number> = {
  it_nghiem_trong: 0,
  nghiem_trong: 0,
  rat_nghiem_trong: 0,
  dac_biet_nghiem_trong: 0,
}
const STAGES: Partial<Record<EventType, Stage>> = {
  // Điều 241 (≤ Điều 240 khoản 1, with its 10 / 10 / 15 / 30-day extension), by the procuracy.
  file_received: {
    ruleCode: 'BLTTHS_241_TAM_GIAM_TRUY_TO',
    extension: { it_nghiem_trong: 10, nghiem_trong: 10, rat_nghiem_trong: 15, dac_biet_nghiem_trong: 30 },
    issuer: (seat, on) => procuracy(seat, on),
  },
  // Điều 278 (≤ Điều 277 khoản 1, with the Chánh án's 15 / 15 / 30 / 30 days), by the court.
  court_accepted: {
    ruleCode: 'BLTTHS_278_TAM_GIAM_XET_XU',
    extension: { it_nghiem_trong: 15, nghiem_trong: 15, rat_nghiem_trong: 30, dac_biet_nghiem_trong: 30 },
    issuer: (seat, on) => court(seat, on, 'HSST-QĐTG'),
  },
  // Điều 329: 45 days from the pronouncement, by the trial panel.
  first_instance_trial: {
    ruleCode: 'BLTTHS_329_TAM_GIAM_SAU_XET_XU',
    extension: NONE,
    issuer: (seat, on) => court(seat, on, 'HSST-QĐTG'),
  },
  // Điều 174 (supplementary investigation) and 347 (appeal) are not encoded: orders of 60 days.
  returned_for_investigation: { ruleCode: null, extension: NONE, issuer: (seat, on) => procuracy(seat, on), days: 60 },
  appeal_protest: {
    ruleCode: null,
    extension: NONE,
    issuer: (seat, on) => appellateCourt(seat, on, 'HSPT-QĐTG'),
    days: 60,
  },
}
const ENDS: ReadonlySet<EventType> = new Set<EventType>(['judgment_effective', 'case_terminated'])

/**
 * Detention orders for the stages after the investigation, read off the acts of the case: at
 * each hand-over the order still running is followed by a new one issued on its last day (or on
 * the hand-over day, when it ran out before), extended when the stage outlasts it; a defendant
 * not released at the hearing gets the Điều 329 decision that day. No extra random draw.
 */
export const stageDetentionDrafts = (
  ctx: FlowContext,
  acts: readonly Draft[],
  held: readonly Held[],
  category: CrimeCategory,
): Draft[] => {
  const { seat } = ctx
  const sorted = [...acts].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
  const boundaries = sorted.filter((d) => STAGES[d.type] !== undefined || ENDS.has(d.type))
  const drafts: Draft[] = []
  for (const { subject, until: first, grounds } of held) {
    let until = first
    const released = sorted.find((d) => d.type === 'detention_ended' && d.subject === subject)?.on ?? null
    for (const [i, b] of boundaries.entries()) {
      const stage = STAGES[b.type]
      if (!stage || (released !== null && released <= b.on)) break
      const next = boundaries[i + 1]?.on ?? null
      const judgment = b.type === 'first_instance_trial'
      // Appeal protests: the order is made the day after, so that it belongs to the new stage.
      const earliest = b.type === 'appeal_protest' ? addDays(b.on, 1) : b.on
      if (!judgment && next !== null && until >= next) continue // the order in force covers the whole stage
      const on = judgment ? b.on : until > earliest ? until : earliest
      const days = stage.days ?? 0
      let end = stage.ruleCode ? dueOf(stage.ruleCode, on, { category }) : addDays(on, days - 1)
      const term = { amount: daysBetween(on, end) + 1, unit: 'days' }
      drafts.push(
        draft('detention_ordered', on, {
          ...stage.issuer(seat, on),
          subject,
          data: { term, endsOn: end, ...(judgment ? {} : { grounds }) },
        }),
      )
      const max = stage.extension[category]
      if (stage.ruleCode && next !== null && end < next && max > 0) {
        const amount = Math.min(max, daysBetween(end, next))
        const extendedOn = addDays(end, -3) > on ? addDays(end, -3) : on
        end = dueOf(stage.ruleCode, on, { category, extensions: [{ lengthDays: amount }] })
        drafts.push(
          draft('detention_extended', extendedOn, {
            ...stage.issuer(seat, extendedOn),
            subject,
            data: { amount, unit: 'days', endsOn: end },
          }),
        )
      }
      until = end
      // No act records a party's appeal (kháng cáo): the appellate court's order (Điều 347) is noted as the end of this one.
      if (judgment && next !== null && end < next && boundaries[i + 1]?.type !== 'appeal_protest') {
        drafts.push(
          draft('detention_ended', end, {
            subject,
            data: {
              reason:
                'Hết thời hạn tạm giam theo Điều 329 BLTTHS; tạm giam tiếp theo lệnh của Tòa án cấp phúc thẩm (Điều 347)',
            },
          }),
        )
        break
      }
    }
  }
  return drafts
}
