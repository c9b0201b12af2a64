import type { z } from 'zod'
import { MatterDetail, MatterPage, PenalCodePage } from '@/shared/api/register.ts'
import type { CreateMatter, EventInput, SubjectInput } from '@/shared/api/register.ts'
import type { MatterKind } from '@/domain/register/matter-kinds.ts'
import { request } from '@/web/shared/api/httpClient.ts'

export type MatterSort = 'receivedOn' | '-receivedOn' | 'number' | '-number' | 'nextDueDate' | '-updatedAt'

export type MatterListParams = {
  unitId: number
  subtree?: boolean | undefined
  kind?: MatterKind | undefined
  q?: string | undefined
  stage?: string | undefined
  prosecutorId?: number | undefined
  article?: string | undefined
  from?: string | undefined
  to?: string | undefined
  closed?: 'true' | 'false' | 'all' | undefined
  sort?: MatterSort | undefined
  page?: number | undefined
  pageSize?: number | undefined
}

export const fetchMatters = (params: MatterListParams) =>
  request('/api/matters', {
    query: { ...params, subtree: params.subtree === undefined ? undefined : String(params.subtree) },
    schema: MatterPage,
  })

export const fetchMatter = (id: number) => request(`/api/matters/${id}`, { schema: MatterDetail })

export const createMatter = (body: CreateMatter) =>
  request('/api/matters', { method: 'POST', body, schema: MatterDetail })

export const addSubject = (matterId: number, body: SubjectInput) =>
  request(`/api/matters/${matterId}/subjects`, { method: 'POST', body, schema: MatterDetail })

export const recordEvent = (matterId: number, body: EventInput) =>
  request(`/api/matters/${matterId}/events`, { method: 'POST', body, schema: MatterDetail })

export const voidEvent = (matterId: number, eventId: number, reason: string) =>
  request(`/api/matters/${matterId}/events/${eventId}/void`, { method: 'POST', body: { reason }, schema: MatterDetail })

export type PenalArticle = z.infer<typeof PenalCodePage>['items'][number]

/** `on`: the offence date, so each item also says which text applies to it (BLHS Điều 7). */
export const fetchPenalCode = (q: string, on?: string) =>
  request('/api/penal-code', { query: on ? { q, on } : { q }, schema: PenalCodePage })
