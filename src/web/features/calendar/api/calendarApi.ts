import { CalendarYear, OfficialCalendarChange, OfficialCalendarDeletion, OfficialCalendarList } from '@/shared/api/calendar.ts'
import type { CreateOfficialCalendarEntry } from '@/shared/api/calendar.ts'
import { ActiveCalendarRecomputes, CalendarRecomputeStatus } from '@/shared/api/calendar-recompute.ts'
import { request } from '@/web/shared/api/httpClient.ts'

/** Any signed-in user: the year's days off with their reasons and the make-up working days. */
export const fetchCalendarYear = (year: number) => request(`/api/calendar/${year}`, { schema: CalendarYear })

/** Administrators only: the official entries (Tết break, substitute days off, make-up working days). */
export const fetchOfficialEntries = (year: number) => request('/api/calendar/official', { query: { year }, schema: OfficialCalendarList })

export const createOfficialEntry = (body: CreateOfficialCalendarEntry) =>
  request('/api/calendar/official', { method: 'POST', body, schema: OfficialCalendarChange })

export const updateOfficialEntry = (id: number, expectedUpdatedAt: string | undefined, data: CreateOfficialCalendarEntry) =>
  request(`/api/calendar/official/${id}`, { method: 'PATCH', body: { expectedUpdatedAt, data }, schema: OfficialCalendarChange })

export const deleteOfficialEntry = (id: number) => request(`/api/calendar/official/${id}`, { method: 'DELETE', schema: OfficialCalendarDeletion })

/** Administrators: how far the recompute after a change got, and what moved. */
export const fetchCalendarRecompute = (jobId: string) => request(`/api/calendar/recomputes/${jobId}`, { schema: CalendarRecomputeStatus })

/** Anyone signed in: the recomputes under way (deadline pages say their figures are being recomputed). */
export const fetchActiveRecomputes = () => request('/api/calendar/recomputes/active', { schema: ActiveCalendarRecomputes })
