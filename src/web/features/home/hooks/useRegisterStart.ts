import { useQuery } from '@tanstack/react-query'
import { fetchMatters } from '@/web/features/register/api/registerApi.ts'

/**
 * The day the unit's register begins: its earliest matter's receipt. Last year's figures before
 * it are partial (a register started mid-year). null while unknown, or with no matter at all.
 */
export const useRegisterStart = (unitId: number, enabled: boolean): string | null => {
  const { data } = useQuery({
    queryKey: ['matters', 'register-start', unitId],
    queryFn: () => fetchMatters({ unitId, closed: 'all', sort: 'receivedOn', page: 1, pageSize: 1 }),
    enabled,
    staleTime: 10 * 60_000,
  })
  return data?.items[0]?.receivedOn ?? null
}
