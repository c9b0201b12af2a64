import { useDeadlines } from '@/web/features/deadlines/hooks/useDeadlines.ts'

/** The unit's open deadlines counted by band (overdue, 'week' = 0–7 days left), nothing listed. */
export const useUnitDeadlineCounts = (unitId: number) =>
  useDeadlines({ scope: 'unit', unitId, urgency: 'open', page: 1, pageSize: 1 })

/** Persons in custody or detention in the unit, soonest limit first (orders that ran out lead). */
export const useDetentionDeadlines = (unitId: number) =>
  useDeadlines({ scope: 'unit', unitId, urgency: 'open', group: 'detention', page: 1, pageSize: 50 })
