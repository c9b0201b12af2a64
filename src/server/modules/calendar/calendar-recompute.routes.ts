import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ApiErrorBody } from '@/shared/api/common.ts'
import { ActiveCalendarRecomputes, CalendarRecomputeStatus, JobIdParams } from '@/shared/api/calendar-recompute.ts'
import { contextOf, type ServerDeps } from '../../http/context.ts'
import { activeCalendarRecomputes, getCalendarRecompute } from './calendar-recompute.service.ts'

const tags = ['Lịch làm việc']

export const calendarRecomputeRoutes =
  ({ db, jobs }: ServerDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // Three segments: no clash with '/calendar/:year' or '/calendar/official/:id'.
    app.get(
      '/calendar/recomputes/active',
      {
        schema: {
          tags,
          summary: 'Các lượt tính lại thời hạn đang chạy sau khi lịch nghỉ thay đổi',
          response: { 200: ActiveCalendarRecomputes },
        },
      },
      async (request) => {
        contextOf(request) // any signed-in user: deadline pages say their figures are being recomputed
        return activeCalendarRecomputes(db, jobs)
      },
    )

    app.get(
      '/calendar/recomputes/:jobId',
      {
        schema: {
          tags,
          summary: 'Tiến độ tính lại thời hạn sau một thay đổi lịch chính thức',
          params: JobIdParams,
          response: { 200: CalendarRecomputeStatus, 400: ApiErrorBody, 403: ApiErrorBody, 404: ApiErrorBody },
        },
      },
      async (request) => getCalendarRecompute(db, jobs, contextOf(request), request.params.jobId),
    )
  }
