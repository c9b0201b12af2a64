// The outgoing-document register (sổ văn bản đi) as the API answers it.
import { z } from 'zod'
import { DOCUMENT_TYPES } from '@/domain/documents/document-types.ts'
import { Id, IsoDate } from './common.ts'

export const OutgoingDocument = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  year: z.number().int(),
  number: z.number().int(),
  /** "01/KH-VKS": the number with its leading zero below 10, then the code (DOMAIN.md §9). */
  numberText: z.string(),
  code: z.string(),
  type: z.enum(DOCUMENT_TYPES),
  summary: z.string(),
  issuedOn: IsoDate,
  signer: z.string(),
  sourceKind: z.string().nullable(),
  sourceId: z.number().int().nullable(),
})
export type OutgoingDocument = z.infer<typeof OutgoingDocument>

/** A unit's register for a calendar year (numbering restarts each 1 January, Nghị định 30/2020 Art. 15). */
export const OutgoingDocumentsQuery = z.object({
  unitId: Id,
  year: z.coerce
    .number({ message: 'Năm phải là số' })
    .int('Năm phải là số nguyên')
    .min(1900, 'Năm phải từ 1900 đến 2100')
    .max(2100, 'Năm phải từ 1900 đến 2100'),
})

export const OutgoingDocumentList = z.object({ items: z.array(OutgoingDocument) })
