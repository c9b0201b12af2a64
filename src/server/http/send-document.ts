import type { FastifyReply } from 'fastify'

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** Sends a .docx download (ASCII file names only, as sendWorkbook). */
export const sendDocx = (reply: FastifyReply, file: Buffer, fileName: string) =>
  reply
    .header('content-type', DOCX_MIME)
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'no-store')
    .send(file)

/** Sends a PDF to be shown in the browser (the preview of a document). */
export const sendPdf = (reply: FastifyReply, file: Buffer, fileName: string) =>
  reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="${fileName}"`)
    .header('cache-control', 'no-store')
    .send(file)
