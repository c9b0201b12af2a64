// Detention for investigation, per suspect (BLTTHS Điều 119, 173): ordered, extended once
// by the procuracy when the investigation needs it, or replaced by bail before it runs
// out; released when the case is terminated. The clock closes when the procuracy receives
// the file (activity-cases.ts), after which detention for prosecution continues.
import { addDays, type IsoDate } from '@/domain/calendar/index.ts'
import type { CrimeCategory } from '@/domain/deadlines/index.ts'
import type { Charge } from '@/domain/register/event-types.ts'
import { leastSerious } from '@/demo/activity-charges.ts'
import { police, procuracy } from '@/demo/activity-issuers.ts'
import { between, draft, dueOf, type Draft, type FlowContext } from '@/demo/activity-timeline.ts'

export type Detained = { subject: number; from: IsoDate }

/** The one extension of detention for investigation each category allows (Điều 173), in months. */
const EXTENSION: Record<CrimeCategory, number> = { it_nghiem_trong: 1, nghiem_trong: 2, rat_nghiem_trong: 3, dac_biet_nghiem_trong: 4 }

type Input = {
  detained: readonly Detained[]
  /** When the clock closes: the file received by the procuracy, or the case terminated; null if never. */
  closesOn: IsoDate | null
  terminatedOn: IsoDate | null
  /** Every charge each suspect has had: the least serious sets the shortest limit. */
  charges: readonly (readonly Charge[])[]
  economic: boolean
}

/** The detention acts, and the suspects still detained when the file reaches the procuracy. */
export const detentionDrafts = (ctx: FlowContext, input: Input): { drafts: Draft[]; stillHeld: number[] } => {
  const { random, seat } = ctx
  const drafts: Draft[] = []
  const stillHeld: number[] = []
  for (const { subject, from } of input.detained) {
    drafts.push(draft('detention_ordered', from, { ...police(seat, from, input.economic, 'LTG'), subject }))
    const category = leastSerious(input.charges[subject] ?? [])
    const due = dueOf('BLTTHS_173_TAM_GIAM', from, { category })
    const end = input.closesOn
    let released = false
    if (end === null || end >= due) {
      const amount = EXTENSION[category]
      const extendedDue = dueOf('BLTTHS_173_TAM_GIAM', from, { category, extensions: [{ lengthMonths: amount }] })
      if (end !== null && end < extendedDue) {
        const on = between(random, addDays(due, -9), addDays(due, -2))
        drafts.push(draft('detention_extended', on, { ...procuracy(seat, on), subject, data: { amount, unit: 'months' } }))
      } else {
        const on = between(random, addDays(due, -10), addDays(due, -1))
        drafts.push(draft('detention_ended', on, { ...police(seat, on, input.economic), subject, data: { reason: 'Thay thế biện pháp tạm giam bằng biện pháp bảo lĩnh' } }))
        released = true
      }
    }
    if (released) continue
    if (input.terminatedOn !== null && end === input.terminatedOn) {
      const on = input.terminatedOn
      drafts.push(draft('detention_ended', on, { ...police(seat, on, input.economic), subject, data: { reason: 'Đình chỉ điều tra vụ án, trả tự do cho bị can' } }))
    } else stillHeld.push(subject)
  }
  return { drafts, stillHeld }
}
