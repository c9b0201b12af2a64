// The emulation facts and history under /api/emulation (issue 14 items 2, 8): CRUD of each fact
// kind, a unit's facts of a year, service start, and the history of a person and of a unit.
import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ApiErrorBody, Id } from '@/shared/api/common.ts'
import {
  AwardInput,
  CollectiveRatingInput,
  DisciplineInput,
  FactsQuery,
  InitiativeInput,
  RatingInput,
  ReviewInput,
  ServiceStartInput,
} from '@/shared/api/emulation-facts.ts'
import { IMPORT_MAX_BYTES, XLSX_MIME } from '@/shared/api/register-excel.ts'
import { contextOf, type ServerDeps } from '../../http/context.ts'
import { sendWorkbook } from '../../http/send-workbook.ts'
import { AppError } from '../../platform/app-error.ts'
import { importRatings, ratingsTemplate } from './facts.excel.ts'
import type { FactEntity } from './facts.repository.ts'
import { createFact, type FactInputs, removeFact, replaceFact, setServiceStart, unitFacts } from './facts.service.ts'
import { personHistoryView, unitHistoryView } from './history.service.ts'

const tags = ['Thi đua – Khen thưởng']
const Params = z.object({ id: Id })
const errors = { 400: ApiErrorBody, 403: ApiErrorBody, 404: ApiErrorBody, 409: ApiErrorBody, 422: ApiErrorBody }
const Row = z.record(z.string(), z.unknown())
const HistoryQuery = z.object({ upToYear: z.coerce.number().int().min(1990).max(2100).optional() })

/** Each fact kind: its path, its input and its Vietnamese name. */
const KINDS: { path: string; entity: FactEntity; body: z.ZodType; what: string }[] = [
  { path: 'ratings', entity: 'emulation_rating', body: RatingInput, what: 'xếp loại chất lượng cán bộ' },
  { path: 'disciplines', entity: 'emulation_discipline', body: DisciplineInput, what: 'kỷ luật' },
  { path: 'reviews', entity: 'emulation_review', body: ReviewInput, what: 'xem xét kỷ luật' },
  { path: 'initiatives', entity: 'emulation_initiative', body: InitiativeInput, what: 'sáng kiến' },
  {
    path: 'collective-ratings',
    entity: 'emulation_collective_rating',
    body: CollectiveRatingInput,
    what: 'xếp loại tập thể',
  },
  { path: 'awards', entity: 'emulation_award', body: AwardInput, what: 'danh hiệu, khen thưởng đã nhận' },
]

export const emulationFactsRoutes =
  ({ db, config }: ServerDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // Only inside this plugin: the workbook arrives as the raw body.
    app.addContentTypeParser(XLSX_MIME, { parseAs: 'buffer', bodyLimit: IMPORT_MAX_BYTES }, (_request, body, done) =>
      done(null, body),
    )

    app.get(
      '/emulation/ratings/template',
      { schema: { tags, summary: 'Tải tệp mẫu xếp loại chất lượng của đơn vị', querystring: FactsQuery } },
      async (request, reply) => {
        const { buffer, fileName } = await ratingsTemplate(
          db,
          contextOf(request),
          request.query.unitId,
          request.query.year,
        )
        return sendWorkbook(reply, buffer, fileName)
      },
    )

    app.post(
      '/emulation/ratings/import',
      {
        bodyLimit: IMPORT_MAX_BYTES,
        schema: {
          tags,
          summary: 'Nhập xếp loại chất lượng từ Excel (nhập hết hoặc không nhập dòng nào)',
          description: `Gửi tệp .xlsx làm thân yêu cầu (Content-Type: ${XLSX_MIME}).`,
          querystring: FactsQuery,
          response: { 200: z.object({ created: z.number(), updated: z.number() }), ...errors, 413: ApiErrorBody },
        },
      },
      async (request) => {
        if (!Buffer.isBuffer(request.body))
          throw new AppError('IMPORT_FILE_INVALID', `Hãy gửi tệp .xlsx với Content-Type ${XLSX_MIME}`)
        return importRatings(
          db,
          contextOf(request),
          request.query.unitId,
          request.query.year,
          request.body,
          config.registerImport.limits,
        )
      },
    )
    app.get(
      '/emulation/facts',
      {
        schema: {
          tags,
          summary: 'Dữ liệu thi đua của đơn vị trong năm',
          querystring: FactsQuery,
          response: { 200: Row, ...errors },
        },
      },
      async (request) => unitFacts(db, contextOf(request), request.query.unitId, request.query.year),
    )

    for (const kind of KINDS) {
      app.post(
        `/emulation/${kind.path}`,
        { schema: { tags, summary: `Ghi ${kind.what}`, body: kind.body, response: { 201: Row, ...errors } } },
        async (request, reply) => {
          const row = await createFact(db, contextOf(request), kind.entity, request.body as FactInputs[FactEntity])
          reply.status(201)
          return row
        },
      )
      app.put(
        `/emulation/${kind.path}/:id`,
        {
          schema: {
            tags,
            summary: `Sửa ${kind.what}`,
            params: Params,
            body: kind.body,
            response: { 200: Row, ...errors },
          },
        },
        async (request) =>
          replaceFact(db, contextOf(request), kind.entity, request.params.id, request.body as FactInputs[FactEntity]),
      )
      app.delete(
        `/emulation/${kind.path}/:id`,
        { schema: { tags, summary: `Xóa ${kind.what}`, params: Params, response: { 204: z.null(), ...errors } } },
        async (request, reply) => {
          await removeFact(db, contextOf(request), kind.entity, request.params.id)
          reply.status(204)
          return null
        },
      )
    }

    app.put(
      '/emulation/people/:id/service-start',
      {
        schema: {
          tags,
          summary: 'Ghi ngày bắt đầu công tác trong ngành',
          params: Params,
          body: ServiceStartInput,
          response: { 200: Row, ...errors },
        },
      },
      async (request) => setServiceStart(db, contextOf(request), request.params.id, request.body.serviceStart),
    )

    const yearOf = (ctx: ReturnType<typeof contextOf>, upToYear: number | undefined) =>
      upToYear ?? Number(ctx.today.slice(0, 4)) + (ctx.today.slice(5, 7) === '12' ? 1 : 0)

    app.get(
      '/emulation/history/people/:id',
      {
        schema: {
          tags,
          summary: 'Lịch sử thi đua, khen thưởng của cán bộ',
          params: Params,
          querystring: HistoryQuery,
          response: { 200: Row, ...errors },
        },
      },
      async (request) => {
        const ctx = contextOf(request)
        return personHistoryView(db, ctx, request.params.id, yearOf(ctx, request.query.upToYear))
      },
    )

    app.get(
      '/emulation/history/units/:id',
      {
        schema: {
          tags,
          summary: 'Lịch sử thi đua, khen thưởng của tập thể (kể cả đơn vị tiền thân)',
          params: Params,
          querystring: HistoryQuery,
          response: { 200: Row, ...errors },
        },
      },
      async (request) => {
        const ctx = contextOf(request)
        return unitHistoryView(db, ctx, request.params.id, yearOf(ctx, request.query.upToYear))
      },
    )
  }
