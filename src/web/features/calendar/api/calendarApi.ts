import {
  CalendarYear,
  CalendarYearConfirmationChange,
  OfficialCalendarChange,
  OfficialCalendarDeletion,
  OfficialCalendarList,
} from '@/shared/api/calendar.ts'
import type { ConfirmCalendarYear, CreateOfficialCalendarEntry } from '@/shared/api/calendar.ts'
import { ActiveCalendarRecomputes, CalendarRecomputeStatus } from '@/shared/api/calendar-recompute.ts'
import { request } from '@/web/shared/api/httpClient.ts'

/** Any signed-in user: the year's days off with their reasons and the make-up working days. */
export const fetchCalendarYear = (year: number) => request(`/api/calendar/${year}`, { schema: CalendarYear })

/** Administrators only: the official entries (Tết break, substitute days off, make-up working days). */
export const fetchOfficialEntries = (year: number) =>
  request('/api/calendar/official', { query: { year }, schema: OfficialCalendarList })

export const createOfficialEntry = (body: CreateOfficialCalendarEntry) =>
  request('/api/calendar/official', { method: 'POST', body, schema: OfficialCalendarChange })

export const updateOfficialEntry = (
  id: number,
  expectedUpdatedAt: string | undefined,
  data: CreateOfficialCalendarEntry,
) =>
  request(`/api/calendar/official/${id}`, {
    method: 'PATCH',
    body: { expectedUpdatedAt, data },
    schema: OfficialCalendarChange,
  })

export const deleteOfficialEntry = (id: number) =>
  request(`/api/calendar/official/${id}`, { method: 'DELETE', schema: OfficialCalendarDeletion })

/** Administrators only: confirm the year's announcement (its official entries replace the computed nghỉ bù). */
export const confirmCalendarYear = (year: number, body: ConfirmCalendarYear) =>
  request(`/api/calendar/${year}/confirmation`, { method: 'POST', body, schema: CalendarYearConfirmationChange })

/** Administrators only: back to the computed nghỉ bù for the year. */
export const withdrawCalendarYearConfirmation = (year: number) =>
  request(`/api/calendar/${year}/confirmation`, { method: 'DELETE', schema: CalendarYearConfirmationChange })

/** Administrators: how far the recompute after a change got, and what moved. */
export const fetchCalendarRecompute = (jobId: string) =>
  request(`/api/calendar/recomputes/${jobId}`, { schema: CalendarRecomputeStatus })

/** Anyone signed in: the recomputes under way (deadline pages say their figures are being recomputed). */
export const fetchActiveRecomputes = () =>
  request('/api/calendar/recomputes/active', { schema: ActiveCalendarRecomputes })
