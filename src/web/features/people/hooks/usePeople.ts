import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { fetchPeople } from '../api/peopleApi.ts'
import type { PeopleListParams } from '../api/peopleApi.ts'

export const usePeople = (params: PeopleListParams, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: ['people', params],
    queryFn: () => fetchPeople(params),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  })
