// Columns and constraints every schema file repeats. Like the *.schema.ts files, this imports only
// drizzle-orm: drizzle-kit loads these files on its own (drizzle.config.ts).
import { sql, type SQL } from 'drizzle-orm'
import { timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core'

export const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow()
export const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow()

/**
 * The condition of a CHECK constraint that keeps an enum-like text column to its list, so the
 * database itself rejects a value the code does not know (SQLSTATE 23514). A null passes: whether
 * the column may be null is its NOT NULL's business.
 */
export const oneOf = (column: AnyPgColumn, values: readonly string[]): SQL =>
  sql`${column} in (${sql.raw(values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', '))})`

/**
 * A list of every member of a union type, for a column whose values the domain types but does not
 * list: `allOf<Status>()(['open', 'met'])` fails to compile while a member of Status is missing.
 */
export const allOf =
  <T extends string>() =>
  <const L extends readonly [T, ...T[]]>(
    list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }),
  ): L =>
    list
