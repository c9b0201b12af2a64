DROP INDEX "indicator_targets_code_from_key";--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD COLUMN "unit_id" integer;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD COLUMN "withdrawn_by" integer;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD COLUMN "withdrawal_reason" text;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_targets_code_from_key" ON "indicator_targets" USING btree ("indicator_code","effective_from") WHERE withdrawn_at IS NULL;