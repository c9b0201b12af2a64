ALTER TABLE "audit_log" ADD COLUMN "matter_id" integer;--> statement-breakpoint
CREATE INDEX "audit_log_matter_at_idx" ON "audit_log" USING btree ("matter_id","at");--> statement-breakpoint
-- Rows written before the column: a matter's own rows name it as their entity, an act's rows
-- carry it in the values recorded, or (a voided act) through the act itself; a subject through its row.
UPDATE "audit_log" SET "matter_id" = "entity_id"::integer WHERE "entity" = 'matter' AND "entity_id" ~ '^[0-9]+$';--> statement-breakpoint
UPDATE "audit_log" a SET "matter_id" = e."matter_id" FROM "matter_events" e
  WHERE a."entity" = 'matter_event' AND a."entity_id" ~ '^[0-9]+$' AND e."id" = a."entity_id"::integer;--> statement-breakpoint
UPDATE "audit_log" a SET "matter_id" = s."matter_id" FROM "matter_subjects" s
  WHERE a."entity" = 'matter_subject' AND a."entity_id" ~ '^[0-9]+$' AND s."id" = a."entity_id"::integer;--> statement-breakpoint
COMMENT ON COLUMN "audit_log"."matter_id" IS 'Vụ việc mà dòng nhật ký nói đến (chính vụ việc, một hành vi tố tụng hay một người của vụ việc): nguồn của "Lịch sử thay đổi" của vụ việc';
