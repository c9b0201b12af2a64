import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Person, UpdatePerson } from '@/shared/api/people.ts'
import { updatePerson } from '../api/peopleApi.ts'
import { personQueryOptions } from './personQuery.ts'

/** Saves changes with the updatedAt the user saw; a newer save by someone else answers 409 CONFLICT_STALE. */
export const useUpdatePerson = (id: number) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: UpdatePerson): Promise<Person> => updatePerson(id, body),
    onSuccess: async (person) => {
      queryClient.setQueryData(personQueryOptions(id).queryKey, person)
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['people'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ])
    },
  })
}
