import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ApiErrorBody, Id } from '@/shared/api/common.ts'
import {
  CreateMatter,
  DeadlinePage,
  DeadlineQuery,
  EventInput,
  MatterDetail,
  MatterPage,
  MatterQuery,
  SubjectInput,
  VoidEvent,
} from '@/shared/api/register.ts'
import { contextOf, type ServerDeps } from '../../http/context.ts'
import { listDeadlines, listMatters } from './register.queries.ts'
import { addSubject, createMatter, getMatter, recordEvent, voidEvent } from './register.service.ts'

const tags = ['Sổ thụ lý']
const Params = z.object({ id: Id })
const EventParams = z.object({ id: Id, eventId: Id })
const errors = { 400: ApiErrorBody, 403: ApiErrorBody, 404: ApiErrorBody, 409: ApiErrorBody, 422: ApiErrorBody }

export const registerRoutes =
  ({ db }: ServerDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/matters',
      {
        schema: {
          tags,
          summary: 'Tìm vụ việc trong phạm vi',
          querystring: MatterQuery,
          response: { 200: MatterPage, 404: ApiErrorBody },
        },
      },
      async (request) => listMatters(db, contextOf(request), request.query),
    )
    app.post(
      '/matters',
      {
        schema: { tags, summary: 'Thụ lý vụ việc mới', body: CreateMatter, response: { 201: MatterDetail, ...errors } },
      },
      async (request, reply) => {
        reply.status(201)
        return createMatter(db, contextOf(request), request.body)
      },
    )
    app.get(
      '/matters/:id',
      {
        schema: {
          tags,
          summary: 'Vụ việc: bị can, diễn biến tố tụng, thời hạn',
          params: Params,
          response: { 200: MatterDetail, 404: ApiErrorBody },
        },
      },
      async (request) => getMatter(db, contextOf(request), request.params.id),
    )
    app.post(
      '/matters/:id/subjects',
      {
        schema: {
          tags,
          summary: 'Thêm bị can, đương sự',
          params: Params,
          body: SubjectInput,
          response: { 200: MatterDetail, ...errors },
        },
      },
      async (request) => addSubject(db, contextOf(request), request.params.id, request.body),
    )
    app.post(
      '/matters/:id/events',
      {
        schema: {
          tags,
          summary: 'Ghi nhận hành vi tố tụng',
          params: Params,
          body: EventInput,
          response: { 200: MatterDetail, ...errors },
        },
      },
      async (request) => recordEvent(db, contextOf(request), request.params.id, request.body),
    )
    app.post(
      '/matters/:id/events/:eventId/void',
      {
        schema: {
          tags,
          summary: 'Hủy hành vi tố tụng ghi nhầm (không xóa)',
          params: EventParams,
          body: VoidEvent,
          response: { 200: MatterDetail, ...errors },
        },
      },
      async (request) =>
        voidEvent(db, contextOf(request), request.params.id, request.params.eventId, request.body.reason),
    )
    app.get(
      '/deadlines',
      {
        schema: {
          tags: ['Thời hạn'],
          summary: 'Thời hạn của tôi / của đơn vị',
          querystring: DeadlineQuery,
          response: { 200: DeadlinePage, 404: ApiErrorBody },
        },
      },
      async (request) => listDeadlines(db, contextOf(request), request.query),
    )
  }
