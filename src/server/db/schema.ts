// The one Drizzle schema, valid on PostgreSQL 15+ and on PGlite (PostgreSQL 18).
// Every business row keeps its owning unit so the data can later be sharded by province
// (DESIGN.md, "Scale"). drizzle-kit generates migrations/ from this file; it must not
// import project modules, only drizzle-orm.
import { sql } from 'drizzle-orm'
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core'

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow()
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow()

/** Đơn vị: a procuracy, a department or an office, as a tree with history (DOMAIN.md §1.1, §1.3). */
export const units = pgTable(
  'units',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    level: text('level').notNull(),
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
  ],
)

/** Cán bộ: staff, with an optional sign-in account. */
export const people = pgTable(
  'people',
  {
    id: serial('id').primaryKey(),
    fullName: text('full_name').notNull(),
    title: text('title').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    email: text('email'),
    phone: text('phone'),
    birthYear: smallint('birth_year'),
    gender: text('gender'),
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
    role: text('role').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [uniqueIndex('role_grants_person_role_unit_key').on(t.personId, t.role, t.unitId)],
)

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
  (t) => [index('login_attempts_username_at_idx').on(t.username, t.at), index('login_attempts_ip_at_idx').on(t.ip, t.at)],
)

/**
 * Progressive sign-in delays (src/server/modules/auth/throttle.ts), one row per guessed secret:
 * scope 'login' keyed by username + address, scope 'password' (the current password asked by
 * change-password) keyed by the person. In the database, so every instance sees the same count.
 */
export const authThrottles = pgTable(
  'auth_throttles',
  {
    scope: text('scope').notNull(),
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
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index('auth_throttles_last_failure_idx').on(t.lastFailureAt)],
)

/** Nhật ký: who did what to which record, before and after, written in the same transaction. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().default(sql`clock_timestamp()`),
    // No foreign keys: the log is append-only history and must outlive what it describes
    // (a unit created by mistake and deleted keeps its audit rows).
    actorId: integer('actor_id'),
    /** The unit that owns the record acted on: decides who may read this row. */
    unitId: integer('unit_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    ip: text('ip'),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_actor_at_idx').on(t.actorId, t.at),
    index('audit_log_unit_at_idx').on(t.unitId, t.at),
    index('audit_log_entity_idx').on(t.entity, t.entityId),
  ],
)

/** Monotonic counters, e.g. the version of the unit tree that every instance caches. */
export const appCounters = pgTable('app_counters', {
  key: text('key').primaryKey(),
  value: bigint('value', { mode: 'number' }).notNull().default(0),
})

/**
 * Lịch nghỉ chính thức: the administrator's overrides of the computed calendar — the Tết
 * break the Prime Minister fixes each year (BLLĐ 2019 Điều 112 khoản 3), substitute days
 * off (Điều 111 khoản 3), swapped days and the make-up working Saturdays that pay for them.
 */
export const officialCalendarEntries = pgTable(
  'official_calendar_entries',
  {
    id: serial('id').primaryKey(),
    date: date('date', { mode: 'string' }).notNull(),
    /** 'day_off' | 'working_day'. */
    kind: text('kind').notNull(),
    reason: text('reason').notNull(),
    /** The notice or decision behind the entry, e.g. 'Thông báo số …/TB-BNV'. */
    legalSource: text('legal_source'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /** The person who last wrote the entry; no foreign key, like the audit log it mirrors. */
    updatedBy: integer('updated_by'),
  },
  (t) => [
    uniqueIndex('official_calendar_entries_date_key').on(t.date),
    check('official_calendar_entries_kind_check', sql`${t.kind} in ('day_off', 'working_day')`),
  ],
)

/**
 * A year whose announcement (Tết days, the day next to 2/9, nghỉ bù: BLLĐ 2019 Điều 111 khoản 3, Điều 112 khoản 3;
 * Nghị định 128/2025/NĐ-CP Điều 7 khoản 2) the administrator has entered and confirmed. From then the official
 * calendar entries of that year replace the computed substitute days off. No row: the year is still computed.
 */
export const officialCalendarYears = pgTable(
  'official_calendar_years',
  {
    year: integer('year').primaryKey(),
    /** The decision or notice, e.g. 'Thông báo số 9441/TB-BNV'. */
    decision: text('decision').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /** The person who last confirmed the year; no foreign key, like official_calendar_entries.updated_by. */
    updatedBy: integer('updated_by'),
  },
  (t) => [check('official_calendar_years_year_check', sql`${t.year} between 1900 and 2100`)],
)

/**
 * Administrators granted the national official calendar by the Supreme Procuracy's administrator.
 * The calendar moves every deadline in the country, so a unit's administrator edits it only when
 * listed here (the supreme level's administrators need no row). Revoking deletes the row; the
 * audit log keeps who granted and revoked it and when.
 */
export const nationalCalendarManagers = pgTable('national_calendar_managers', {
  personId: integer('person_id')
    .primaryKey()
    .references(() => people.id),
  grantedBy: integer('granted_by').references(() => people.id),
  grantedAt: createdAt(),
})

// ── The register (sổ thụ lý): matters, their subjects, events and derived deadlines ──────

/** Vụ việc: a crime report, a criminal case or a supervised civil/administrative matter. */
export const matters = pgTable(
  'matters',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind').notNull(),
    /** Số thụ lý, unique within the unit. */
    number: text('number').notNull(),
    title: text('title').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    prosecutorId: integer('prosecutor_id').references(() => people.id),
    // Derived from the events by src/domain/register and stored for lists and statistics;
    // rewritten in the same transaction as every event write.
    stage: text('stage').notNull(),
    stageLabel: text('stage_label').notNull(),
    category: text('category'),
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
    gender: text('gender'),
    // Derived: the charge in force (article, clause, point), its category and the measure.
    // The article is its id as the code numbers it: '173', '217a', '256a'.
    chargeArticle: text('charge_article'),
    chargeClause: smallint('charge_clause'),
    chargePoint: text('charge_point'),
    category: text('category'),
    measure: text('measure').notNull().default('none'),
    createdAt: createdAt(),
  },
  (t) => [
    index('matter_subjects_matter_idx').on(t.matterId),
    index('matter_subjects_article_idx').on(t.chargeArticle),
    // Lists are always narrowed to the caller's units first: a province's subjects are a few
    // thousand rows, cheaper to filter than the national trigram matches of a common name.
    index('matter_subjects_unit_article_idx').on(t.unitId, t.chargeArticle),
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
    type: text('type').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    occurredAt: text('occurred_at'),
    documentNumber: text('document_number'),
    issuingBody: text('issuing_body'),
    data: jsonb('data').notNull().default({}),
    recordedBy: integer('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().default(sql`clock_timestamp()`),
    voidedAt: timestamp('voided_at', { withTimezone: true, mode: 'string' }),
    voidedBy: integer('voided_by'),
    voidReason: text('void_reason'),
  },
  (t) => [index('matter_events_matter_idx').on(t.matterId, t.occurredOn), index('matter_events_unit_type_idx').on(t.unitId, t.type, t.occurredOn)],
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
    status: text('status').notNull(),
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
    index('deadlines_unit_rule_closed_recorded_idx').on(t.unitId, t.ruleCode, t.closedRecordedAt).where(sql`closed_recorded_at IS NOT NULL`),
  ],
)

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

// ── Indicators against targets (chỉ tiêu nghiệp vụ) ─────────────────────────────────────

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
    comparison: text('comparison').notNull(),
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
  (t) => [uniqueIndex('indicator_targets_code_from_key').on(t.indicatorCode, t.effectiveFrom).where(sql`withdrawn_at IS NULL`)],
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
 * Every statement that changes the register appends one row per unit it touched (triggers in
 * migrations/0008). The newest id of a unit is its register version: cached figures computed
 * at an older version are stale. Append-only, so writers never wait on each other here.
 */
export const registerChanges = pgTable(
  'register_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    unitId: integer('unit_id').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true, mode: 'string' }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [index('register_changes_unit_idx').on(t.unitId, t.id)],
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
    computedAt: timestamp('computed_at', { withTimezone: true, mode: 'string' }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.periodKey, t.asOf, t.formulaHash] })],
)

// ── Background jobs ─────────────────────────────────────────────────────────────────────

/**
 * One recompute of the deadlines a change of the official calendar may move, run by the job
 * queue (src/server/platform/jobs.ts, pg-boss's own tables) in batches of matters, one
 * transaction each. Written in the change's transaction with the matters to recompute; each
 * batch advances `position` in its own transaction, so a retried job goes on where it stopped.
 */
export const calendarRecomputes = pgTable(
  'calendar_recomputes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The queue's job id (a uuid), the id the API and the calendar page know it by. */
    jobId: text('job_id').notNull(),
    /** The official calendar entry changed (gone after a deletion: no foreign key). */
    entryId: integer('entry_id'),
    action: text('action').notNull(),
    /** The days whose status changed (YYYY-MM-DD). */
    dates: jsonb('dates').notNull(),
    /** The matters to derive again, in id order, and how many deadlines they hold around the changed days. */
    matterIds: jsonb('matter_ids').notNull(),
    deadlines: integer('deadlines').notNull(),
    /** How many of matterIds are done. */
    position: integer('position').notNull().default(0),
    moved: integer('moved').notNull().default(0),
    /** The first moves, for the calendar page ({ matterId, matterNumber, unitId, ruleCode, ruleName, from, to }). */
    moves: jsonb('moves').notNull().default([]),
    /** queued | running | done | failed */
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    error: text('error'),
    requestedBy: integer('requested_by'),
    unitId: integer('unit_id'),
    createdAt: createdAt(),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'string' }),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [uniqueIndex('calendar_recomputes_job_key').on(t.jobId), index('calendar_recomputes_status_idx').on(t.status)],
)
