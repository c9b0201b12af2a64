// Platform-level tables that belong to no business module.
import { bigint, pgTable, text } from 'drizzle-orm/pg-core'

/** Monotonic counters, e.g. the version of the unit tree that every instance caches. */
export const appCounters = pgTable('app_counters', {
  key: text('key').primaryKey(),
  value: bigint('value', { mode: 'number' }).notNull().default(0),
})
