-- Penal Code article ids are strings ("173", "217a", "256a"): the derived column becomes text,
-- and the charges stored inside acts (data.charge, data.charges[].charge, data.verdicts[].charge)
-- get their numeric article rewritten as its string id. The application still reads a number
-- as its id (src/domain/register/event-types.ts ArticleId), so this is safe to run at any time.
ALTER TABLE "matter_subjects" ALTER COLUMN "charge_article" SET DATA TYPE text USING "charge_article"::text;--> statement-breakpoint
UPDATE "matter_events"
SET "data" = jsonb_set("data", '{charge,article}', to_jsonb(("data" #>> '{charge,article}')))
WHERE jsonb_typeof("data" #> '{charge,article}') = 'number';--> statement-breakpoint
UPDATE "matter_events"
SET "data" = jsonb_set("data", '{charges}', (
  SELECT jsonb_agg(
    CASE WHEN jsonb_typeof(item #> '{charge,article}') = 'number'
      THEN jsonb_set(item, '{charge,article}', to_jsonb(item #>> '{charge,article}'))
      ELSE item END
    ORDER BY ord)
  FROM jsonb_array_elements("data" -> 'charges') WITH ORDINALITY AS x(item, ord)
))
WHERE jsonb_typeof("data" -> 'charges') = 'array'
  AND EXISTS (SELECT 1 FROM jsonb_array_elements("data" -> 'charges') AS y(item) WHERE jsonb_typeof(item #> '{charge,article}') = 'number');--> statement-breakpoint
UPDATE "matter_events"
SET "data" = jsonb_set("data", '{verdicts}', (
  SELECT jsonb_agg(
    CASE WHEN jsonb_typeof(item #> '{charge,article}') = 'number'
      THEN jsonb_set(item, '{charge,article}', to_jsonb(item #>> '{charge,article}'))
      ELSE item END
    ORDER BY ord)
  FROM jsonb_array_elements("data" -> 'verdicts') WITH ORDINALITY AS x(item, ord)
))
WHERE jsonb_typeof("data" -> 'verdicts') = 'array'
  AND EXISTS (SELECT 1 FROM jsonb_array_elements("data" -> 'verdicts') AS y(item) WHERE jsonb_typeof(item #> '{charge,article}') = 'number');
