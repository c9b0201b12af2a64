import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ApiErrorBody, Id, Ok } from '@/shared/api/common.ts'
import { CreateUnit, Unit, UnitList, UnitListQuery, UpdateUnit } from '@/shared/api/units.ts'
import { contextOf, type ServerDeps } from '../../http/context.ts'
import { createUnit, deleteUnit, getUnit, listUnits, updateUnit } from './units.service.ts'

const tags = ['Đơn vị']
const Params = z.object({ id: Id })
const errors = { 400: ApiErrorBody, 403: ApiErrorBody, 404: ApiErrorBody, 409: ApiErrorBody, 422: ApiErrorBody }

export const unitRoutes =
  ({ db }: ServerDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/units',
      {
        schema: {
          tags,
          summary: 'Danh sách đơn vị trong phạm vi',
          querystring: UnitListQuery,
          response: { 200: UnitList },
        },
      },
      async (request) => ({
        items: await listUnits(db, contextOf(request), request.query),
      }),
    )

    app.get(
      '/units/:id',
      { schema: { tags, summary: 'Một đơn vị', params: Params, response: { 200: Unit, 404: ApiErrorBody } } },
      async (request) => getUnit(db, contextOf(request), request.params.id),
    )

    app.post(
      '/units',
      { schema: { tags, summary: 'Tạo đơn vị', body: CreateUnit, response: { 201: Unit, ...errors } } },
      async (request, reply) => {
        reply.status(201)
        return createUnit(db, contextOf(request), request.body)
      },
    )

    app.patch(
      '/units/:id',
      { schema: { tags, summary: 'Sửa đơn vị', params: Params, body: UpdateUnit, response: { 200: Unit, ...errors } } },
      async (request) => updateUnit(db, contextOf(request), request.params.id, request.body),
    )

    app.delete(
      '/units/:id',
      { schema: { tags, summary: 'Xóa đơn vị chưa có dữ liệu', params: Params, response: { 200: Ok, ...errors } } },
      async (request) => {
        await deleteUnit(db, contextOf(request), request.params.id)
        return { ok: true as const }
      },
    )
  }
