import { AuditPage } from '@/shared/api/audit.ts'
import type { AuditAction } from '@/shared/vocabulary.ts'
import { request } from '@/web/shared/api/httpClient.ts'

export type AuditListParams = {
  actorId?: number | undefined
  unitId?: number | undefined
  entity?: string | undefined
  entityId?: string | undefined
  action?: AuditAction | undefined
  from?: string | undefined
  to?: string | undefined
  page: number
  pageSize: number
}

export const fetchAudit = (params: AuditListParams) => request('/api/audit', { query: params, schema: AuditPage })
