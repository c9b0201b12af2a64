// The digest module's table: the daily deadline digest of each person.
import { bigserial, date, integer, jsonb, pgTable, uniqueIndex } from 'drizzle-orm/pg-core'
import { createdAt } from '../../db/columns.ts'
import { people } from '../people/people.schema.ts'

/** Bản tin thời hạn hằng ngày: per person, computed on a schedule, read in the app. */
export const deadlineDigests = pgTable(
  'deadline_digests',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id').notNull(),
    /** The Vietnamese day the digest is for. */
    day: date('day', { mode: 'string' }).notNull(),
    /** { mine: {counts, items}, unit: {counts, items} | null } */
    content: jsonb('content').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('deadline_digests_person_day_key').on(t.personId, t.day)],
)
