import { queryOptions } from '@tanstack/react-query'
import { fetchPerson } from '../api/peopleApi.ts'

export const personQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['person', id], queryFn: () => fetchPerson(id) })
