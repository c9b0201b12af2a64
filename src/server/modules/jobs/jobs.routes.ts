import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ApiErrorBody } from '@/shared/api/common.ts'
import { BackgroundJobs, BackgroundJobsQuery } from '@/shared/api/jobs.ts'
import { contextOf, type ServerDeps } from '../../http/context.ts'
import { listBackgroundJobs } from './jobs.service.ts'

export const jobRoutes =
  ({ jobs }: ServerDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/jobs',
      {
        schema: {
          tags: ['Hệ thống'],
          summary: 'Các tác vụ nền gần nhất (đang chờ, đang chạy, đã xong, thất bại) và lịch chạy định kỳ',
          querystring: BackgroundJobsQuery,
          response: { 200: BackgroundJobs, 400: ApiErrorBody, 403: ApiErrorBody },
        },
      },
      async (request) => listBackgroundJobs(jobs, contextOf(request), request.query.limit),
    )
  }
