import { queryOptions } from '@tanstack/react-query'
import { fetchMe } from '../api/authApi.ts'

export const ME_QUERY_KEY = ['me'] as const

export const meQueryOptions = queryOptions({
  queryKey: ME_QUERY_KEY,
  queryFn: fetchMe,
  staleTime: 5 * 60_000,
  retry: false,
})
