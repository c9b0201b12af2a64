import { z } from 'zod'
import { AUDIT_ACTIONS } from '../vocabulary.ts'
import { Id, IsoDate, Paging } from './common.ts'

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
})
export type AuditEntry = z.infer<typeof AuditEntry>

export const AuditQuery = Paging.extend({
  actorId: Id.optional(),
  unitId: Id.optional(),
  entity: z.string().max(40).optional(),
  entityId: z.string().max(40).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
})

export const AuditPage = z.object({ items: z.array(AuditEntry), total: z.number().int() })
