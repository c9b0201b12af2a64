import { useMemo } from 'react'
import { useCatalogue, useIndicatorValues } from '@/web/features/indicators/hooks/useIndicators.ts'
import { kpiRows, type KpiRow } from '../utils/kpi.ts'

/**
 * The unit's indicators against their targets for the period, from the same endpoints as the
 * dashboard (GET /api/indicators/catalogue and /values), so a card reads exactly as its row there.
 */
export const useHomeIndicators = (unitId: number, period: string) => {
  const catalogue = useCatalogue()
  const values = useIndicatorValues({ unitId, period })
  const rows = useMemo(
    (): KpiRow[] => (catalogue.data && values.data ? kpiRows(catalogue.data.items, values.data.indicators) : []),
    [catalogue.data, values.data],
  )
  return {
    rows,
    data: values.data,
    error: values.error ?? catalogue.error,
    isPending: values.isPending || catalogue.isPending,
    refetch: () => void (values.error ? values.refetch() : catalogue.refetch()),
  }
}
