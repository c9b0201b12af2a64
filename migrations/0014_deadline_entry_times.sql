ALTER TABLE "deadlines" ADD COLUMN "start_recorded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "deadlines" ADD COLUMN "closed_recorded_at" timestamp with time zone;--> statement-breakpoint
-- When the acts that started and closed each deadline were entered, as recompute now copies them
-- (src/server/modules/register/recompute.ts). The update appends a register change per unit, so
-- the cached indicator figures are counted again with the deadlines "as of" their entry.
UPDATE "deadlines" d
   SET "start_recorded_at" = (SELECT e."recorded_at" FROM "matter_events" e WHERE e."id" = d."start_event_id"),
       "closed_recorded_at" = (SELECT e."recorded_at" FROM "matter_events" e WHERE e."id" = d."closed_by_event_id");--> statement-breakpoint
CREATE INDEX "deadlines_unit_rule_closed_recorded_idx" ON "deadlines" USING btree ("unit_id","rule_code","closed_recorded_at") WHERE closed_recorded_at IS NOT NULL;
