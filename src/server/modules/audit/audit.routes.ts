import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { AuditPage, AuditQuery } from '@/shared/api/audit.ts'
import { ApiErrorBody } from '@/shared/api/common.ts'
import { contextOf, type ServerDeps } from '../../http/context.ts'
import { listAudit } from './audit.service.ts'

export const auditRoutes =
  ({ db }: ServerDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/audit',
      {
        schema: {
          tags: ['Nhật ký'],
          summary: 'Nhật ký hệ thống',
          querystring: AuditQuery,
          response: { 200: AuditPage, 403: ApiErrorBody, 404: ApiErrorBody },
        },
      },
      async (request) => listAudit(db, contextOf(request), request.query),
    )
  }
