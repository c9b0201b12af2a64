CREATE TABLE "plan_reviews" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"period" text NOT NULL,
	"as_of" date NOT NULL,
	"snapshot" jsonb NOT NULL,
	"frozen_by" integer NOT NULL,
	"frozen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_reviews_period_check" CHECK ("plan_reviews"."period" in ('six_months', 'year'))
);
--> statement-breakpoint
ALTER TABLE "plan_reviews" ADD CONSTRAINT "plan_reviews_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reviews" ADD CONSTRAINT "plan_reviews_frozen_by_people_id_fk" FOREIGN KEY ("frozen_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plan_reviews_plan_period_key" ON "plan_reviews" USING btree ("plan_id","period");--> statement-breakpoint
COMMENT ON TABLE "plan_reviews" IS 'A plan''s review (sơ kết 6 tháng, tổng kết năm) frozen by its owner: the figures, task states and totals as computed then, so the review reads the same later.';--> statement-breakpoint
COMMENT ON COLUMN "plan_reviews"."period" IS 'six_months: sơ kết 01/12–31/05; year: tổng kết 01/12–30/11 (DOMAIN.md §8.3).';--> statement-breakpoint
COMMENT ON COLUMN "plan_reviews"."as_of" IS 'The day the review counts to: the period''s last day, or the day it was frozen if earlier.';
