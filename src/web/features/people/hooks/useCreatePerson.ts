import { useMutation, useQueryClient } from '@tanstack/react-query'
import { createPerson } from '../api/peopleApi.ts'
import { personQueryOptions } from './personQuery.ts'

export const useCreatePerson = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createPerson,
    onSuccess: async (person) => {
      queryClient.setQueryData(personQueryOptions(person.id).queryKey, person)
      await queryClient.invalidateQueries({ queryKey: ['people'] })
    },
  })
}
