// The emulation facts' tables (issue 14 items 1, 2, 8): the officer's overrides of catalogue
// parameters, the base-salary table, and per person and year the ratings, disciplines, reviews,
// initiatives; per collective and year its rating; and the history of titles and awards held.
// Every row keeps its owning unit (DESIGN.md, "Scale"). Years are emulation years (DOMAIN.md §6.1).
import { AWARD_CODES, DISCIPLINE_FORMS, INITIATIVE_SCOPES, QUALITY_RATINGS } from '@/domain/emulation/vocabulary.ts'
import { sql } from 'drizzle-orm'
import { bigint, check, date, index, integer, pgTable, serial, smallint, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { createdAt, oneOf, updatedAt } from '../../db/columns.ts'
import { people } from '../people/people.schema.ts'
import { units } from '../units/units.schema.ts'

/** The emulation officer's override of a catalogue parameter, from an effective date, with its note. */
export const emulationParameters = pgTable(
  'emulation_parameters',
  {
    id: serial('id').primaryKey(),
    /** The unit whose officer set it (the province or the Supreme Procuracy). */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    key: text('key').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    /** The value as JSON text (a number, a ratio, a list). */
    value: text('value').notNull(),
    note: text('note').notNull(),
    setBy: integer('set_by')
      .notNull()
      .references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('emulation_parameters_key_from_key').on(t.unitId, t.key, t.effectiveFrom)],
)

/** Mức lương cơ sở: the base salary by period, with the decree that set it. */
export const baseSalaries = pgTable(
  'base_salaries',
  {
    id: serial('id').primaryKey(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    legalSource: text('legal_source').notNull(),
  },
  (t) => [
    uniqueIndex('base_salaries_valid_from_key').on(t.validFrom),
    check('base_salaries_amount_check', sql`${t.amount} > 0`),
  ],
)

/** Xếp loại chất lượng of a person for an emulation year: once per person and year. */
export const personYearRatings = pgTable(
  'person_year_ratings',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    year: smallint('year').notNull(),
    /** The unit the person worked in that year (owning unit of the row). */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    rating: text('rating', { enum: QUALITY_RATINGS }),
    absenceDays: smallint('absence_days').notNull().default(0),
    maternityDays: smallint('maternity_days').notNull().default(0),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('person_year_ratings_person_year_key').on(t.personId, t.year),
    index('person_year_ratings_unit_year_idx').on(t.unitId, t.year),
    check('person_year_ratings_rating_check', oneOf(t.rating, QUALITY_RATINGS)),
    check(
      'person_year_ratings_days_check',
      sql`${t.absenceDays} between 0 and 366 and ${t.maternityDays} between 0 and 366`,
    ),
  ],
)

/** Kỷ luật: a discipline decision on a person. */
export const personDisciplines = pgTable(
  'person_disciplines',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    form: text('form', { enum: DISCIPLINE_FORMS }).notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    inForceUntil: date('in_force_until', { mode: 'string' }),
    decision: text('decision').notNull(),
    reason: text('reason').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('person_disciplines_person_idx').on(t.personId),
    check('person_disciplines_form_check', oneOf(t.form, DISCIPLINE_FORMS)),
    check('person_disciplines_dates_check', sql`${t.inForceUntil} is null or ${t.inForceUntil} >= ${t.decidedOn}`),
  ],
)

/** Đang bị xem xét kỷ luật: open while closed_on is null (ND 98/2023 Art. 4, nobody is proposed). */
export const disciplinaryReviews = pgTable(
  'disciplinary_reviews',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('disciplinary_reviews_person_idx').on(t.personId),
    check('disciplinary_reviews_dates_check', sql`${t.closedOn} is null or ${t.closedOn} >= ${t.openedOn}`),
  ],
)

/** Sáng kiến: an initiative recognised for a person in a year. */
export const initiatives = pgTable(
  'initiatives',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: smallint('year').notNull(),
    title: text('title').notNull(),
    scope: text('scope', { enum: INITIATIVE_SCOPES }).notNull(),
    decision: text('decision').notNull(),
    recognisedOn: date('recognised_on', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('initiatives_person_year_idx').on(t.personId, t.year),
    check('initiatives_scope_check', oneOf(t.scope, INITIATIVE_SCOPES)),
  ],
)

/** A collective's own rating of an emulation year: once per unit and year. */
export const collectiveYearRatings = pgTable(
  'collective_year_ratings',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: smallint('year').notNull(),
    rating: text('rating', { enum: QUALITY_RATINGS }).notNull(),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('collective_year_ratings_unit_year_key').on(t.unitId, t.year),
    check('collective_year_ratings_rating_check', oneOf(t.rating, QUALITY_RATINGS)),
  ],
)

/** The first day of a person's service in the sector: once per person. */
export const personServiceStarts = pgTable(
  'person_service_starts',
  {
    personId: integer('person_id')
      .primaryKey()
      .references(() => people.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    serviceStart: date('service_start', { mode: 'string' }).notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [index('person_service_starts_unit_idx').on(t.unitId)],
)

/** Danh hiệu, hình thức khen thưởng đã nhận: the history of awards held, of a person xor a unit. */
export const emulationAwards = pgTable(
  'emulation_awards',
  {
    id: serial('id').primaryKey(),
    /** The owning unit: the person's unit that year, or the collective itself. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    award: text('award', { enum: AWARD_CODES }).notNull(),
    personId: integer('person_id').references(() => people.id),
    subjectUnitId: integer('subject_unit_id').references(() => units.id),
    year: smallint('year').notNull(),
    decisionNumber: text('decision_number').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    decidingBody: text('deciding_body').notNull().default(''),
    /** The awards module's decision, when recorded there (no foreign key on purpose). */
    decisionId: integer('decision_id'),
    amount: bigint('amount', { mode: 'number' }),
    revokedOn: date('revoked_on', { mode: 'string' }),
    revocationReason: text('revocation_reason'),
    amountToRecover: bigint('amount_to_recover', { mode: 'number' }),
    createdAt: createdAt(),
  },
  (t) => [
    // One achievement is rewarded only once (Luật Thi đua, khen thưởng 2022, Art. 5 cl. 3).
    uniqueIndex('emulation_awards_person_once_key')
      .on(t.personId, t.award, t.year)
      .where(sql`${t.personId} is not null and ${t.revokedOn} is null`),
    uniqueIndex('emulation_awards_unit_once_key')
      .on(t.subjectUnitId, t.award, t.year)
      .where(sql`${t.subjectUnitId} is not null and ${t.revokedOn} is null`),
    index('emulation_awards_unit_idx').on(t.unitId),
    check('emulation_awards_award_check', oneOf(t.award, AWARD_CODES)),
    check('emulation_awards_subject_check', sql`(${t.personId} is null) <> (${t.subjectUnitId} is null)`),
    check('emulation_awards_revocation_check', sql`${t.revokedOn} is null or ${t.revocationReason} is not null`),
  ],
)
