import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { fetchUnits } from '../api/unitsApi.ts'
import type { UnitListParams } from '../api/unitsApi.ts'

export const useUnits = (params: UnitListParams) =>
  useQuery({
    queryKey: ['units', params],
    queryFn: () => fetchUnits(params),
    placeholderData: keepPreviousData,
    select: (data) => data.items,
  })
