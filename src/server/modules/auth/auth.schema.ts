// The auth module's tables: sessions, sign-in attempts and throttles.
import { bigserial, boolean, check, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'
import { createdAt, oneOf } from '../../db/columns.ts'
import { people } from '../people/people.schema.ts'

/** Sessions live in the database so that any number of server instances can share them. */
export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token; the token itself is never stored. */
    id: text('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_person_idx').on(t.personId), index('sessions_expires_idx').on(t.expiresAt)],
)

/** Every sign-in attempt, for rate limiting across instances. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    username: text('username').notNull(),
    ip: text('ip'),
    succeeded: boolean('succeeded').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('login_attempts_username_at_idx').on(t.username, t.at),
    index('login_attempts_ip_at_idx').on(t.ip, t.at),
  ],
)

/**
 * Progressive sign-in delays (src/server/modules/auth/throttle.ts), one row per guessed secret:
 * scope 'login' keyed by username + address, scope 'password' (the current password asked by
 * change-password) keyed by the person. In the database, so every instance sees the same count.
 */
/** What a throttle guards: the sign-in form, or the current password asked by change-password. */
export const THROTTLE_SCOPES = ['login', 'password'] as const

export const authThrottles = pgTable(
  'auth_throttles',
  {
    scope: text('scope', { enum: THROTTLE_SCOPES }).notNull(),
    key: text('key').notNull(),
    username: text('username'),
    ip: text('ip'),
    /** The account's unit when the username exists: decides which administrators see the row. */
    unitId: integer('unit_id'),
    failures: integer('failures').notNull(),
    firstFailureAt: timestamp('first_failure_at', { withTimezone: true, mode: 'string' }).notNull(),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true, mode: 'string' }).notNull(),
    /** No attempt of this key is checked before this instant; null below the free failures. */
    blockedUntil: timestamp('blocked_until', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.key] }),
    index('auth_throttles_last_failure_idx').on(t.lastFailureAt),
    check('auth_throttles_scope_check', oneOf(t.scope, THROTTLE_SCOPES)),
  ],
)
