import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { fetchDeadlines } from '../api/deadlinesApi.ts'
import type { DeadlineListParams } from '../api/deadlinesApi.ts'

export const useDeadlines = (params: DeadlineListParams, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: ['deadlines', params],
    queryFn: () => fetchDeadlines(params),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  })
