CREATE TABLE "base_salaries" (
	"id" serial PRIMARY KEY NOT NULL,
	"amount" bigint NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"legal_source" text NOT NULL,
	CONSTRAINT "base_salaries_amount_check" CHECK ("base_salaries"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "collective_year_ratings" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"rating" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collective_year_ratings_rating_check" CHECK ("collective_year_ratings"."rating" in ('excellent', 'good', 'completed', 'not_completed'))
);
--> statement-breakpoint
CREATE TABLE "disciplinary_reviews" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disciplinary_reviews_dates_check" CHECK ("disciplinary_reviews"."closed_on" is null or "disciplinary_reviews"."closed_on" >= "disciplinary_reviews"."opened_on")
);
--> statement-breakpoint
CREATE TABLE "emulation_awards" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"award" text NOT NULL,
	"person_id" integer,
	"subject_unit_id" integer,
	"year" smallint NOT NULL,
	"decision_number" text NOT NULL,
	"decided_on" date NOT NULL,
	"deciding_body" text DEFAULT '' NOT NULL,
	"decision_id" integer,
	"amount" bigint,
	"revoked_on" date,
	"revocation_reason" text,
	"amount_to_recover" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_awards_award_check" CHECK ("emulation_awards"."award" in ('lao_dong_tien_tien', 'chien_si_thi_dua_co_so', 'chien_si_thi_dua_nganh', 'chien_si_thi_dua_toan_quoc', 'tap_the_lao_dong_tien_tien', 'tap_the_lao_dong_xuat_sac', 'co_thi_dua_nganh', 'co_thi_dua_chinh_phu', 'giay_khen', 'bang_khen_nganh', 'bang_khen_thu_tuong', 'huan_chuong_lao_dong_hang_ba', 'huan_chuong_lao_dong_hang_nhi', 'huan_chuong_lao_dong_hang_nhat', 'ky_niem_chuong')),
	CONSTRAINT "emulation_awards_subject_check" CHECK (("emulation_awards"."person_id" is null) <> ("emulation_awards"."subject_unit_id" is null)),
	CONSTRAINT "emulation_awards_revocation_check" CHECK ("emulation_awards"."revoked_on" is null or "emulation_awards"."revocation_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "emulation_parameters" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"key" text NOT NULL,
	"effective_from" date NOT NULL,
	"value" text NOT NULL,
	"note" text NOT NULL,
	"set_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"title" text NOT NULL,
	"scope" text NOT NULL,
	"decision" text NOT NULL,
	"recognised_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiatives_scope_check" CHECK ("initiatives"."scope" in ('grassroots', 'province', 'sector', 'national'))
);
--> statement-breakpoint
CREATE TABLE "person_disciplines" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"form" text NOT NULL,
	"decided_on" date NOT NULL,
	"in_force_until" date,
	"decision" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_disciplines_form_check" CHECK ("person_disciplines"."form" in ('khien_trach', 'canh_cao', 'ha_bac_luong', 'giang_chuc', 'cach_chuc', 'buoc_thoi_viec')),
	CONSTRAINT "person_disciplines_dates_check" CHECK ("person_disciplines"."in_force_until" is null or "person_disciplines"."in_force_until" >= "person_disciplines"."decided_on")
);
--> statement-breakpoint
CREATE TABLE "person_service_starts" (
	"person_id" integer PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"service_start" date NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_year_ratings" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"unit_id" integer NOT NULL,
	"rating" text,
	"absence_days" smallint DEFAULT 0 NOT NULL,
	"maternity_days" smallint DEFAULT 0 NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_year_ratings_rating_check" CHECK ("person_year_ratings"."rating" in ('excellent', 'good', 'completed', 'not_completed')),
	CONSTRAINT "person_year_ratings_days_check" CHECK ("person_year_ratings"."absence_days" between 0 and 366 and "person_year_ratings"."maternity_days" between 0 and 366)
);
--> statement-breakpoint
ALTER TABLE "collective_year_ratings" ADD CONSTRAINT "collective_year_ratings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disciplinary_reviews" ADD CONSTRAINT "disciplinary_reviews_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disciplinary_reviews" ADD CONSTRAINT "disciplinary_reviews_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_awards" ADD CONSTRAINT "emulation_awards_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_awards" ADD CONSTRAINT "emulation_awards_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_awards" ADD CONSTRAINT "emulation_awards_subject_unit_id_units_id_fk" FOREIGN KEY ("subject_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_parameters" ADD CONSTRAINT "emulation_parameters_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_parameters" ADD CONSTRAINT "emulation_parameters_set_by_people_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_disciplines" ADD CONSTRAINT "person_disciplines_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_disciplines" ADD CONSTRAINT "person_disciplines_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_service_starts" ADD CONSTRAINT "person_service_starts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_service_starts" ADD CONSTRAINT "person_service_starts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_year_ratings" ADD CONSTRAINT "person_year_ratings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_year_ratings" ADD CONSTRAINT "person_year_ratings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "base_salaries_valid_from_key" ON "base_salaries" USING btree ("valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "collective_year_ratings_unit_year_key" ON "collective_year_ratings" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "disciplinary_reviews_person_idx" ON "disciplinary_reviews" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_awards_person_once_key" ON "emulation_awards" USING btree ("person_id","award","year") WHERE "emulation_awards"."person_id" is not null and "emulation_awards"."revoked_on" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_awards_unit_once_key" ON "emulation_awards" USING btree ("subject_unit_id","award","year") WHERE "emulation_awards"."subject_unit_id" is not null and "emulation_awards"."revoked_on" is null;--> statement-breakpoint
CREATE INDEX "emulation_awards_unit_idx" ON "emulation_awards" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_parameters_key_from_key" ON "emulation_parameters" USING btree ("unit_id","key","effective_from");--> statement-breakpoint
CREATE INDEX "initiatives_person_year_idx" ON "initiatives" USING btree ("person_id","year");--> statement-breakpoint
CREATE INDEX "person_disciplines_person_idx" ON "person_disciplines" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_service_starts_unit_idx" ON "person_service_starts" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "person_year_ratings_person_year_key" ON "person_year_ratings" USING btree ("person_id","year");--> statement-breakpoint
CREATE INDEX "person_year_ratings_unit_year_idx" ON "person_year_ratings" USING btree ("unit_id","year");--> statement-breakpoint
INSERT INTO "base_salaries" ("amount", "valid_from", "valid_to", "legal_source") VALUES
	(1490000, '2019-07-01', '2023-06-30', 'Nghị định số 38/2019/NĐ-CP ngày 09/5/2019'),
	(1800000, '2023-07-01', '2024-06-30', 'Nghị định số 24/2023/NĐ-CP ngày 14/5/2023'),
	(2340000, '2024-07-01', NULL, 'Nghị định số 73/2024/NĐ-CP ngày 30/6/2024');--> statement-breakpoint
COMMENT ON TABLE "emulation_parameters" IS 'The emulation officer''s override of a catalogue parameter (issue 14 item 1), by key and effective date, with the note saying why; the value is JSON text.';--> statement-breakpoint
COMMENT ON TABLE "base_salaries" IS 'Mức lương cơ sở by period with the decree that set it; a cash award is the base salary on the decision date times the multiple (ND 98/2023, ND 152/2025).';--> statement-breakpoint
COMMENT ON TABLE "person_year_ratings" IS 'Xếp loại chất lượng of a person for an emulation year, with absence and maternity days; one per person and year; unit_id is the unit of that year.';--> statement-breakpoint
COMMENT ON COLUMN "person_year_ratings"."rating" IS 'excellent: hoàn thành xuất sắc nhiệm vụ; good: hoàn thành tốt; completed: hoàn thành; not_completed: không hoàn thành nhiệm vụ (ND 90/2020).';--> statement-breakpoint
COMMENT ON TABLE "person_disciplines" IS 'A discipline decision (kỷ luật) on a person: its form, date, last day in force, the decision and the reason.';--> statement-breakpoint
COMMENT ON COLUMN "person_disciplines"."form" IS 'Hình thức kỷ luật, lightest first: khien_trach, canh_cao, ha_bac_luong, giang_chuc, cach_chuc, buoc_thoi_viec (Luật CBCC Arts. 78–79).';--> statement-breakpoint
COMMENT ON TABLE "disciplinary_reviews" IS 'A disciplinary review or investigation of a person; "under review" while closed_on is null (ND 98/2023 Art. 4: nobody is proposed then).';--> statement-breakpoint
COMMENT ON TABLE "initiatives" IS 'Sáng kiến recognised for a person in an emulation year, with its scope and the recognising decision.';--> statement-breakpoint
COMMENT ON COLUMN "initiatives"."scope" IS 'grassroots: cấp cơ sở; province: cấp tỉnh; sector: toàn ngành; national: toàn quốc.';--> statement-breakpoint
COMMENT ON TABLE "collective_year_ratings" IS 'A collective''s own rating of an emulation year; one per unit and year.';--> statement-breakpoint
COMMENT ON COLUMN "collective_year_ratings"."rating" IS 'excellent: hoàn thành xuất sắc nhiệm vụ; good: hoàn thành tốt; completed: hoàn thành; not_completed: không hoàn thành nhiệm vụ.';--> statement-breakpoint
COMMENT ON TABLE "person_service_starts" IS 'The first day of a person''s service in the sector (the 6-month new-hire exclusion, long service); one per person.';--> statement-breakpoint
COMMENT ON TABLE "emulation_awards" IS 'History of titles and awards held, by a person xor a unit, by year of the achievement; entered by hand before kiemsat or written by the awards module (decision_id without a foreign key); revocation with reason and amount to recover.';--> statement-breakpoint
COMMENT ON COLUMN "emulation_awards"."award" IS 'An award code of src/domain/emulation/vocabulary.ts AWARD_CODES (titles and reward forms, DOMAIN.md §7.2–7.3).';
