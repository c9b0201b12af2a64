import type { FastifyReply } from 'fastify'
import { XLSX_MIME } from '@/shared/api/register-excel.ts'

/** Sends an .xlsx download. ASCII file names only (so-thu-ly-2026-11-24.xlsx): no encoding needed in the header. */
export const sendWorkbook = (reply: FastifyReply, workbook: Buffer, fileName: string) =>
  reply
    .header('content-type', XLSX_MIME)
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'no-store')
    .send(workbook)
