// The calendar module's tables: the official calendar, its confirmed years, who may edit it,
// and the recomputes a change of it starts.
import { sql } from 'drizzle-orm'
import { OFFICIAL_CALENDAR_KINDS, RECOMPUTE_STATUSES } from '@/shared/api/calendar.ts'
import {
  bigserial,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { createdAt, oneOf, updatedAt } from '../../db/columns.ts'
import { people } from '../people/people.schema.ts'

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
    kind: text('kind', { enum: OFFICIAL_CALENDAR_KINDS }).notNull(),
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
    check('official_calendar_entries_kind_check', oneOf(t.kind, OFFICIAL_CALENDAR_KINDS)),
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

/**
 * One recompute of the deadlines a change of the official calendar may move, run by the job
 * queue (src/server/platform/jobs.ts, pg-boss's own tables) in batches of matters, one
 * transaction each. Written in the change's transaction with the matters to recompute; each
 * batch advances `position` in its own transaction, so a retried job goes on where it stopped.
 */
/** The change of the calendar that started a recompute: an entry written or deleted, a year confirmed or withdrawn. */
export const RECOMPUTE_ACTIONS = ['create', 'update', 'delete', 'confirm_year', 'withdraw_year'] as const

export const calendarRecomputes = pgTable(
  'calendar_recomputes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The queue's job id (a uuid), the id the API and the calendar page know it by. */
    jobId: text('job_id').notNull(),
    /** The official calendar entry changed (gone after a deletion: no foreign key). */
    entryId: integer('entry_id'),
    action: text('action', { enum: RECOMPUTE_ACTIONS }).notNull(),
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
    /** queued | running | retrying | done | failed */
    status: text('status', { enum: RECOMPUTE_STATUSES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    error: text('error'),
    requestedBy: integer('requested_by'),
    unitId: integer('unit_id'),
    createdAt: createdAt(),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'string' }),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    uniqueIndex('calendar_recomputes_job_key').on(t.jobId),
    index('calendar_recomputes_status_idx').on(t.status),
    check('calendar_recomputes_action_check', oneOf(t.action, RECOMPUTE_ACTIONS)),
    check('calendar_recomputes_status_check', oneOf(t.status, RECOMPUTE_STATUSES)),
  ],
)
