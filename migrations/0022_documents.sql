CREATE TABLE "outgoing_document_counters" (
	"unit_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "outgoing_document_counters_unit_id_year_pk" PRIMARY KEY("unit_id","year"),
	CONSTRAINT "outgoing_document_counters_last_number_check" CHECK ("outgoing_document_counters"."last_number" >= 1)
);
--> statement-breakpoint
CREATE TABLE "outgoing_documents" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"number" integer NOT NULL,
	"code" text NOT NULL,
	"type" text NOT NULL,
	"summary" text NOT NULL,
	"issued_on" date NOT NULL,
	"signer" text NOT NULL,
	"source_kind" text,
	"source_id" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outgoing_documents_type_check" CHECK ("outgoing_documents"."type" in ('ke_hoach', 'bao_cao', 'quyet_dinh', 'huong_dan', 'chi_thi', 'thong_bao', 'to_trinh', 'cong_van')),
	CONSTRAINT "outgoing_documents_number_check" CHECK ("outgoing_documents"."number" >= 1),
	CONSTRAINT "outgoing_documents_year_check" CHECK ("outgoing_documents"."year" = extract(year from "outgoing_documents"."issued_on")),
	CONSTRAINT "outgoing_documents_source_check" CHECK (("outgoing_documents"."source_kind" is null) = ("outgoing_documents"."source_id" is null)),
	CONSTRAINT "outgoing_documents_code_check" CHECK ("outgoing_documents"."code" ~ '^[A-ZĐ][A-Za-zĐđ0-9]*(-[A-ZĐ][A-Za-zĐđ0-9]*)*$')
);
--> statement-breakpoint
ALTER TABLE "outgoing_document_counters" ADD CONSTRAINT "outgoing_document_counters_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing_documents" ADD CONSTRAINT "outgoing_documents_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing_documents" ADD CONSTRAINT "outgoing_documents_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "outgoing_documents_unit_year_number_key" ON "outgoing_documents" USING btree ("unit_id","year","number");--> statement-breakpoint
CREATE INDEX "outgoing_documents_source_idx" ON "outgoing_documents" USING btree ("source_kind","source_id");--> statement-breakpoint
COMMENT ON TABLE "outgoing_document_counters" IS 'Số cuối cùng đã cấp trong sổ văn bản đi của một đơn vị theo năm dương lịch (Nghị định 30/2020, Điều 15: số bắt đầu từ 01 ngày 01/01, kết thúc ngày 31/12); lấy trong giao dịch ban hành nên văn bản bị hủy không để lại số trống.';
--> statement-breakpoint
COMMENT ON COLUMN "outgoing_document_counters"."year" IS 'Năm dương lịch của sổ (không phải năm thống kê 01/12–30/11).';
--> statement-breakpoint
COMMENT ON TABLE "outgoing_documents" IS 'Sổ văn bản đi: mỗi văn bản hành chính đã cấp số của một đơn vị ban hành (kế hoạch, báo cáo, quyết định…).';
--> statement-breakpoint
COMMENT ON COLUMN "outgoing_documents"."unit_id" IS 'Đơn vị ban hành, chủ sổ văn bản đi.';
--> statement-breakpoint
COMMENT ON COLUMN "outgoing_documents"."year" IS 'Năm dương lịch của ngày ban hành: số văn bản đánh lại từ 01 mỗi năm (Nghị định 30/2020, Điều 15).';
--> statement-breakpoint
COMMENT ON COLUMN "outgoing_documents"."number" IS 'Số văn bản trong sổ của đơn vị và năm, liên tục từ 1, không trùng, không bỏ số.';
--> statement-breakpoint
COMMENT ON COLUMN "outgoing_documents"."code" IS 'Ký hiệu văn bản sau dấu "/", ví dụ KH-VKS (viết tắt tên loại, cơ quan, đơn vị soạn thảo).';
--> statement-breakpoint
COMMENT ON COLUMN "outgoing_documents"."type" IS 'Tên loại văn bản: ke_hoach, bao_cao, quyet_dinh, huong_dan, chi_thi, thong_bao, to_trinh, cong_van.';
--> statement-breakpoint
COMMENT ON COLUMN "outgoing_documents"."summary" IS 'Trích yếu nội dung văn bản.';
--> statement-breakpoint
COMMENT ON COLUMN "outgoing_documents"."signer" IS 'Người ký, kèm thẩm quyền (ví dụ "KT. Viện trưởng, Phó Viện trưởng Nguyễn Văn An").';
--> statement-breakpoint
COMMENT ON COLUMN "outgoing_documents"."source_kind" IS 'Loại hồ sơ mà văn bản thuộc về (ví dụ plan: kế hoạch); null khi văn bản đứng riêng.';
--> statement-breakpoint
COMMENT ON COLUMN "outgoing_documents"."source_id" IS 'Mã của hồ sơ đó trong bảng của nó.';
