// The register (sổ thụ lý): matters, their subjects, events and derived deadlines, and the
// change log the triggers of migrations/0008 append to.
import { sql } from 'drizzle-orm'
import { CRIME_CATEGORIES } from '@/domain/deadlines/crime-category.ts'
import { EVENT_TYPE_CODES } from '@/domain/register/event-types.ts'
import { MATTER_KINDS } from '@/domain/register/matter-kinds.ts'
import { STAGE_LABELS } from '@/domain/register/stages.ts'
import type { DerivedDeadlineStatus, SubjectState } from '@/domain/register/types.ts'
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { allOf, createdAt, oneOf, updatedAt } from '../../db/columns.ts'
import { GENDERS, people } from '../people/people.schema.ts'
import { units } from '../units/units.schema.ts'

/** Every stage code of every kind of matter (src/domain/register/stages.ts). */
const STAGES = [...new Set(Object.values(STAGE_LABELS).flatMap((labels) => Object.keys(labels)))]

/** Biện pháp ngăn chặn in force on a subject (src/domain/register/derive-state.ts). */
export const MEASURES = allOf<SubjectState['measure']>()(['none', 'custody', 'detention'])

/** A deadline's stored status; "overdue" is an open deadline whose due date has passed. */
export const DEADLINE_STATUSES = allOf<DerivedDeadlineStatus>()(['open', 'suspended', 'met', 'missed'])

/** Vụ việc: a crime report, a criminal case or a supervised civil/administrative matter. */
export const matters = pgTable(
  'matters',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind', { enum: MATTER_KINDS }).notNull(),
    /** Số thụ lý, unique within the unit. */
    number: text('number').notNull(),
    title: text('title').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    prosecutorId: integer('prosecutor_id').references(() => people.id),
    // Derived from the events by src/domain/register and stored for lists and statistics;
    // rewritten in the same transaction as every event write.
    stage: text('stage').notNull(),
    stageLabel: text('stage_label').notNull(),
    category: text('category', { enum: CRIME_CATEGORIES }),
    closed: boolean('closed').notNull().default(false),
    nextDueDate: date('next_due_date', { mode: 'string' }),
    createdBy: integer('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('matters_unit_number_key').on(t.unitId, t.number),
    index('matters_unit_kind_received_idx').on(t.unitId, t.kind, t.receivedOn),
    index('matters_prosecutor_idx').on(t.prosecutorId),
    index('matters_received_idx').on(t.receivedOn),
    check('matters_kind_check', oneOf(t.kind, MATTER_KINDS)),
    check('matters_stage_check', oneOf(t.stage, STAGES)),
    check('matters_category_check', oneOf(t.category, CRIME_CATEGORIES)),
  ],
)

/** Bị can, bị cáo, đương sự: the people a matter is about. */
export const matterSubjects = pgTable(
  'matter_subjects',
  {
    id: serial('id').primaryKey(),
    matterId: integer('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id').notNull(),
    fullName: text('full_name').notNull(),
    birthYear: smallint('birth_year'),
    gender: text('gender', { enum: GENDERS }),
    // Derived: the charge in force (article, clause, point), its category and the measure.
    // The article is its id as the code numbers it: '173', '217a', '256a'.
    chargeArticle: text('charge_article'),
    chargeClause: smallint('charge_clause'),
    chargePoint: text('charge_point'),
    category: text('category', { enum: CRIME_CATEGORIES }),
    measure: text('measure', { enum: MEASURES }).notNull().default('none'),
    createdAt: createdAt(),
  },
  (t) => [
    index('matter_subjects_matter_idx').on(t.matterId),
    index('matter_subjects_article_idx').on(t.chargeArticle),
    // Lists are always narrowed to the caller's units first: a province's subjects are a few
    // thousand rows, cheaper to filter than the national trigram matches of a common name.
    index('matter_subjects_unit_article_idx').on(t.unitId, t.chargeArticle),
    check('matter_subjects_gender_check', oneOf(t.gender, GENDERS)),
    check('matter_subjects_category_check', oneOf(t.category, CRIME_CATEGORIES)),
    check('matter_subjects_measure_check', oneOf(t.measure, MEASURES)),
  ],
)

/** Hành vi tố tụng: every procedural act, never deleted; a mistake is voided with a reason. */
export const matterEvents = pgTable(
  'matter_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    matterId: integer('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id').notNull(),
    subjectId: integer('subject_id').references(() => matterSubjects.id),
    // Checked by the database (matter_events_type_check) but typed string: the writers pass the
    // code the domain has validated (isEventType), not the EventType union.
    type: text('type').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    occurredAt: text('occurred_at'),
    documentNumber: text('document_number'),
    issuingBody: text('issuing_body'),
    data: jsonb('data').notNull().default({}),
    recordedBy: integer('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' })
      .notNull()
      .default(sql`clock_timestamp()`),
    voidedAt: timestamp('voided_at', { withTimezone: true, mode: 'string' }),
    voidedBy: integer('voided_by'),
    voidReason: text('void_reason'),
  },
  (t) => [
    index('matter_events_matter_idx').on(t.matterId, t.occurredOn),
    index('matter_events_unit_type_idx').on(t.unitId, t.type, t.occurredOn),
    check('matter_events_type_check', oneOf(t.type, EVENT_TYPE_CODES)),
  ],
)

/** Thời hạn: derived from the events by the deadline engine, one row per running clock. */
export const deadlines = pgTable(
  'deadlines',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    matterId: integer('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id').notNull(),
    /** Stable across recomputation: rule, subject and the event that started the clock. */
    key: text('key').notNull(),
    subjectId: integer('subject_id'),
    ruleCode: text('rule_code').notNull(),
    startEventId: bigint('start_event_id', { mode: 'number' }).notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    /** The date warnings and "on time" use: the counted reading of Điều 134 BLTTHS (strict for the procuracy's own limits). */
    dueDate: date('due_date', { mode: 'string' }),
    /** The due date under the other reading of Điều 134, when the rule has two and they differ ("hạn cuối theo cách tính khác"). */
    alternativeDueDate: date('alternative_due_date', { mode: 'string' }),
    dueTime: text('due_time'),
    unadjustedDueDate: date('unadjusted_due_date', { mode: 'string' }),
    movedBecauseOfDayOff: boolean('moved_because_of_day_off').notNull().default(false),
    dayOffReasons: jsonb('day_off_reasons').notNull().default([]),
    basis: text('basis').notNull(),
    latestExtensionRequestDate: date('latest_extension_request_date', { mode: 'string' }),
    extensionsRemaining: integer('extensions_remaining').notNull().default(0),
    /** open | suspended | met | missed. "Overdue" is an open deadline whose due date has passed. */
    status: text('status', { enum: DEADLINE_STATUSES }).notNull(),
    closedByEventId: bigint('closed_by_event_id', { mode: 'number' }),
    closedOn: date('closed_on', { mode: 'string' }),
    /**
     * When the starting and the closing act were entered (their matter_events.recorded_at),
     * copied by recompute so that an indicator "as of" a day treats a deadline closed by an act
     * entered later as still open that day, without a join on every deadline (compile-sql.ts).
     */
    startRecordedAt: timestamp('start_recorded_at', { withTimezone: true, mode: 'string' }),
    closedRecordedAt: timestamp('closed_recorded_at', { withTimezone: true, mode: 'string' }),
    responsibleId: integer('responsible_id'),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('deadlines_matter_key').on(t.matterId, t.key),
    index('deadlines_unit_status_due_idx').on(t.unitId, t.status, t.dueDate),
    index('deadlines_responsible_status_due_idx').on(t.responsibleId, t.status, t.dueDate),
    // Indicators: deadlines met, or closed late, within a period (compile-sql.ts).
    index('deadlines_unit_closed_idx').on(t.unitId, t.closedOn),
    // Indicators as of an earlier day: the deadlines whose closing act was entered after it.
    // Partial, so that only that condition can use it: the planner would AND an index of every
    // unit's rules with the status and due date scans of the other selects (compile-sql.ts).
    check('deadlines_status_check', oneOf(t.status, DEADLINE_STATUSES)),
    index('deadlines_unit_rule_closed_recorded_idx')
      .on(t.unitId, t.ruleCode, t.closedRecordedAt)
      .where(sql`closed_recorded_at IS NOT NULL`),
  ],
)

/**
 * Every statement that changes the register appends one row per unit it touched (triggers in
 * migrations/0008). The newest id of a unit is its register version: cached figures computed
 * at an older version are stale. Append-only, so writers never wait on each other here.
 */
export const registerChanges = pgTable(
  'register_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    unitId: integer('unit_id').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true, mode: 'string' })
      .notNull()
      .default(sql`clock_timestamp()`),
  },
  (t) => [index('register_changes_unit_idx').on(t.unitId, t.id)],
)
