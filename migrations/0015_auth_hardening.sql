CREATE TABLE "auth_throttles" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"username" text,
	"ip" text,
	"unit_id" integer,
	"failures" integer NOT NULL,
	"first_failure_at" timestamp with time zone NOT NULL,
	"last_failure_at" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone,
	CONSTRAINT "auth_throttles_scope_key_pk" PRIMARY KEY("scope","key")
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "demo_login" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "auth_throttles_last_failure_idx" ON "auth_throttles" USING btree ("last_failure_at");--> statement-breakpoint
-- Custom: a database seeded before this column existed keeps its demo logins flagged (the seed's audit row lists them).
UPDATE "people" SET "demo_login" = true WHERE "username" IN (SELECT jsonb_array_elements_text("after"->'logins') FROM "audit_log" WHERE "entity" = 'demo' AND "action" = 'create');
