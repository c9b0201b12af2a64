// Columns every schema file repeats. Like the *.schema.ts files, imports only drizzle-orm:
// drizzle-kit loads these files on its own (drizzle.config.ts).
import { timestamp } from 'drizzle-orm/pg-core'

export const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow()
export const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow()
