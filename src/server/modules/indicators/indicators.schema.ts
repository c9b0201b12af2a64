// Indicators against targets (chỉ tiêu nghiệp vụ): targets, closed periods and the figure cache.
import { sql } from 'drizzle-orm'
import { TARGET_COMPARISONS } from '@/domain/indicators/definition.ts'
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { createdAt, oneOf } from '../../db/columns.ts'
import { units } from '../units/units.schema.ts'

/**
 * Mục tiêu: the target of an indicator from a date, as the administrator entered it. The
 * shipped defaults are seeded from src/domain/indicators/catalogue.ts; a new target ends the
 * previous one the day before, so a figure for 2024 is judged by the target of 2024.
 */
export const indicatorTargets = pgTable(
  'indicator_targets',
  {
    id: serial('id').primaryKey(),
    indicatorCode: text('indicator_code').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    /** '>' | '>=' | '=' | '<=' | '<' | 'higher_than_last_year' | 'lower_than_last_year'. */
    comparison: text('comparison', { enum: TARGET_COMPARISONS }).notNull(),
    value: doublePrecision('value'),
    /** The value is recalled, not read in the official text (DOMAIN.md §3.1). */
    unconfirmed: boolean('unconfirmed').notNull().default(false),
    legalSource: text('legal_source').notNull(),
    note: text('note'),
    createdBy: integer('created_by'),
    createdAt: createdAt(),
    /**
     * The unit whose administrator keeps the target (the unit of the grant it was entered under);
     * its audit rows carry this unit. Null for the shipped targets: the whole tree's.
     */
    unitId: integer('unit_id').references(() => units.id),
    /** Rút chỉ tiêu: entered by mistake, kept for the record but no longer in force. */
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, mode: 'string' }),
    withdrawnBy: integer('withdrawn_by'),
    withdrawalReason: text('withdrawal_reason'),
  },
  // One target in force per indicator and day; a withdrawn one leaves its day free again.
  (t) => [
    uniqueIndex('indicator_targets_code_from_key')
      .on(t.indicatorCode, t.effectiveFrom)
      .where(sql`withdrawn_at IS NULL`),
    check('indicator_targets_comparison_check', oneOf(t.comparison, TARGET_COMPARISONS)),
  ],
)

/**
 * Chốt số liệu: a unit's figures for a period as submitted upward, frozen. Later corrections
 * to the register show as differences between "as reported" and "as of today".
 */
export const periodClosures = pgTable(
  'period_closures',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    periodKey: text('period_key').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    /** The "as of" day of the frozen figures. */
    asOf: date('as_of', { mode: 'string' }).notNull(),
    /** { [indicatorCode]: { numerator, denominator } }, rolled up over the unit's subtree. */
    figures: jsonb('figures').notNull(),
    closedBy: integer('closed_by').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('period_closures_unit_period_key').on(t.unitId, t.periodKey)],
)

/**
 * Figures computed for one recording unit, one period and one "as of" day, by one version of
 * the formulas, at one register version. Roll-ups are summed from these in memory.
 */
export const indicatorFigureCache = pgTable(
  'indicator_figure_cache',
  {
    unitId: integer('unit_id').notNull(),
    periodKey: text('period_key').notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    formulaHash: text('formula_hash').notNull(),
    changeId: bigint('change_id', { mode: 'number' }).notNull(),
    /** { [indicatorCode]: [numerator, denominator | null] } */
    figures: jsonb('figures').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true, mode: 'string' })
      .notNull()
      .default(sql`clock_timestamp()`),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.periodKey, t.asOf, t.formulaHash] })],
)
