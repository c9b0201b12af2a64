// The database schema, one file per module (src/server/modules/<name>/<name>.schema.ts) and one
// for the platform's own tables; this barrel re-exports them all, so code and tests import every
// table from here. Valid on PostgreSQL 15+ and on PGlite (PostgreSQL 18). Every business row
// keeps its owning unit so the data can later be sharded by province (DESIGN.md, "Scale").
// drizzle-kit generates migrations/ from the module files (drizzle.config.ts), which import
// only drizzle-orm, each other, and the domain's constant lists of allowed values.
export * from '../modules/audit/audit.schema.ts'
export * from '../modules/auth/auth.schema.ts'
export * from '../modules/calendar/calendar.schema.ts'
export * from '../modules/digest/digest.schema.ts'
export * from '../modules/documents/documents.schema.ts'
export * from '../modules/emulation/facts.schema.ts'
export * from '../modules/indicators/indicators.schema.ts'
export * from '../modules/people/people.schema.ts'
export * from '../modules/plan/plan.schema.ts'
export * from '../modules/register/register.schema.ts'
export * from '../modules/units/units.schema.ts'
export * from '../platform/platform.schema.ts'
