// Which unit handles a demo matter and which procurator is assigned. Most work sits with
// the regional procuracies (before 01/7/2025 with the districts they absorbed); serious
// crimes, corruption and some civil and administrative cases with the provincial
// departments (DOMAIN.md §1.3).
import type { IsoDate } from '@/domain/calendar/index.ts'
import type { Charge } from '@/domain/register/event-types.ts'
import { isCorruption, leastSerious } from '@/demo/activity-charges.ts'
import type { Seat } from '@/demo/activity-timeline.ts'
import type { DemoOrganisation } from '@/demo/types.ts'
import type { Random } from '@/demo/random.ts'
import { CT_REGIONALS, CURRENT_PROVINCE_CODE, OLD_PROVINCE_CODE, REFORM_FIRST_DAY } from '@/demo/units.ts'

// Phụng Hiệp and Ngã Bảy (KV8) are the busiest, as the most populous former districts.
const REGIONAL_WEIGHTS: Readonly<Record<string, number>> = {
  'CT.KV6': 1,
  'CT.KV7': 0.9,
  'CT.KV8': 1.25,
  'CT.KV9': 1.05,
}

export type Area = 'criminal' | 'civil' | 'business'

/** The department a provincial case goes to, and how often: by crime seriousness and kind. */
const provincialShare = (area: Area, charge: Charge | null): { department: string; share: number } => {
  if (area === 'civil') return { department: 'P9', share: 0.08 }
  if (area === 'business') return { department: 'P10', share: 0.3 }
  if (charge && isCorruption(charge)) return { department: 'P2', share: 0.75 }
  const serious = charge !== null && ['rat_nghiem_trong', 'dac_biet_nghiem_trong'].includes(leastSerious([charge]))
  return serious ? { department: 'P1', share: 0.5 } : { department: 'P1', share: 0.03 }
}

/** The seat of a matter received on `on`: a current unit, and the one it succeeded if `on` is before the reform. */
export const seatFor = (random: Random, area: Area, charge: Charge | null, on: IsoDate): Seat => {
  const { department, share } = provincialShare(area, charge)
  const before = on < REFORM_FIRST_DAY
  if (random.chance(share)) {
    return {
      current: `${CURRENT_PROVINCE_CODE}.${department}`,
      former: before ? `${OLD_PROVINCE_CODE}.${department}` : null,
    }
  }
  const regional = random.weighted(CT_REGIONALS.map((r) => [r, REGIONAL_WEIGHTS[r.code] ?? 1] as const))
  return { current: regional.code, former: before ? random.pick(regional.absorbs) : null }
}

/** Procurators (titles ksv_*) by unit, as indexes into the organisation's people. */
export const procuratorsByUnit = (organisation: DemoOrganisation): Map<string, number[]> => {
  const byUnit = new Map<string, number[]>()
  organisation.people.forEach((person, i) => {
    if (!person.title.startsWith('ksv_')) return
    byUnit.set(person.unitCode, [...(byUnit.get(person.unitCode) ?? []), i])
  })
  return byUnit
}

/**
 * A procurator of the matter's current unit: the people of a ceased district moved to its
 * successor, so the same procurator carries the matter's history. A few stay unassigned.
 */
export const assignProcurator = (
  random: Random,
  staff: Map<string, number[]>,
  seat: Seat,
  unassigned: number,
): number | null => {
  const pool = staff.get(seat.current) ?? []
  if (pool.length === 0 || random.chance(unassigned)) return null
  return random.pick(pool)
}
