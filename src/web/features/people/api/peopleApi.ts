import { Ok } from '@/shared/api/common.ts'
import { PeoplePage, Person } from '@/shared/api/people.ts'
import type { CreatePerson, UpdatePerson } from '@/shared/api/people.ts'
import type { StaffTitle } from '@/shared/vocabulary.ts'
import { request } from '@/web/shared/api/httpClient.ts'

export type PeopleListParams = {
  unitId?: number | undefined
  subtree?: boolean | undefined
  q?: string | undefined
  title?: StaffTitle | undefined
  active?: 'true' | 'false' | 'all' | undefined
  page?: number | undefined
  pageSize?: number | undefined
}

export const fetchPeople = (params: PeopleListParams) =>
  request('/api/people', {
    query: {
      unitId: params.unitId,
      subtree: params.subtree === undefined ? undefined : String(params.subtree),
      q: params.q,
      title: params.title,
      active: params.active,
      page: params.page,
      pageSize: params.pageSize,
    },
    schema: PeoplePage,
  })

export const fetchPerson = (id: number) => request(`/api/people/${id}`, { schema: Person })

export const createPerson = (body: CreatePerson) => request('/api/people', { method: 'POST', body, schema: Person })

export const updatePerson = (id: number, body: UpdatePerson) =>
  request(`/api/people/${id}`, { method: 'PATCH', body, schema: Person })

/** Deactivates: people are never deleted, their history stays. */
export const deactivatePerson = (id: number) => request(`/api/people/${id}`, { method: 'DELETE', schema: Ok })
