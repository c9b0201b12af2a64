import { z } from 'zod'
import { MATTER_KINDS } from '@/domain/register/matter-kinds.ts'
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
  /**
   * The matter the row is about, named by its number and title when the reader may read it;
   * null when the row is about no matter or the reader may not see that matter.
   */
  matter: z
    .object({ id: z.number().int(), kind: z.enum(MATTER_KINDS), number: z.string(), title: z.string() })
    .nullable(),
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
  /** A matter's history: its own rows and those of its acts and people. */
  matterId: Id.optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
})

/** Names of the people and the matters' subjects that the page's values refer to by id. */
export const AuditNames = z.object({
  people: z.record(z.string(), z.string()),
  subjects: z.record(z.string(), z.string()),
})
export type AuditNames = z.infer<typeof AuditNames>

export const AuditPage = z.object({ items: z.array(AuditEntry), total: z.number().int(), names: AuditNames })
