import { Unit, UnitList } from '@/shared/api/units.ts'
import type { CreateUnit } from '@/shared/api/units.ts'
import { request } from '@/web/shared/api/httpClient.ts'

export type UnitListParams = { under?: number | undefined; includeHistorical: boolean }

export const fetchUnits = (params: UnitListParams) =>
  request('/api/units', {
    query: { under: params.under, includeHistorical: params.includeHistorical },
    schema: UnitList,
  })

export const createUnit = (body: CreateUnit) => request('/api/units', { method: 'POST', body, schema: Unit })

export const updateUnit = (id: number, data: Partial<CreateUnit>) =>
  request(`/api/units/${id}`, { method: 'PATCH', body: { data }, schema: Unit })
