import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CreateUnit, Unit } from '@/shared/api/units.ts'
import { createUnit, updateUnit } from '../api/unitsApi.ts'

type SaveUnitInput = { id: number | null; data: CreateUnit }

/** Creates a unit (id null) or saves changes to one; refreshes unit lists and the session's scope. */
export const useSaveUnit = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, data }: SaveUnitInput): Promise<Unit> => (id === null ? createUnit(data) : updateUnit(id, data)),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['units'] }),
        queryClient.invalidateQueries({ queryKey: ['me'] }),
      ])
    },
  })
}
