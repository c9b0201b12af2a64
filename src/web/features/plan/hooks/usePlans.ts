import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { fetchCascade, fetchLowerPlans, fetchMyTasks, fetchPlan, fetchPlans } from '../api/planApi.ts'

export const usePlans = (params: { unitId?: number | undefined; year?: number | undefined }) =>
  useQuery({
    queryKey: ['plans', 'list', params],
    queryFn: () => fetchPlans(params),
    placeholderData: keepPreviousData,
  })

export const usePlan = (id: number) => useQuery({ queryKey: ['plans', 'detail', id], queryFn: () => fetchPlan(id) })

export const useCascade = (id: number, enabled: boolean) =>
  useQuery({ queryKey: ['plans', 'cascade', id], queryFn: () => fetchCascade(id), enabled })

export const useLowerPlans = (id: number) =>
  useQuery({ queryKey: ['plans', 'lower', id], queryFn: () => fetchLowerPlans(id) })

export const useMyTasks = () => useQuery({ queryKey: ['plans', 'my-tasks'], queryFn: fetchMyTasks })

/** Any write on a plan: every plan view (and the audit log) may change. */
export const usePlanMutation = <A, R>(fn: (args: A) => Promise<R>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['plans'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  })
}
