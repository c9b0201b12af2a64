// Official documents (issue 13 item 8): the typed model, the .docx in the layout of
// Nghị định 30/2020/NĐ-CP Phụ lục I, its PDF preview through LibreOffice, and charts as PNG for
// them. No database: the outgoing-document register that numbers them is the documents module
// (src/server/modules/documents).
export type {
  Annex,
  DocumentBlock,
  OfficialDocument,
  RichText,
  Signature,
  TableColumn,
} from './document-model.ts'
export { documentNumberText } from './document-model.ts'
export { renderDocx } from './render-docx.ts'
export { docxToPdf } from './pdf-preview.ts'
export { chartPng, type ChartSpec } from './chart-png.ts'
