import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { fetchAudit } from '../api/auditApi.ts'
import type { AuditListParams } from '../api/auditApi.ts'

export const useAudit = (params: AuditListParams) =>
  useQuery({
    queryKey: ['audit', params],
    queryFn: () => fetchAudit(params),
    placeholderData: keepPreviousData,
    staleTime: 0,
  })
