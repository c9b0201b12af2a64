import { formatDate } from '@/shared/format.ts'
import type { Unit } from '@/shared/api/units.ts'

export const HISTORICAL_SUFFIX = '(trước 01/7/2025)'

/** A unit's name for pickers: historical units are marked so no one files new work under them. */
export const unitOptionLabel = (unit: { name: string; historical: boolean }): string =>
  unit.historical ? `${unit.name} ${HISTORICAL_SUFFIX}` : unit.name

/** "01/07/2025 – nay" or "01/01/2015 – 30/06/2025". */
export const formatValidity = (unit: Pick<Unit, 'validFrom' | 'validTo'>): string =>
  `${formatDate(unit.validFrom)} – ${unit.validTo ? formatDate(unit.validTo) : 'nay'}`

const todayIso = (): string => {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export const isHistoricalUnit = (unit: Pick<Unit, 'validTo'>): boolean =>
  unit.validTo !== null && unit.validTo < todayIso()

/**
 * A unit's short name for narrow places (a phone card, a chart axis): the one the unit was given
 * ("VKSND khu vực 6 – Cần Thơ", "Phòng 1"), else its name with "Viện kiểm sát nhân dân" written
 * VKSND, the abbreviation the procuracy's own documents use (Luật Tổ chức VKSND 2014 names the
 * bodies; "VKSND" is how their papers shorten them). The full name stays for a tooltip.
 */
export const shortUnitName = (unit: { name: string; shortName: string | null }): string =>
  unit.shortName?.trim() || unit.name.replace(/^Viện kiểm sát nhân dân\s+/u, 'VKSND ')
