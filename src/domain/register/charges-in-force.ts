// The charge in force for each suspect and for the case, read from the acts: the latest
// non-voided khởi tố bị can / thay đổi quyết định khởi tố bị can / cáo trạng charge wins
// (DOMAIN.md §5: the category follows the charge, and every deadline follows the category).
import { classifyCharge, PenalCodeError, type ChargeClassification } from '@/domain/penal-code/index.ts'
import { Charge } from './event-types.ts'
import type { RegisterEvent } from './types.ts'

const chargeIn = (value: unknown): Charge | null => {
  const parsed = Charge.safeParse(value)
  return parsed.success ? parsed.data : null
}

export type ChargesInForce = {
  bySubject: Map<number, Charge>
  /** The charge of the decision to open the case (khởi tố vụ án), the latest if recorded twice. */
  caseCharge: Charge | null
}

/** `events` are active and in order (order.ts). */
export const chargesInForce = (events: readonly RegisterEvent[]): ChargesInForce => {
  const bySubject = new Map<number, Charge>()
  let caseCharge: Charge | null = null
  for (const event of events) {
    if (event.type === 'case_instituted') caseCharge = chargeIn(event.data.charge) ?? caseCharge
    if ((event.type === 'suspect_instituted' || event.type === 'charge_changed') && event.subjectId !== null) {
      const charge = chargeIn(event.data.charge)
      if (charge) bySubject.set(event.subjectId, charge)
    }
    if (event.type === 'indicted' && Array.isArray(event.data.charges)) {
      for (const entry of event.data.charges as unknown[]) {
        const subjectId = (entry as { subjectId?: unknown } | null)?.subjectId
        const charge = chargeIn((entry as { charge?: unknown } | null)?.charge)
        if (typeof subjectId === 'number' && charge) bySubject.set(subjectId, charge)
      }
    }
  }
  return { bySubject, caseCharge }
}

/** The catalogue's reading of a charge, or null when the charge is outside it (validation refuses new ones). */
export const classifyOrNull = (charge: Charge | null | undefined): ChargeClassification | null => {
  if (!charge) return null
  try {
    return classifyCharge(charge)
  } catch (error) {
    if (error instanceof PenalCodeError) return null
    throw error
  }
}
