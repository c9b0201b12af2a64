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
