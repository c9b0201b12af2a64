CREATE TABLE "deadlines" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"matter_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"key" text NOT NULL,
	"subject_id" integer,
	"rule_code" text NOT NULL,
	"start_event_id" bigint NOT NULL,
	"start_date" date NOT NULL,
	"due_date" date,
	"due_time" text,
	"unadjusted_due_date" date,
	"moved_because_of_day_off" boolean DEFAULT false NOT NULL,
	"day_off_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"basis" text NOT NULL,
	"latest_extension_request_date" date,
	"extensions_remaining" integer DEFAULT 0 NOT NULL,
	"status" text NOT NULL,
	"closed_by_event_id" bigint,
	"closed_on" date,
	"responsible_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matter_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"matter_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"subject_id" integer,
	"type" text NOT NULL,
	"occurred_on" date NOT NULL,
	"occurred_at" text,
	"document_number" text,
	"issuing_body" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"recorded_by" integer,
	"recorded_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"voided_at" timestamp with time zone,
	"voided_by" integer,
	"void_reason" text
);
--> statement-breakpoint
CREATE TABLE "matter_subjects" (
	"id" serial PRIMARY KEY NOT NULL,
	"matter_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"full_name" text NOT NULL,
	"birth_year" smallint,
	"gender" text,
	"charge_article" smallint,
	"charge_clause" smallint,
	"charge_point" text,
	"category" text,
	"measure" text DEFAULT 'none' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matters" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"received_on" date NOT NULL,
	"prosecutor_id" integer,
	"stage" text NOT NULL,
	"stage_label" text NOT NULL,
	"category" text,
	"closed" boolean DEFAULT false NOT NULL,
	"next_due_date" date,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "deadlines" ADD CONSTRAINT "deadlines_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_events" ADD CONSTRAINT "matter_events_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_events" ADD CONSTRAINT "matter_events_subject_id_matter_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."matter_subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_subjects" ADD CONSTRAINT "matter_subjects_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_prosecutor_id_people_id_fk" FOREIGN KEY ("prosecutor_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "deadlines_matter_key" ON "deadlines" USING btree ("matter_id","key");--> statement-breakpoint
CREATE INDEX "deadlines_unit_status_due_idx" ON "deadlines" USING btree ("unit_id","status","due_date");--> statement-breakpoint
CREATE INDEX "deadlines_responsible_status_due_idx" ON "deadlines" USING btree ("responsible_id","status","due_date");--> statement-breakpoint
CREATE INDEX "matter_events_matter_idx" ON "matter_events" USING btree ("matter_id","occurred_on");--> statement-breakpoint
CREATE INDEX "matter_events_unit_type_idx" ON "matter_events" USING btree ("unit_id","type","occurred_on");--> statement-breakpoint
CREATE INDEX "matter_subjects_matter_idx" ON "matter_subjects" USING btree ("matter_id");--> statement-breakpoint
CREATE INDEX "matter_subjects_article_idx" ON "matter_subjects" USING btree ("charge_article");--> statement-breakpoint
CREATE UNIQUE INDEX "matters_unit_number_key" ON "matters" USING btree ("unit_id","number");--> statement-breakpoint
CREATE INDEX "matters_unit_kind_received_idx" ON "matters" USING btree ("unit_id","kind","received_on");--> statement-breakpoint
CREATE INDEX "matters_prosecutor_idx" ON "matters" USING btree ("prosecutor_id");--> statement-breakpoint
CREATE INDEX "matters_received_idx" ON "matters" USING btree ("received_on");