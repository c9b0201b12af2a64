// The register's SQL. Numbers come from one counter row per unit and calendar year, taken with
// INSERT … ON CONFLICT DO UPDATE … RETURNING inside the caller's transaction: the row stays
// locked until that transaction ends, so concurrent issuers queue on it (no duplicate), and a
// transaction that rolls back takes its increment with it (no gap). Works alike on PostgreSQL
// and PGlite.
import { and, asc, eq, sql } from 'drizzle-orm'
import type { DocumentType } from '@/domain/documents/document-types.ts'
import type { Executor } from '../../db/client.ts'
import { outgoingDocumentCounters, outgoingDocuments } from '../../db/schema.ts'

export type OutgoingDocumentRow = typeof outgoingDocuments.$inferSelect

/** The next number of a unit's register for a calendar year: 1 for the first document of the year. */
export const allocateNumber = async (
  tx: Executor,
  { unitId, year }: { unitId: number; year: number },
): Promise<number> => {
  const [row] = await tx
    .insert(outgoingDocumentCounters)
    .values({ unitId, year, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [outgoingDocumentCounters.unitId, outgoingDocumentCounters.year],
      set: { lastNumber: sql`${outgoingDocumentCounters.lastNumber} + 1` },
    })
    .returning({ number: outgoingDocumentCounters.lastNumber })
  return row!.number
}

export type NewOutgoingDocument = {
  unitId: number
  year: number
  code: string
  type: DocumentType
  summary: string
  issuedOn: string
  signer: string
  source: { kind: string; id: number } | null
  createdBy: number | null
}

/** A document entered in the register under the next number. */
export const insertOutgoingDocument = async (
  tx: Executor,
  input: NewOutgoingDocument,
): Promise<OutgoingDocumentRow> => {
  const number = await allocateNumber(tx, { unitId: input.unitId, year: input.year })
  const [row] = await tx
    .insert(outgoingDocuments)
    .values({
      unitId: input.unitId,
      year: input.year,
      number,
      code: input.code,
      type: input.type,
      summary: input.summary,
      issuedOn: input.issuedOn,
      signer: input.signer,
      sourceKind: input.source?.kind ?? null,
      sourceId: input.source?.id ?? null,
      createdBy: input.createdBy,
    })
    .returning()
  return row!
}

export const findRegister = (db: Executor, unitId: number, year: number): Promise<OutgoingDocumentRow[]> =>
  db
    .select()
    .from(outgoingDocuments)
    .where(and(eq(outgoingDocuments.unitId, unitId), eq(outgoingDocuments.year, year)))
    .orderBy(asc(outgoingDocuments.number))
