CREATE TABLE "plan_targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"indicator_code" text,
	"comparison" text NOT NULL,
	"value" numeric,
	"scope_unit_id" integer NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"unit_of_measure" text DEFAULT '' NOT NULL,
	"reported_value" numeric,
	"reported_evidence" text,
	"lineage_id" integer,
	CONSTRAINT "plan_targets_comparison_check" CHECK ("plan_targets"."comparison" in ('>', '>=', '=', '<=', '<', 'higher_than_last_year', 'lower_than_last_year'))
);
--> statement-breakpoint
CREATE TABLE "plan_task_progress" (
	"id" serial PRIMARY KEY NOT NULL,
	"task_lineage_id" integer NOT NULL,
	"occurrence_due" date,
	"reported_on" date NOT NULL,
	"note" text NOT NULL,
	"percent" smallint,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"started" boolean DEFAULT true NOT NULL,
	"completed_on" date,
	"paused" boolean DEFAULT false NOT NULL,
	"paused_document" text,
	"not_carried_out_reason" text,
	"appraisal" text,
	"appraisal_note" text,
	"appraised_by" integer,
	"reported_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_task_progress_appraisal_check" CHECK ("plan_task_progress"."appraisal" in ('passed', 'not_passed')),
	CONSTRAINT "plan_task_progress_percent_check" CHECK ("plan_task_progress"."percent" is null or "plan_task_progress"."percent" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "plan_tasks" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"lineage_id" integer,
	"position" smallint NOT NULL,
	"title" text NOT NULL,
	"work_stream" text NOT NULL,
	"lead_unit_id" integer NOT NULL,
	"supporting_unit_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"responsible_person_id" integer,
	"assignee_id" integer,
	"deadline" date,
	"recurrence" text DEFAULT 'once' NOT NULL,
	"due_day" smallint,
	"product" text DEFAULT '' NOT NULL,
	"target_lineage_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"superior_task_id" integer,
	CONSTRAINT "plan_tasks_work_stream_check" CHECK ("plan_tasks"."work_stream" in ('prosecution', 'crime_reports', 'investigation', 'criminal_trial', 'custody_enforcement', 'civil_family', 'administrative_business', 'judgment_enforcement', 'complaints', 'legal_assistance', 'juvenile', 'sector_building', 'digital_transformation')),
	CONSTRAINT "plan_tasks_recurrence_check" CHECK ("plan_tasks"."recurrence" in ('once', 'monthly', 'quarterly', 'half_yearly')),
	CONSTRAINT "plan_tasks_deadline_check" CHECK ("plan_tasks"."recurrence" <> 'once' or "plan_tasks"."deadline" is not null),
	CONSTRAINT "plan_tasks_due_day_check" CHECK ("plan_tasks"."due_day" is null or "plan_tasks"."due_day" between 1 and 31)
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" smallint DEFAULT 1 NOT NULL,
	"amends_id" integer,
	"superior_plan_id" integer,
	"implements_documents" text DEFAULT '' NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"due_soon_days" smallint DEFAULT 7 NOT NULL,
	"document_number" integer,
	"document_code" text DEFAULT 'KH-VKS' NOT NULL,
	"issued_on" date,
	"approver" text,
	"signer_prefix" text DEFAULT '' NOT NULL,
	"signer_title" text DEFAULT '' NOT NULL,
	"signer_name" text DEFAULT '' NOT NULL,
	"recipients" text DEFAULT '' NOT NULL,
	"amendment_reason" text,
	"amendment_document" text,
	"amendment_document_date" date,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_kind_check" CHECK ("plans"."kind" in ('annual', 'thematic', 'implementing')),
	CONSTRAINT "plans_status_check" CHECK ("plans"."status" in ('draft', 'submitted', 'issued', 'amended', 'reviewed')),
	CONSTRAINT "plans_approver_check" CHECK ("plans"."approver" in ('chief_procurator', 'procuracy_committee')),
	CONSTRAINT "plans_due_soon_days_check" CHECK ("plans"."due_soon_days" between 0 and 60)
);
--> statement-breakpoint
ALTER TABLE "plan_targets" ADD CONSTRAINT "plan_targets_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_targets" ADD CONSTRAINT "plan_targets_scope_unit_id_units_id_fk" FOREIGN KEY ("scope_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_progress" ADD CONSTRAINT "plan_task_progress_appraised_by_people_id_fk" FOREIGN KEY ("appraised_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_progress" ADD CONSTRAINT "plan_task_progress_reported_by_people_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_lead_unit_id_units_id_fk" FOREIGN KEY ("lead_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_responsible_person_id_people_id_fk" FOREIGN KEY ("responsible_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_assignee_id_people_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_superior_task_id_plan_tasks_id_fk" FOREIGN KEY ("superior_task_id") REFERENCES "public"."plan_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_amends_id_plans_id_fk" FOREIGN KEY ("amends_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_superior_plan_id_plans_id_fk" FOREIGN KEY ("superior_plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_targets_plan_idx" ON "plan_targets" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_task_progress_lineage_idx" ON "plan_task_progress" USING btree ("task_lineage_id","occurrence_due");--> statement-breakpoint
CREATE INDEX "plan_tasks_plan_idx" ON "plan_tasks" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_tasks_lead_idx" ON "plan_tasks" USING btree ("lead_unit_id");--> statement-breakpoint
CREATE INDEX "plan_tasks_assignee_idx" ON "plan_tasks" USING btree ("assignee_id");--> statement-breakpoint
CREATE INDEX "plans_unit_year_idx" ON "plans" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "plans_superior_idx" ON "plans" USING btree ("superior_plan_id");--> statement-breakpoint
COMMENT ON TABLE "plans" IS 'Kế hoạch: one version of a unit''s plan for a statistics year (issue 13; DOMAIN.md §8.2). An amendment is a new row (amends_id); an issued row is never edited.';--> statement-breakpoint
COMMENT ON COLUMN "plans"."kind" IS 'annual: Kế hoạch công tác năm; thematic: kế hoạch chuyên đề; implementing: a unit''s programme implementing its superior''s plan (src/domain/plan/vocabulary.ts).';--> statement-breakpoint
COMMENT ON COLUMN "plans"."status" IS 'draft (dự thảo) → submitted (trình duyệt) → issued (ban hành); an issued amendment is amended (điều chỉnh); reviewed: đã tổng kết.';--> statement-breakpoint
COMMENT ON COLUMN "plans"."approver" IS 'Who approved the issue: chief_procurator (Viện trưởng) or procuracy_committee (Ủy ban kiểm sát, required for the annual plan, QĐ 515/2012).';--> statement-breakpoint
COMMENT ON COLUMN "plans"."due_soon_days" IS 'A task is "sắp đến hạn" this many days before its deadline (0–60).';--> statement-breakpoint
COMMENT ON COLUMN "plans"."year" IS 'The statistics year: 01/12 of the year before to 30/11 (DOMAIN.md §6.1).';--> statement-breakpoint
COMMENT ON COLUMN "plans"."document_number" IS 'Number in the unit''s outgoing-document register for the calendar year of issued_on (Nghị định 30/2020 Art. 15).';--> statement-breakpoint
COMMENT ON TABLE "plan_targets" IS 'Chỉ tiêu of a plan: bound to an indicator of the catalogue (indicator_code) and measured from the register, or free with its unit of measure and a reported value.';--> statement-breakpoint
COMMENT ON COLUMN "plan_targets"."comparison" IS 'The target''s rule, as the indicator catalogue''s targets: > >= = <= <, or higher/lower than last year.';--> statement-breakpoint
COMMENT ON COLUMN "plan_targets"."lineage_id" IS 'The id of the target''s first version: an amendment copies the target under the same lineage.';--> statement-breakpoint
COMMENT ON TABLE "plan_tasks" IS 'Nhiệm vụ trọng tâm và giải pháp: a numbered key task with its lead and supporting units, deadline or recurrence, and product.';--> statement-breakpoint
COMMENT ON COLUMN "plan_tasks"."work_stream" IS 'Khâu công tác, in the order of DOMAIN.md §2.2 (src/domain/plan/vocabulary.ts WORK_STREAMS).';--> statement-breakpoint
COMMENT ON COLUMN "plan_tasks"."recurrence" IS 'once (one deadline), monthly (hằng tháng), quarterly (hằng quý), half_yearly (6 tháng) within the statistics year.';--> statement-breakpoint
COMMENT ON COLUMN "plan_tasks"."deadline" IS 'The deadline of a one-off task (required then); null for a recurring task, due each period.';--> statement-breakpoint
COMMENT ON COLUMN "plan_tasks"."due_day" IS 'A recurring task is due on this day (1–31, clamped to the month''s end) of each period''s last month; null: the period''s last day.';--> statement-breakpoint
COMMENT ON COLUMN "plan_tasks"."lineage_id" IS 'The id of the task''s first version: progress is kept by lineage, so it follows the task across amendments.';--> statement-breakpoint
COMMENT ON TABLE "plan_task_progress" IS 'Progress reported on a task (or one occurrence of a recurring task), with evidence, and the plan owner''s appraisal of a completion.';--> statement-breakpoint
COMMENT ON COLUMN "plan_task_progress"."appraisal" IS 'Thẩm định by the plan owner: passed (đạt) or not_passed (chưa đạt).';--> statement-breakpoint
COMMENT ON COLUMN "plan_task_progress"."percent" IS 'Share done in percent (0–100) where it fits; null otherwise.';--> statement-breakpoint
COMMENT ON COLUMN "plan_task_progress"."task_lineage_id" IS 'The task''s lineage (plan_tasks.lineage_id).';
