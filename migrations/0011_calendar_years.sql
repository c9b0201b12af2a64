CREATE TABLE "official_calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"decision" text NOT NULL,
	"decided_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	CONSTRAINT "official_calendar_years_year_check" CHECK ("official_calendar_years"."year" between 1900 and 2100)
);
