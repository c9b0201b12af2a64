import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { TargetInput } from '@/shared/api/indicators.ts'
import { closePeriod, saveTarget, withdrawTarget } from '../api/indicatorsApi.ts'

/** The statistics office closes a period for a unit: the figures as of now become the reported ones. */
export const useClosePeriod = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: closePeriod,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['indicators'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  })
}

/** An administrator sets a new target from a date; every status shown may change. */
export const useSaveTarget = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ code, data }: { code: string; data: TargetInput }) => saveTarget(code, data),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['indicators'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  })
}

/** An administrator withdraws a target entered by mistake; the one before it applies again. */
export const useWithdrawTarget = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) => withdrawTarget(id, reason),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['indicators'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  })
}
