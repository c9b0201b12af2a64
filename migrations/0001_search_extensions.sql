-- Accent-insensitive Vietnamese search: "nguyen van duc" finds "Nguyễn Văn Đức".
-- unaccent and pg_trgm are trusted extensions (PostgreSQL 13+), contrib modules in PGlite.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could change); this wrapper pins the dictionary
-- so that it may be used in index expressions.
CREATE OR REPLACE FUNCTION search_normalize(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;
--> statement-breakpoint
CREATE INDEX people_full_name_search_idx ON people USING gin (search_normalize(full_name) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX units_name_search_idx ON units USING gin (search_normalize(name) gin_trgm_ops);
--> statement-breakpoint
ALTER TABLE units ADD CONSTRAINT units_validity_check CHECK (valid_to IS NULL OR valid_to >= valid_from);
--> statement-breakpoint
ALTER TABLE units ADD CONSTRAINT units_not_own_parent_check CHECK (parent_id IS NULL OR parent_id <> id);
--> statement-breakpoint
COMMENT ON TABLE units IS 'Đơn vị: VKSND các cấp, phòng, văn phòng; cây có lịch sử (valid_from/valid_to, successor_id).';
--> statement-breakpoint
COMMENT ON COLUMN units.successor_id IS 'Đơn vị kế thừa khi đơn vị này chấm dứt (sáp nhập 01/7/2025: VKSND cấp huyện → VKSND khu vực).';
--> statement-breakpoint
COMMENT ON COLUMN audit_log.unit_id IS 'Đơn vị sở hữu bản ghi bị tác động; quyết định ai được xem dòng nhật ký này.';
--> statement-breakpoint
COMMENT ON COLUMN sessions.id IS 'SHA-256 của mã phiên trong cookie; mã gốc không được lưu.';
