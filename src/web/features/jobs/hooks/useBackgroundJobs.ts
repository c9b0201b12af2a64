import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { fetchBackgroundJobs } from '../api/jobsApi.ts'

/** How often the page asks again: a job of the queue runs for seconds, a periodic one every few minutes. */
export const JOBS_REFRESH_MS = 5_000

export const useBackgroundJobs = (limit: number) =>
  useQuery({
    queryKey: ['background-jobs', limit],
    queryFn: () => fetchBackgroundJobs(limit),
    placeholderData: keepPreviousData,
    refetchInterval: JOBS_REFRESH_MS,
    staleTime: 0,
  })
