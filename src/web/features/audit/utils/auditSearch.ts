import { z } from 'zod'
import { AUDIT_ACTIONS } from '@/shared/vocabulary.ts'
import { optionalIsoDate, optionalPositiveInt, optionalText } from '@/web/shared/utils/searchParams.ts'

/** The audit viewer's filters, kept in the URL. */
export const AuditSearch = z.object({
  actorId: optionalPositiveInt,
  unitId: optionalPositiveInt,
  entity: optionalText,
  entityId: optionalText,
  /** A matter's history: its own rows and those of its acts and people. */
  matterId: optionalPositiveInt,
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  from: optionalIsoDate,
  to: optionalIsoDate,
  page: optionalPositiveInt,
})
export type AuditSearch = z.infer<typeof AuditSearch>

export const validateAuditSearch = (search: Record<string, unknown>): AuditSearch => AuditSearch.parse(search)
