import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ApiErrorBody } from '@/shared/api/common.ts'
import { OutgoingDocumentList, OutgoingDocumentsQuery } from '@/shared/api/documents.ts'
import { contextOf, type ServerDeps } from '../../http/context.ts'
import { listRegister } from './documents.service.ts'

export const documentRoutes =
  ({ db }: ServerDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/documents',
      {
        schema: {
          tags: ['Văn bản'],
          summary: 'Sổ văn bản đi của một đơn vị trong một năm dương lịch',
          querystring: OutgoingDocumentsQuery,
          response: { 200: OutgoingDocumentList, 404: ApiErrorBody },
        },
      },
      async (request) => listRegister(db, contextOf(request), request.query),
    )
  }
