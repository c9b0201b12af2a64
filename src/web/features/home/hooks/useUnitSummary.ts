import { usePeople } from '@/web/features/people/hooks/usePeople.ts'
import { useUnits } from '@/web/features/units/hooks/useUnits.ts'
import { subtreeIds } from '@/web/features/units/utils/unitTree.ts'

/** Head-counts for the home page: people and current sub-units below a unit. */
export const useUnitSummary = (unitId: number) => {
  const people = usePeople({ unitId, subtree: true, active: 'true', page: 1, pageSize: 1 })
  const units = useUnits({ under: unitId, includeHistorical: false })
  const subUnits = units.data ? subtreeIds(units.data, unitId).size - 1 : undefined
  return {
    peopleCount: people.data?.total,
    subUnitCount: subUnits,
    loading: people.isPending || units.isPending,
    error: people.error ?? units.error,
  }
}
