// The people module's tables: staff and the roles they hold.
import { ROLES } from '@/domain/vocabulary/roles.ts'
import { STAFF_TITLES } from '@/shared/vocabulary.ts'
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { createdAt, oneOf, updatedAt } from '../../db/columns.ts'
import { units } from '../units/units.schema.ts'

/** Giới tính: nam, nữ — of staff and of the people a matter is about (the API's z.enum(['nam', 'nu'])). */
export const GENDERS = ['nam', 'nu'] as const

/** Cán bộ: staff, with an optional sign-in account. */
export const people = pgTable(
  'people',
  {
    id: serial('id').primaryKey(),
    fullName: text('full_name').notNull(),
    title: text('title', { enum: STAFF_TITLES }).notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    email: text('email'),
    phone: text('phone'),
    birthYear: smallint('birth_year'),
    gender: text('gender', { enum: GENDERS }),
    active: boolean('active').notNull().default(true),
    username: text('username'),
    passwordHash: text('password_hash'),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true, mode: 'string' }),
    /**
     * A login of the demo province, whose password is printed in the README and on start-up:
     * on a server not in demo mode it must change its password before anything else. Cleared
     * when the password changes.
     */
    demoLogin: boolean('demo_login').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('people_username_key').on(t.username),
    index('people_unit_idx').on(t.unitId),
    check('people_title_check', oneOf(t.title, STAFF_TITLES)),
    check('people_gender_check', oneOf(t.gender, GENDERS)),
  ],
)

/** A role held over one unit; what it reaches is decided in src/domain/access. */
export const roleGrants = pgTable(
  'role_grants',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ROLES }).notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [
    uniqueIndex('role_grants_person_role_unit_key').on(t.personId, t.role, t.unitId),
    check('role_grants_role_check', oneOf(t.role, ROLES)),
  ],
)
