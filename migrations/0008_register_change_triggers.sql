-- The register version of a unit (see register_changes in src/server/db/schema.ts): every
-- statement that writes matters, subjects, events or deadlines appends one row per unit it
-- touched. Statement-level triggers with transition tables keep bulk loads (Excel import, the
-- demo seed) at one extra INSERT per statement, and append-only rows never block writers.
CREATE FUNCTION note_register_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO register_changes (unit_id) SELECT DISTINCT unit_id FROM old_rows;
  ELSE
    INSERT INTO register_changes (unit_id) SELECT DISTINCT unit_id FROM new_rows;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER matters_changed_insert AFTER INSERT ON matters REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_register_change();
--> statement-breakpoint
CREATE TRIGGER matters_changed_update AFTER UPDATE ON matters REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_register_change();
--> statement-breakpoint
CREATE TRIGGER matters_changed_delete AFTER DELETE ON matters REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION note_register_change();
--> statement-breakpoint
CREATE TRIGGER matter_subjects_changed_insert AFTER INSERT ON matter_subjects REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_register_change();
--> statement-breakpoint
CREATE TRIGGER matter_subjects_changed_delete AFTER DELETE ON matter_subjects REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION note_register_change();
--> statement-breakpoint
CREATE TRIGGER matter_events_changed_insert AFTER INSERT ON matter_events REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_register_change();
--> statement-breakpoint
CREATE TRIGGER matter_events_changed_update AFTER UPDATE ON matter_events REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_register_change();
--> statement-breakpoint
CREATE TRIGGER deadlines_changed_insert AFTER INSERT ON deadlines REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_register_change();
--> statement-breakpoint
CREATE TRIGGER deadlines_changed_update AFTER UPDATE ON deadlines REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_register_change();
--> statement-breakpoint
CREATE TRIGGER deadlines_changed_delete AFTER DELETE ON deadlines REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION note_register_change();
