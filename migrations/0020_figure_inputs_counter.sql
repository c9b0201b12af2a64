-- Besides the register (register_changes), a dashboard's answer depends on the targets in force
-- and the closed periods. Every statement that writes either bumps the 'indicator_inputs'
-- counter, so that each server instance can keep a computed answer in memory and know, from one
-- cheap read, whether it still holds — whichever instance or script made the change.
CREATE FUNCTION note_indicator_input_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO app_counters (key, value) VALUES ('indicator_inputs', 1)
    ON CONFLICT (key) DO UPDATE SET value = app_counters.value + 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER indicator_targets_changed AFTER INSERT OR UPDATE OR DELETE ON indicator_targets FOR EACH STATEMENT EXECUTE FUNCTION note_indicator_input_change();
--> statement-breakpoint
CREATE TRIGGER period_closures_changed AFTER INSERT OR UPDATE OR DELETE ON period_closures FOR EACH STATEMENT EXECUTE FUNCTION note_indicator_input_change();
