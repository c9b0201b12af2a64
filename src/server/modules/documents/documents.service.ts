// The outgoing-document register (sổ văn bản đi): read by everyone whose reach covers the unit
// (issue 13 item 9: everyone in scope reads), written only by the module that issues a document
// (the plan's issue, later the emulation and year-end documents), inside its own transaction
// and after its own access check, so that the number, the document and its audit row commit or
// roll back together.
import type { z } from 'zod'
import { documentCode, registerYearOf, type DocumentType } from '@/domain/documents/document-types.ts'
import type { OutgoingDocument, OutgoingDocumentsQuery } from '@/shared/api/documents.ts'
import type { Database, Executor } from '../../db/client.ts'
import { AppError } from '../../platform/app-error.ts'
import { permittedUnits, type RequestContext } from '../../platform/actor.ts'
import { writeAudit, type AuditOrigin } from '../../platform/audit.ts'
import { documentNumberText } from '../../platform/documents/index.ts'
import { findRegister, insertOutgoingDocument, type OutgoingDocumentRow } from './documents.repository.ts'

const toOutgoingDocument = (row: OutgoingDocumentRow): OutgoingDocument => ({
  id: row.id,
  unitId: row.unitId,
  year: row.year,
  number: row.number,
  numberText: documentNumberText({ value: row.number, code: row.code }),
  code: row.code,
  type: row.type,
  summary: row.summary,
  issuedOn: row.issuedOn,
  signer: row.signer,
  sourceKind: row.sourceKind,
  sourceId: row.sourceId,
})

/** A unit's register for a calendar year, in number order. A unit out of reach answers like a missing one. */
export const listRegister = async (
  db: Database,
  ctx: RequestContext,
  query: z.output<typeof OutgoingDocumentsQuery>,
): Promise<{ items: OutgoingDocument[] }> => {
  if (!permittedUnits(ctx, 'unit.read').has(query.unitId)) throw new AppError('UNIT_NOT_FOUND', 'Không tìm thấy đơn vị')
  return { items: (await findRegister(db, query.unitId, query.year)).map(toOutgoingDocument) }
}

/** The code's shape: capitals-led parts joined by "-", e.g. KH-VKS, QĐ-VKSTC, VKS-TK (DOMAIN.md §9). */
const CODE = /^[A-ZĐ][A-Za-zĐđ0-9]*(-[A-ZĐ][A-Za-zĐđ0-9]*)*$/

export type IssueDocument = {
  unitId: number
  type: DocumentType
  /** The agency's code after the type's abbreviation ("VKS"), and the drafting unit's if any ("VP"). */
  agencyCode: string
  draftingUnitCode?: string
  summary: string
  /** The signing date; its calendar year is the register's year (Art. 15). */
  issuedOn: string
  signer: string
  source: { kind: string; id: number } | null
}

/**
 * Enters a document in its unit's register under the next number of the calendar year, with its
 * audit row, in the caller's transaction (the caller has checked who may issue). Returns the
 * register's row: its `number` and `code` go on the document ("Số: 01/KH-VKS").
 */
export const registerOutgoingDocument = async (
  tx: Executor,
  origin: AuditOrigin,
  input: IssueDocument,
): Promise<OutgoingDocument> => {
  let year: number
  try {
    year = registerYearOf(input.issuedOn)
  } catch {
    throw new AppError('DOCUMENT_INVALID_DATE', `Ngày ban hành không hợp lệ: ${input.issuedOn}`)
  }
  const code = documentCode(input.type, input.agencyCode, input.draftingUnitCode)
  if (!CODE.test(code)) throw new AppError('DOCUMENT_INVALID_CODE', `Ký hiệu văn bản không hợp lệ: ${code}`)
  const row = await insertOutgoingDocument(tx, {
    unitId: input.unitId,
    year,
    code,
    type: input.type,
    summary: input.summary,
    issuedOn: input.issuedOn,
    signer: input.signer,
    source: input.source,
    createdBy: origin.actorId,
  })
  const document = toOutgoingDocument(row)
  await writeAudit(tx, origin, {
    action: 'create',
    entity: 'outgoing_document',
    entityId: row.id,
    unitId: row.unitId,
    after: document,
  })
  return document
}
