-- Accent-insensitive search over the register: number, summary and the subjects' names.
CREATE INDEX matters_title_search_idx ON matters USING gin (search_normalize(title) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX matters_number_search_idx ON matters USING gin (lower(number) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX matter_subjects_name_search_idx ON matter_subjects USING gin (search_normalize(full_name) gin_trgm_ops);
--> statement-breakpoint
COMMENT ON TABLE matter_events IS 'Hành vi tố tụng: không bao giờ xóa; ghi nhầm thì hủy (voided_at, void_reason).';
--> statement-breakpoint
COMMENT ON TABLE deadlines IS 'Thời hạn tố tụng suy ra từ các hành vi tố tụng; tính lại trong cùng giao dịch với mỗi lần ghi.';
--> statement-breakpoint
COMMENT ON COLUMN deadlines.basis IS 'Căn cứ pháp lý bằng tiếng Việt, ví dụ: Điều 240 BLTTHS 2015: 30 ngày kể từ ngày nhận hồ sơ…';
