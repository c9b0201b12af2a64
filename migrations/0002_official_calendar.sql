CREATE TABLE "official_calendar_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"legal_source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	CONSTRAINT "official_calendar_entries_kind_check" CHECK ("official_calendar_entries"."kind" in ('day_off', 'working_day'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "official_calendar_entries_date_key" ON "official_calendar_entries" USING btree ("date");