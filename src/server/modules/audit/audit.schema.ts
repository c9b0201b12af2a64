// The audit log (written by src/server/platform/audit.ts, read by the audit module).
import { sql } from 'drizzle-orm'
import { AUDIT_ACTIONS } from '@/shared/vocabulary.ts'
import { bigserial, check, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { oneOf } from '../../db/columns.ts'

/** Nhật ký: who did what to which record, before and after, written in the same transaction. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().default(sql`clock_timestamp()`),
    // No foreign keys: the log is append-only history and must outlive what it describes
    // (a unit created by mistake and deleted keeps its audit rows).
    actorId: integer('actor_id'),
    /** The unit that owns the record acted on: decides who may read this row. */
    unitId: integer('unit_id'),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    /** The matter a row is about (the matter itself, one of its acts or people): its "Lịch sử thay đổi". */
    matterId: integer('matter_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    ip: text('ip'),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_actor_at_idx').on(t.actorId, t.at),
    index('audit_log_unit_at_idx').on(t.unitId, t.at),
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    index('audit_log_matter_at_idx').on(t.matterId, t.at),
    check('audit_log_action_check', oneOf(t.action, AUDIT_ACTIONS)),
  ],
)
