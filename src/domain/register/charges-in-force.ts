// The charge in force for each suspect and for the case, read from the acts: the latest
// non-voided khởi tố bị can / thay đổi quyết định khởi tố bị can / cáo trạng charge wins
// (DOMAIN.md §5: the category follows the charge, and every deadline follows the category).
import {
  classifyCharge,
  normaliseArticleId,
  PenalCodeError,
  type ChargeClassification,
} from '@/domain/penal-code/index.ts'
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

/**
 * The catalogue's reading of a charge, or null when the charge is outside it (validation
 * refuses new ones). `offenceOn` picks the text that applies (BLHS Điều 7, penal-code
 * applicable.ts); the register passes the matter's receivedOn (see validate-event.ts).
 */
export const classifyOrNull = (charge: Charge | null | undefined, offenceOn?: string): ChargeClassification | null => {
  if (!charge) return null
  try {
    return classifyCharge(charge, { offenceOn })
  } catch (error) {
    if (error instanceof PenalCodeError) return null
    throw error
  }
}

const withArticleId = (charge: unknown): unknown => {
  if (charge === null || typeof charge !== 'object' || !('article' in charge)) return charge
  const id = normaliseArticleId((charge as { article: unknown }).article)
  return id === null ? charge : { ...charge, article: id }
}

/**
 * An act's details with every charge article as its string id (173 → "173"), as they are
 * stored: clients and old imports may still send numbers.
 */
export const withArticleIds = (data: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = { ...data }
  if ('charge' in out) out.charge = withArticleId(out.charge)
  for (const list of ['charges', 'verdicts'] as const) {
    const entries = out[list]
    if (Array.isArray(entries)) {
      out[list] = entries.map((entry: unknown) =>
        entry !== null && typeof entry === 'object' && 'charge' in entry
          ? { ...entry, charge: withArticleId((entry as { charge: unknown }).charge) }
          : entry,
      )
    }
  }
  return out
}
