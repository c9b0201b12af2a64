import { useEffect } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { fetchActiveRecomputes, fetchCalendarRecompute } from '../api/calendarApi.ts'

const FINISHED = new Set(['done', 'failed'])
// What a finished recompute changed: every view of deadlines.
const DEADLINE_VIEWS = ['deadlines', 'matters', 'matter', 'digest']

/** The status of one recompute, polled every second until it is done or failed; then deadline views reload. */
export const useCalendarRecompute = (jobId: string | null) => {
  const queryClient = useQueryClient()
  const query = useQuery({
    queryKey: ['calendar-recompute', jobId],
    queryFn: () => fetchCalendarRecompute(jobId!),
    enabled: jobId !== null,
    refetchInterval: (q) => (q.state.data && FINISHED.has(q.state.data.status) ? false : 1000),
  })
  const finished = query.data ? FINISHED.has(query.data.status) : false
  useEffect(() => {
    if (finished) for (const key of DEADLINE_VIEWS) void queryClient.invalidateQueries({ queryKey: [key] })
  }, [finished, queryClient])
  return query
}

/** The recomputes under way, for the notice on deadline pages: polled often while one runs, rarely otherwise. */
export const useActiveRecomputes = () => {
  const queryClient = useQueryClient()
  const query = useQuery({
    queryKey: ['calendar-recomputes', 'active'],
    queryFn: fetchActiveRecomputes,
    refetchInterval: (q) => ((q.state.data?.items.length ?? 0) > 0 ? 2000 : 60_000),
  })
  const running = (query.data?.items.length ?? 0) > 0
  useEffect(() => {
    // Once the last one ends, the deadlines shown were recomputed: load them again.
    if (!running && query.data)
      for (const key of DEADLINE_VIEWS) void queryClient.invalidateQueries({ queryKey: [key] })
  }, [running]) // eslint-disable-line react-hooks/exhaustive-deps
  return query
}
