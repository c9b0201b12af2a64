import { useMemo } from 'react'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { fetchUnits } from '../api/unitsApi.ts'
import { shortUnitName } from '../utils/unitLabels.ts'
import type { UnitListParams } from '../api/unitsApi.ts'

export const useUnits = (params: UnitListParams) =>
  useQuery({
    queryKey: ['units', params],
    queryFn: () => fetchUnits(params),
    placeholderData: keepPreviousData,
    select: (data) => data.items,
  })

/**
 * Short names of the unit and the units below ('Phòng 1', 'VKSND khu vực 6 – Cần Thơ'), for chart
 * axes, narrow table headers and the unit under a matter number; the APIs name units in full.
 * A unit not given one is named with VKSND for "Viện kiểm sát nhân dân" (shortUnitName).
 */
export const useShortUnitNames = (unitId: number): ReadonlyMap<number, string> | undefined => {
  const { data } = useUnits({ under: unitId, includeHistorical: true })
  return useMemo(
    () => (data ? new Map(data.map((unit) => [unit.id, shortUnitName(unit)] as const)) : undefined),
    [data],
  )
}
