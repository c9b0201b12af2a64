import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ApiErrorBody, Id, Ok } from '@/shared/api/common.ts'
import { CreatePerson, PeoplePage, PeopleQuery, Person, UpdatePerson } from '@/shared/api/people.ts'
import { contextOf, type ServerDeps } from '../../http/context.ts'
import { createPerson, deactivatePerson, getPerson, listPeople, updatePerson } from './people.service.ts'

const tags = ['Cán bộ']
const Params = z.object({ id: Id })
const errors = { 400: ApiErrorBody, 403: ApiErrorBody, 404: ApiErrorBody, 409: ApiErrorBody, 422: ApiErrorBody }

export const peopleRoutes =
  ({ db }: ServerDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/people',
      {
        schema: {
          tags,
          summary: 'Tìm cán bộ trong phạm vi',
          querystring: PeopleQuery,
          response: { 200: PeoplePage, 404: ApiErrorBody },
        },
      },
      async (request) => listPeople(db, contextOf(request), request.query),
    )

    app.get(
      '/people/:id',
      { schema: { tags, summary: 'Hồ sơ cán bộ', params: Params, response: { 200: Person, 404: ApiErrorBody } } },
      async (request) => getPerson(db, contextOf(request), request.params.id),
    )

    app.post(
      '/people',
      { schema: { tags, summary: 'Thêm cán bộ', body: CreatePerson, response: { 201: Person, ...errors } } },
      async (request, reply) => {
        reply.status(201)
        return createPerson(db, contextOf(request), request.body)
      },
    )

    app.patch(
      '/people/:id',
      {
        schema: {
          tags,
          summary: 'Sửa hồ sơ cán bộ',
          params: Params,
          body: UpdatePerson,
          response: { 200: Person, ...errors },
        },
      },
      async (request) => updatePerson(db, contextOf(request), request.params.id, request.body),
    )

    app.delete(
      '/people/:id',
      {
        schema: { tags, summary: 'Ngừng hoạt động tài khoản cán bộ', params: Params, response: { 200: Ok, ...errors } },
      },
      async (request) => {
        await deactivatePerson(db, contextOf(request), request.params.id)
        return { ok: true as const }
      },
    )
  }
