// The units module's table: the unit tree with its history. Re-exported by src/server/db/schema.ts
// and loaded by drizzle-kit (drizzle.config.ts) like every *.schema.ts.
import { UNIT_LEVELS } from '@/domain/vocabulary/unit-levels.ts'
import { check, date, index, integer, pgTable, serial, text, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core'
import { createdAt, oneOf, updatedAt } from '../../db/columns.ts'

/** Đơn vị: a procuracy, a department or an office, as a tree with history (DOMAIN.md §1.1, §1.3). */
export const units = pgTable(
  'units',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    level: text('level', { enum: UNIT_LEVELS }).notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => units.id),
    /** The unit that took over this one's work when it ceased (e.g. district → regional, 01/7/2025). */
    successorId: integer('successor_id').references((): AnyPgColumn => units.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    /** Last day of existence; null while the unit exists. */
    validTo: date('valid_to', { mode: 'string' }),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('units_code_key').on(t.code),
    index('units_parent_idx').on(t.parentId),
    index('units_successor_idx').on(t.successorId),
    check('units_level_check', oneOf(t.level, UNIT_LEVELS)),
  ],
)
