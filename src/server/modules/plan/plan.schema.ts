// The plan module's tables: a unit's plans for a statistics year, their targets (chỉ tiêu) and
// key tasks (nhiệm vụ trọng tâm), and the progress the lead units report (issue 13; DOMAIN.md §8.2).
// An issued plan is never edited in place: an amendment is a new row (a new version) with its
// deciding document and reason, the tasks carried over under the same lineage so that their
// progress follows them.
import {
  PLAN_APPROVERS,
  PLAN_KINDS,
  PLAN_STATUSES,
  TASK_APPRAISALS,
  TASK_RECURRENCES,
  WORK_STREAMS,
} from '@/domain/plan/vocabulary.ts'
import { TARGET_COMPARISONS } from '@/domain/indicators/definition.ts'
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core'
import { sql } from 'drizzle-orm'
import { createdAt, oneOf, updatedAt } from '../../db/columns.ts'
import { people } from '../people/people.schema.ts'
import { units } from '../units/units.schema.ts'

/** Kế hoạch: one version of a unit's plan for a statistics year. */
export const plans = pgTable(
  'plans',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    /** The statistics year (01/12 of the year before to 30/11), DOMAIN.md §6.1. */
    year: smallint('year').notNull(),
    kind: text('kind', { enum: PLAN_KINDS }).notNull(),
    title: text('title').notNull(),
    status: text('status', { enum: PLAN_STATUSES }).notNull().default('draft'),
    /** 1 for the plan as first drafted; each amendment is the next version. */
    version: smallint('version').notNull().default(1),
    /** The version this one amends (null for version 1). */
    amendsId: integer('amends_id').references((): AnyPgColumn => plans.id),
    /** The superior unit's plan this one implements (a unit's own programme). */
    superiorPlanId: integer('superior_plan_id').references((): AnyPgColumn => plans.id),
    /** Other documents implemented, one per line (e.g. "Chỉ thị số 01/CT-VKSTC ngày 12/12/2024 …"). */
    implementsDocuments: text('implements_documents').notNull().default(''),
    purpose: text('purpose').notNull().default(''),
    organisation: text('organisation').notNull().default(''),
    /** A task is "sắp đến hạn" this many days before its deadline. */
    dueSoonDays: smallint('due_soon_days').notNull().default(7),
    /** Set when issued: the outgoing-document register's number and the code (e.g. KH-VKS). */
    documentNumber: integer('document_number'),
    documentCode: text('document_code').notNull().default('KH-VKS'),
    issuedOn: date('issued_on', { mode: 'string' }),
    approver: text('approver', { enum: PLAN_APPROVERS }),
    signerPrefix: text('signer_prefix').notNull().default(''),
    signerTitle: text('signer_title').notNull().default(''),
    signerName: text('signer_name').notNull().default(''),
    recipients: text('recipients').notNull().default(''),
    /** For an amendment: why, and the document that decided it. */
    amendmentReason: text('amendment_reason'),
    amendmentDocument: text('amendment_document'),
    amendmentDocumentDate: date('amendment_document_date', { mode: 'string' }),
    createdBy: integer('created_by').references(() => people.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('plans_unit_year_idx').on(t.unitId, t.year),
    index('plans_superior_idx').on(t.superiorPlanId),
    check('plans_kind_check', oneOf(t.kind, PLAN_KINDS)),
    check('plans_status_check', oneOf(t.status, PLAN_STATUSES)),
    check('plans_approver_check', oneOf(t.approver, PLAN_APPROVERS)),
    check('plans_due_soon_days_check', sql`${t.dueSoonDays} between 0 and 60`),
  ],
)

/** Chỉ tiêu: bound to an indicator of the catalogue, or free with its unit of measure. */
export const planTargets = pgTable(
  'plan_targets',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    /** An indicator code of the catalogue (src/domain/indicators/catalogue.ts), or null for a free target. */
    indicatorCode: text('indicator_code'),
    comparison: text('comparison', { enum: TARGET_COMPARISONS }).notNull(),
    value: numeric('value', { mode: 'number' }),
    /** The unit whose figure is measured (the plan's unit by default). */
    scopeUnitId: integer('scope_unit_id')
      .notNull()
      .references(() => units.id),
    /** A free target's wording and unit of measure ("phiên tòa rút kinh nghiệm"). */
    name: text('name').notNull().default(''),
    unitOfMeasure: text('unit_of_measure').notNull().default(''),
    /** A free target is measured by the value its lead unit reports, with the evidence. */
    reportedValue: numeric('reported_value', { mode: 'number' }),
    reportedEvidence: text('reported_evidence'),
    /** The lineage of the target across amendments (the id of its first version). */
    lineageId: integer('lineage_id'),
  },
  (t) => [
    index('plan_targets_plan_idx').on(t.planId),
    check('plan_targets_comparison_check', oneOf(t.comparison, TARGET_COMPARISONS)),
  ],
)

/** Nhiệm vụ trọng tâm và giải pháp: a numbered key task with its lead unit, deadline and product. */
export const planTasks = pgTable(
  'plan_tasks',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    /** The id of the task's first version: amendments copy a task under the same lineage. */
    lineageId: integer('lineage_id'),
    position: smallint('position').notNull(),
    title: text('title').notNull(),
    workStream: text('work_stream', { enum: WORK_STREAMS }).notNull(),
    leadUnitId: integer('lead_unit_id')
      .notNull()
      .references(() => units.id),
    supportingUnitIds: integer('supporting_unit_ids').array().notNull().default(sql`'{}'::integer[]`),
    responsiblePersonId: integer('responsible_person_id').references(() => people.id),
    /** The person the head of the lead unit assigned the task to. */
    assigneeId: integer('assignee_id').references(() => people.id),
    deadline: date('deadline', { mode: 'string' }),
    recurrence: text('recurrence', { enum: TASK_RECURRENCES }).notNull().default('once'),
    /** A recurring task is due on this day of its period's last month (clamped to the month's end); null: on the period's last day. */
    dueDay: smallint('due_day'),
    product: text('product').notNull().default(''),
    /** The targets (their lineage ids) this task serves. */
    targetLineageIds: integer('target_lineage_ids').array().notNull().default(sql`'{}'::integer[]`),
    /** The superior plan's task this one carries out. */
    superiorTaskId: integer('superior_task_id').references((): AnyPgColumn => planTasks.id),
  },
  (t) => [
    index('plan_tasks_plan_idx').on(t.planId),
    index('plan_tasks_lead_idx').on(t.leadUnitId),
    index('plan_tasks_assignee_idx').on(t.assigneeId),
    check('plan_tasks_work_stream_check', oneOf(t.workStream, WORK_STREAMS)),
    check('plan_tasks_recurrence_check', oneOf(t.recurrence, TASK_RECURRENCES)),
    check('plan_tasks_deadline_check', sql`${t.recurrence} <> 'once' or ${t.deadline} is not null`),
    check('plan_tasks_due_day_check', sql`${t.dueDay} is null or ${t.dueDay} between 1 and 31`),
  ],
)

/**
 * Progress of a task (or of one occurrence of a recurring task), by its lineage so that it
 * follows the task across amendments. The newest row is the task's state; the rest is history.
 */
export const planTaskProgress = pgTable(
  'plan_task_progress',
  {
    id: serial('id').primaryKey(),
    taskLineageId: integer('task_lineage_id').notNull(),
    /** The occurrence's due date for a recurring task; null for a one-off task. */
    occurrenceDue: date('occurrence_due', { mode: 'string' }),
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    note: text('note').notNull(),
    percent: smallint('percent'),
    /** Links to matters or documents given as evidence: [{ kind: 'matter' | 'document' | 'link', ref, label }]. */
    evidence: jsonb('evidence')
      .$type<{ kind: 'matter' | 'document' | 'link'; ref: string; label: string }[]>()
      .notNull()
      .default([]),
    started: boolean('started').notNull().default(true),
    completedOn: date('completed_on', { mode: 'string' }),
    paused: boolean('paused').notNull().default(false),
    /** The document that paused or adjusted the task. */
    pausedDocument: text('paused_document'),
    notCarriedOutReason: text('not_carried_out_reason'),
    /** The plan owner's appraisal of a completion (thẩm định). */
    appraisal: text('appraisal', { enum: TASK_APPRAISALS }),
    appraisalNote: text('appraisal_note'),
    appraisedBy: integer('appraised_by').references(() => people.id),
    reportedBy: integer('reported_by')
      .notNull()
      .references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('plan_task_progress_lineage_idx').on(t.taskLineageId, t.occurrenceDue),
    check('plan_task_progress_appraisal_check', oneOf(t.appraisal, TASK_APPRAISALS)),
    check('plan_task_progress_percent_check', sql`${t.percent} is null or ${t.percent} between 0 and 100`),
  ],
)

/** The periods a plan is reviewed over (DOMAIN.md §8.3): sơ kết 6 tháng (01/12–31/05) and tổng kết năm (01/12–30/11). */
export const PLAN_REVIEW_PERIODS = ['six_months', 'year'] as const

/**
 * A review frozen by the plan's owner: the figures, task states and totals as they were computed
 * when it was frozen, so that the review reads the same tomorrow whatever is entered later.
 */
export const planReviews = pgTable(
  'plan_reviews',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    period: text('period', { enum: PLAN_REVIEW_PERIODS }).notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    snapshot: jsonb('snapshot').notNull(),
    frozenBy: integer('frozen_by')
      .notNull()
      .references(() => people.id),
    frozenAt: timestamp('frozen_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('plan_reviews_plan_period_key').on(t.planId, t.period),
    check('plan_reviews_period_check', oneOf(t.period, PLAN_REVIEW_PERIODS)),
  ],
)
