CREATE TABLE "indicator_figure_cache" (
	"unit_id" integer NOT NULL,
	"period_key" text NOT NULL,
	"as_of" date NOT NULL,
	"formula_hash" text NOT NULL,
	"change_id" bigint NOT NULL,
	"figures" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "indicator_figure_cache_unit_id_period_key_as_of_formula_hash_pk" PRIMARY KEY("unit_id","period_key","as_of","formula_hash")
);
--> statement-breakpoint
CREATE TABLE "indicator_targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_code" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"comparison" text NOT NULL,
	"value" double precision,
	"unconfirmed" boolean DEFAULT false NOT NULL,
	"legal_source" text NOT NULL,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "period_closures" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"period_key" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"as_of" date NOT NULL,
	"figures" jsonb NOT NULL,
	"closed_by" integer NOT NULL,
	"closed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "register_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"changed_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "period_closures" ADD CONSTRAINT "period_closures_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_targets_code_from_key" ON "indicator_targets" USING btree ("indicator_code","effective_from");--> statement-breakpoint
CREATE UNIQUE INDEX "period_closures_unit_period_key" ON "period_closures" USING btree ("unit_id","period_key");--> statement-breakpoint
CREATE INDEX "register_changes_unit_idx" ON "register_changes" USING btree ("unit_id","id");