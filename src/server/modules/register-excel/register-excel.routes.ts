// Excel in and out of the register: the import template, the import itself (with a dry
// run and a downloadable error report), and the exports of the matter and deadline lists.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ApiErrorBody } from '@/shared/api/common.ts'
import {
  DeadlineExportQuery,
  IMPORT_MAX_BYTES,
  ImportQuery,
  ImportResult,
  MatterExportQuery,
  XLSX_MIME,
} from '@/shared/api/register-excel.ts'
import { contextOf, type ServerDeps } from '../../http/context.ts'
import { sendWorkbook } from '../../http/send-workbook.ts'
import { exportDeadlines, exportMatters } from './export.service.ts'
import { createImportGate } from './import-gate.ts'
import { importErrorReport, importRegister, type ImportTools } from './import.service.ts'
import { createWorkbookReader } from './workbook-host.ts'
import { buildTemplate } from './template.ts'

const tags = ['Sổ thụ lý']
const errors = {
  400: ApiErrorBody,
  403: ApiErrorBody,
  404: ApiErrorBody,
  413: ApiErrorBody,
  422: ApiErrorBody,
  429: ApiErrorBody,
}

export const registerExcelRoutes =
  ({ db, config }: ServerDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const settings = config.registerImport
    const tools: ImportTools = {
      workbooks: createWorkbookReader({
        limits: settings.limits,
        heapMb: settings.workerHeapMb,
        timeoutMs: settings.timeoutSeconds * 1000,
      }),
      gate: createImportGate({ total: settings.concurrency, perUser: settings.concurrencyPerUser }),
    }
    app.addHook('onClose', async () => tools.workbooks.close())
    // Only inside this plugin: the workbook arrives as the raw body, up to 20 MB.
    app.addContentTypeParser(XLSX_MIME, { parseAs: 'buffer', bodyLimit: IMPORT_MAX_BYTES }, (_request, body, done) =>
      done(null, body),
    )

    app.get(
      '/register/import/template',
      { schema: { tags, summary: 'Tải tệp Excel mẫu để nhập sổ thụ lý' } },
      async (_request, reply) => {
        return sendWorkbook(reply, await buildTemplate(), 'mau-nhap-so-thu-ly.xlsx')
      },
    )

    app.post(
      '/register/import',
      {
        bodyLimit: IMPORT_MAX_BYTES,
        schema: {
          tags,
          summary: 'Nhập sổ thụ lý từ tệp Excel (tất cả hoặc không)',
          description: `Gửi tệp .xlsx làm thân yêu cầu (Content-Type: ${XLSX_MIME}). dryRun=true chỉ kiểm tra; report=xlsx trả lại chính tệp đó kèm cột "Lỗi" (không ghi dữ liệu).`,
          querystring: ImportQuery,
          response: { 200: ImportResult, ...errors },
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request)
        if (request.query.report === 'xlsx') {
          const report = await importErrorReport(db, ctx, request.body, tools)
          return sendWorkbook(
            reply.header('x-import-rows', String(report.rows)).header('x-import-error-rows', String(report.errorRows)),
            report.workbook,
            'bao-cao-loi-nhap-so-thu-ly.xlsx',
          )
        }
        return importRegister(db, ctx, request.body, { dryRun: request.query.dryRun }, tools)
      },
    )

    app.get(
      '/matters/export.xlsx',
      {
        schema: {
          tags,
          summary: 'Xuất danh sách vụ việc ra Excel (cùng bộ lọc với danh sách)',
          querystring: MatterExportQuery,
          response: errors,
        },
      },
      async (request, reply) => {
        const file = await exportMatters(db, contextOf(request), request.query)
        return sendWorkbook(reply, file.workbook, file.fileName)
      },
    )

    app.get(
      '/deadlines/export.xlsx',
      {
        schema: {
          tags: ['Thời hạn'],
          summary: 'Xuất danh sách thời hạn ra Excel',
          querystring: DeadlineExportQuery,
          response: errors,
        },
      },
      async (request, reply) => {
        const file = await exportDeadlines(db, contextOf(request), request.query)
        return sendWorkbook(reply, file.workbook, file.fileName)
      },
    )
  }
