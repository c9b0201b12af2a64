CREATE TABLE "calendar_recomputes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"job_id" text NOT NULL,
	"entry_id" integer,
	"action" text NOT NULL,
	"dates" jsonb NOT NULL,
	"matter_ids" jsonb NOT NULL,
	"deadlines" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"moved" integer DEFAULT 0 NOT NULL,
	"moves" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"error" text,
	"requested_by" integer,
	"unit_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_recomputes_job_key" ON "calendar_recomputes" USING btree ("job_id");--> statement-breakpoint
CREATE INDEX "calendar_recomputes_status_idx" ON "calendar_recomputes" USING btree ("status");