import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ApiErrorBody } from '@/shared/api/common.ts'
import { DeadlinePreview, DeadlinePreviewRequest, DeadlineRuleCatalogue } from '@/shared/api/deadlines.ts'
import { contextOf, type ServerDeps } from '../../http/context.ts'
import { listDeadlineRules, previewDeadline } from './deadlines.service.ts'

const tags = ['Thời hạn tố tụng']

export const deadlineRoutes =
  ({ db }: ServerDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // Both routes are open to any signed-in user: the rules are public law, the preview saves nothing.
    app.get(
      '/deadlines/rules',
      { schema: { tags, summary: 'Danh mục quy định về thời hạn tố tụng', response: { 200: DeadlineRuleCatalogue } } },
      async (request) => {
        contextOf(request)
        return listDeadlineRules()
      },
    )

    app.post(
      '/deadlines/preview',
      {
        schema: {
          tags,
          summary: 'Tính thử một thời hạn theo lịch làm việc chính thức (không lưu)',
          body: DeadlinePreviewRequest,
          response: { 200: DeadlinePreview, 400: ApiErrorBody, 422: ApiErrorBody },
        },
      },
      async (request) => {
        contextOf(request)
        return previewDeadline(db, request.body)
      },
    )
  }
