import { useMutation, useQueryClient } from '@tanstack/react-query'
import { deactivatePerson } from '../api/peopleApi.ts'
import { personQueryOptions } from './personQuery.ts'

export const useDeactivatePerson = (id: number) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => deactivatePerson(id),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: personQueryOptions(id).queryKey }),
        queryClient.invalidateQueries({ queryKey: ['people'] }),
      ])
    },
  })
}
