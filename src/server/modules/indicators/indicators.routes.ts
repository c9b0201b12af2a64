import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ApiErrorBody, Id } from '@/shared/api/common.ts'
import {
  ClosePeriodInput,
  Closures,
  ClosuresQuery,
  IndicatorCatalogue,
  IndicatorRecords,
  IndicatorValues,
  PeriodList,
  PeriodsQuery,
  ProsecutorFigures,
  Ranking,
  RankingQuery,
  RecordsQuery,
  TargetHistory,
  TargetInput,
  Trend,
  TrendQuery,
  ValuesQuery,
  WithdrawTargetInput,
} from '@/shared/api/indicators.ts'
import { contextOf, type ServerDeps } from '../../http/context.ts'
import { sendSerializedOnce } from '../../http/send-serialized-once.ts'
import { sendWorkbook } from '../../http/send-workbook.ts'
import {
  catalogue,
  indicatorValues,
  periodsOfYear,
  ranking,
  setTarget,
  targetHistory,
  trend,
  withdrawTarget,
} from './indicators.service.ts'
import { closePeriod, closures, indicatorRecords, prosecutorFigures, recordsWorkbook } from './records.service.ts'

const tags = ['Chỉ tiêu nghiệp vụ']
const errors = { 400: ApiErrorBody, 403: ApiErrorBody, 404: ApiErrorBody, 422: ApiErrorBody }
const Code = z.object({ code: z.string().trim().min(1).max(60) })

export const indicatorRoutes =
  ({ db, units }: ServerDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/indicators/catalogue',
      {
        schema: {
          tags,
          summary: 'Danh mục chỉ tiêu: công thức, đơn vị tính, chỉ tiêu giao, căn cứ',
          response: { 200: IndicatorCatalogue },
        },
      },
      async (request) => catalogue(db, contextOf(request)),
    )

    app.get(
      '/indicators/periods',
      {
        schema: {
          tags,
          summary: 'Các kỳ thống kê của một năm thống kê',
          querystring: PeriodsQuery,
          response: { 200: PeriodList, 400: ApiErrorBody },
        },
      },
      async (request) => periodsOfYear(contextOf(request), request.query.year),
    )

    app.get(
      '/indicators/values',
      {
        schema: {
          tags,
          summary: 'Kết quả các chỉ tiêu của một đơn vị trong kỳ, so với chỉ tiêu và cùng kỳ năm trước',
          querystring: ValuesQuery,
          response: { 200: IndicatorValues, ...errors },
        },
      },
      async (request, reply) =>
        sendSerializedOnce(
          reply,
          await indicatorValues(db, contextOf(request).tree, contextOf(request), request.query),
        ),
    )

    app.get(
      '/indicators/trend',
      {
        schema: {
          tags,
          summary: 'Diễn biến theo tháng của một chỉ tiêu trong năm thống kê',
          querystring: TrendQuery,
          response: { 200: Trend, ...errors },
        },
      },
      async (request, reply) =>
        sendSerializedOnce(reply, await trend(db, contextOf(request).tree, contextOf(request), request.query)),
    )

    app.get(
      '/indicators/ranking',
      {
        schema: {
          tags,
          summary: 'Xếp hạng các đơn vị trực thuộc theo một chỉ tiêu',
          querystring: RankingQuery,
          response: { 200: Ranking, ...errors },
        },
      },
      async (request, reply) =>
        sendSerializedOnce(reply, await ranking(db, contextOf(request).tree, contextOf(request), request.query)),
    )

    app.get(
      '/indicators/prosecutors',
      {
        schema: {
          tags,
          summary: 'Kết quả một chỉ tiêu theo kiểm sát viên',
          querystring: RankingQuery,
          response: { 200: ProsecutorFigures, ...errors },
        },
      },
      async (request) => prosecutorFigures(db, await units.get(), contextOf(request), request.query),
    )

    app.get(
      '/indicators/records',
      {
        schema: {
          tags,
          summary: 'Danh sách hồ sơ tạo nên tử số hoặc mẫu số của một chỉ tiêu',
          querystring: RecordsQuery,
          response: { 200: IndicatorRecords, ...errors },
        },
      },
      async (request) => indicatorRecords(db, await units.get(), contextOf(request), request.query),
    )

    app.get(
      '/indicators/records.xlsx',
      {
        schema: {
          tags,
          summary: 'Xuất Excel danh sách hồ sơ của tử số hoặc mẫu số',
          querystring: RecordsQuery.omit({ page: true, pageSize: true }),
        },
      },
      async (request, reply) => {
        const { workbook, fileName } = await recordsWorkbook(db, await units.get(), contextOf(request), request.query)
        return sendWorkbook(reply, workbook, fileName)
      },
    )

    app.get(
      '/indicators/closures',
      {
        schema: {
          tags,
          summary: 'Tình hình chốt số liệu của đơn vị và các đơn vị trực thuộc',
          querystring: ClosuresQuery,
          response: { 200: Closures, ...errors },
        },
      },
      async (request) => closures(db, await units.get(), contextOf(request), request.query),
    )

    app.post(
      '/indicators/closures',
      {
        schema: {
          tags,
          summary: 'Chốt số liệu kỳ thống kê của một đơn vị',
          body: ClosePeriodInput,
          response: { 200: Closures, 409: ApiErrorBody, ...errors },
        },
      },
      async (request) => closePeriod(db, await units.get(), contextOf(request), request.body),
    )

    app.get(
      '/indicators/targets/:code',
      {
        schema: {
          tags,
          summary: 'Lịch sử chỉ tiêu giao của một chỉ tiêu',
          params: Code,
          response: { 200: TargetHistory, ...errors },
        },
      },
      async (request) => targetHistory(db, contextOf(request), request.params.code),
    )

    app.post(
      '/indicators/targets/:code',
      {
        schema: {
          tags,
          summary: 'Giao chỉ tiêu mới từ một ngày (quản trị)',
          params: Code,
          body: TargetInput,
          response: { 200: TargetHistory, 409: ApiErrorBody, ...errors },
        },
      },
      async (request) => setTarget(db, contextOf(request), request.params.code, request.body),
    )

    app.post(
      '/indicators/targets/:id/withdraw',
      {
        schema: {
          tags,
          summary: 'Rút chỉ tiêu đã giao nhầm (quản trị, nêu lý do): giữ lại để đối chiếu nhưng không còn áp dụng',
          params: z.object({ id: Id }),
          body: WithdrawTargetInput,
          response: { 200: TargetHistory, 409: ApiErrorBody, ...errors },
        },
      },
      async (request) => withdrawTarget(db, contextOf(request), request.params.id, request.body),
    )
  }
