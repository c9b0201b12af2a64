import { DeadlinePage } from '@/shared/api/register.ts'
import { request } from '@/web/shared/api/httpClient.ts'

export type DeadlineScope = 'mine' | 'unit'
export type DeadlineUrgencyFilter = 'overdue' | 'due_today' | 'due_3' | 'due_7' | 'week' | 'open' | 'all'

export type DeadlineListParams = {
  scope: DeadlineScope
  unitId?: number | undefined
  urgency: DeadlineUrgencyFilter
  /** detention: only the clocks of persons in custody or detention. */
  group?: 'detention' | undefined
  page?: number | undefined
  pageSize?: number | undefined
}

export const fetchDeadlines = (params: DeadlineListParams) =>
  request('/api/deadlines', {
    query: {
      scope: params.scope,
      // "Mine" reaches every unit the prosecutor works in; only the unit view is tied to the chosen unit.
      unitId: params.scope === 'unit' ? params.unitId : undefined,
      urgency: params.urgency,
      group: params.group,
      page: params.page,
      pageSize: params.pageSize,
    },
    schema: DeadlinePage,
  })
