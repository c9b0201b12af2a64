// The outgoing-document register (sổ văn bản đi) of each issuing unit: one row per numbered
// document, numbered per calendar year (Nghị định 30/2020/NĐ-CP Art. 15: from 01 on 1 January to
// 31 December; DOMAIN.md §9), and one counter row per unit and year from which the numbers are
// taken in the issuing transaction, so that a rolled-back document leaves no gap and two
// documents never share a number.
import { DOCUMENT_TYPES } from '@/domain/documents/document-types.ts'
import { sql } from 'drizzle-orm'
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { createdAt, oneOf } from '../../db/columns.ts'
import { people } from '../people/people.schema.ts'
import { units } from '../units/units.schema.ts'

/** The last number given in a unit's register for a calendar year. */
export const outgoingDocumentCounters = pgTable(
  'outgoing_document_counters',
  {
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: smallint('year').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.year] }),
    check('outgoing_document_counters_last_number_check', sql`${t.lastNumber} >= 1`),
  ],
)

/** A numbered outgoing document. */
export const outgoingDocuments = pgTable(
  'outgoing_documents',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: smallint('year').notNull(),
    number: integer('number').notNull(),
    code: text('code').notNull(),
    type: text('type', { enum: DOCUMENT_TYPES }).notNull(),
    summary: text('summary').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    signer: text('signer').notNull(),
    sourceKind: text('source_kind'),
    sourceId: integer('source_id'),
    createdBy: integer('created_by').references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('outgoing_documents_unit_year_number_key').on(t.unitId, t.year, t.number),
    index('outgoing_documents_source_idx').on(t.sourceKind, t.sourceId),
    check('outgoing_documents_type_check', oneOf(t.type, DOCUMENT_TYPES)),
    check('outgoing_documents_number_check', sql`${t.number} >= 1`),
    // Art. 15: the register's year is the calendar year of the document's date.
    check('outgoing_documents_year_check', sql`${t.year} = extract(year from ${t.issuedOn})`),
    check('outgoing_documents_source_check', sql`(${t.sourceKind} is null) = (${t.sourceId} is null)`),
    check('outgoing_documents_code_check', sql`${t.code} ~ '^[A-ZĐ][A-Za-zĐđ0-9]*(-[A-ZĐ][A-Za-zĐđ0-9]*)*$'`),
  ],
)
