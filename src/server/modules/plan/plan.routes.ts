import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ApiErrorBody, Id, Ok } from '@/shared/api/common.ts'
import {
  AmendInput,
  AppraiseInput,
  AssignInput,
  CascadeReport,
  CreatePlan,
  LowerPlansReport,
  MyTasks,
  PlanDetail,
  PlanReview,
  PlansQuery,
  PlanSummary,
  ProgressInput,
  ReportedValueInput,
  ReviewQuery,
  TargetInput,
  TaskInput,
  TransitionInput,
  UpdatePlan,
} from '@/shared/api/plan.ts'
import { contextOf, type ServerDeps } from '../../http/context.ts'
import { addTarget, addTask, changeTarget, changeTask, removeTarget, removeTask } from './plan-content.service.ts'
import { appraiseTask, assignTask, reportProgress, reportTargetValue } from './plan-progress.service.ts'
import { planDocx, planPdf, planWorkbook, reviewDocx } from './plan-export.service.ts'
import { freezeReview, planReview } from './plan-review.service.ts'
import { measureFromRegister } from './plan-measure.ts'
import { sendDocx, sendPdf } from '../../http/send-document.ts'
import { sendWorkbook } from '../../http/send-workbook.ts'
import { cascadeReport, transition } from './plan-issue.service.ts'
import { amendPlan, createPlan, getPlan, listPlans, lowerPlans, myTasks, updatePlan } from './plan.service.ts'

const tags = ['Kế hoạch công tác']
const Params = z.object({ id: Id })
const TaskParams = z.object({ id: Id, taskId: Id })
const TargetParams = z.object({ id: Id, targetId: Id })
const Created = z.object({ id: z.number().int() })
const errors = { 400: ApiErrorBody, 403: ApiErrorBody, 404: ApiErrorBody, 409: ApiErrorBody, 422: ApiErrorBody }

export const planRoutes =
  ({ db }: ServerDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const measure = (request: Parameters<typeof contextOf>[0]) => measureFromRegister(db, contextOf(request))

    app.get(
      '/plans',
      {
        schema: {
          tags,
          summary: 'Các kế hoạch trong phạm vi',
          querystring: PlansQuery,
          response: { 200: z.object({ items: z.array(PlanSummary) }), 404: ApiErrorBody },
        },
      },
      async (request) => listPlans(db, contextOf(request), request.query),
    )

    app.post(
      '/plans',
      {
        schema: { tags, summary: 'Lập dự thảo kế hoạch', body: CreatePlan, response: { 201: PlanSummary, ...errors } },
      },
      async (request, reply) => {
        reply.status(201)
        return createPlan(db, contextOf(request), request.body)
      },
    )

    app.get(
      '/plans/my-tasks',
      { schema: { tags, summary: 'Nhiệm vụ được giao cho tôi', response: { 200: MyTasks } } },
      async (request) => myTasks(db, contextOf(request), measure(request)),
    )

    app.get(
      '/plans/:id',
      { schema: { tags, summary: 'Kế hoạch', params: Params, response: { 200: PlanDetail, 404: ApiErrorBody } } },
      async (request) => getPlan(db, contextOf(request), request.params.id, measure(request)),
    )

    app.patch(
      '/plans/:id',
      {
        schema: {
          tags,
          summary: 'Sửa dự thảo kế hoạch',
          params: Params,
          body: UpdatePlan,
          response: { 200: PlanDetail, ...errors },
        },
      },
      async (request) => updatePlan(db, contextOf(request), request.params.id, request.body, measure(request)),
    )

    app.post(
      '/plans/:id/transition',
      {
        schema: {
          tags,
          summary: 'Trình duyệt, trả lại, ban hành hoặc tổng kết kế hoạch',
          params: Params,
          body: TransitionInput,
          response: { 200: PlanDetail, ...errors },
        },
      },
      async (request) => transition(db, contextOf(request), request.params.id, request.body, measure(request)),
    )

    app.post(
      '/plans/:id/amend',
      {
        schema: {
          tags,
          summary: 'Lập bản điều chỉnh của kế hoạch đã ban hành',
          params: Params,
          body: AmendInput,
          response: { 201: PlanSummary, ...errors },
        },
      },
      async (request, reply) => {
        reply.status(201)
        return amendPlan(db, contextOf(request), request.params.id, request.body)
      },
    )

    app.get(
      '/plans/:id/cascade',
      {
        schema: {
          tags,
          summary: 'Đối chiếu với kế hoạch cấp trên (Quyết định 515/QĐ-VKSTC)',
          params: Params,
          response: { 200: CascadeReport, 404: ApiErrorBody },
        },
      },
      async (request) => cascadeReport(db, contextOf(request), request.params.id),
    )

    app.get(
      '/plans/:id/lower',
      {
        schema: {
          tags,
          summary: 'Kế hoạch của các đơn vị cấp dưới thực hiện kế hoạch này',
          params: Params,
          response: { 200: LowerPlansReport, 404: ApiErrorBody },
        },
      },
      async (request) => lowerPlans(db, contextOf(request), request.params.id),
    )

    app.post(
      '/plans/:id/targets',
      {
        schema: {
          tags,
          summary: 'Thêm chỉ tiêu',
          params: Params,
          body: TargetInput,
          response: { 201: Created, ...errors },
        },
      },
      async (request, reply) => {
        reply.status(201)
        const row = await addTarget(db, contextOf(request), request.params.id, request.body)
        return { id: row.id }
      },
    )

    app.put(
      '/plans/:id/targets/:targetId',
      {
        schema: {
          tags,
          summary: 'Sửa chỉ tiêu',
          params: TargetParams,
          body: TargetInput,
          response: { 200: Created, ...errors },
        },
      },
      async (request) => {
        const { id, targetId } = request.params
        const row = await changeTarget(db, contextOf(request), id, targetId, request.body)
        return { id: row.id }
      },
    )

    app.delete(
      '/plans/:id/targets/:targetId',
      { schema: { tags, summary: 'Xóa chỉ tiêu', params: TargetParams, response: { 200: Ok, ...errors } } },
      async (request) => {
        await removeTarget(db, contextOf(request), request.params.id, request.params.targetId)
        return { ok: true as const }
      },
    )

    app.post(
      '/plans/:id/targets/:targetId/reported-value',
      {
        schema: {
          tags,
          summary: 'Báo cáo kết quả chỉ tiêu tự đặt, kèm minh chứng',
          params: TargetParams,
          body: ReportedValueInput,
          response: { 200: Ok, ...errors },
        },
      },
      async (request) => {
        await reportTargetValue(db, contextOf(request), request.params.id, request.params.targetId, request.body)
        return { ok: true as const }
      },
    )

    app.post(
      '/plans/:id/tasks',
      {
        schema: {
          tags,
          summary: 'Thêm nhiệm vụ',
          params: Params,
          body: TaskInput,
          response: { 201: Created, ...errors },
        },
      },
      async (request, reply) => {
        reply.status(201)
        const row = await addTask(db, contextOf(request), request.params.id, request.body)
        return { id: row.id }
      },
    )

    app.put(
      '/plans/:id/tasks/:taskId',
      {
        schema: {
          tags,
          summary: 'Sửa nhiệm vụ',
          params: TaskParams,
          body: TaskInput,
          response: { 200: Created, ...errors },
        },
      },
      async (request) => {
        const { id, taskId } = request.params
        const row = await changeTask(db, contextOf(request), id, taskId, request.body)
        return { id: row.id }
      },
    )

    app.delete(
      '/plans/:id/tasks/:taskId',
      { schema: { tags, summary: 'Xóa nhiệm vụ', params: TaskParams, response: { 200: Ok, ...errors } } },
      async (request) => {
        await removeTask(db, contextOf(request), request.params.id, request.params.taskId)
        return { ok: true as const }
      },
    )

    app.post(
      '/plans/:id/tasks/:taskId/assign',
      {
        schema: {
          tags,
          summary: 'Giao nhiệm vụ cho cán bộ',
          params: TaskParams,
          body: AssignInput,
          response: { 200: Ok, ...errors },
        },
      },
      async (request) => {
        await assignTask(db, contextOf(request), request.params.id, request.params.taskId, request.body)
        return { ok: true as const }
      },
    )

    app.post(
      '/plans/:id/tasks/:taskId/progress',
      {
        schema: {
          tags,
          summary: 'Báo cáo tiến độ nhiệm vụ',
          params: TaskParams,
          body: ProgressInput,
          response: { 201: Created, ...errors },
        },
      },
      async (request, reply) => {
        reply.status(201)
        const row = await reportProgress(db, contextOf(request), request.params.id, request.params.taskId, request.body)
        return { id: row.id }
      },
    )

    app.get(
      '/plans/:id/document.docx',
      { schema: { tags, summary: 'Văn bản kế hoạch (.docx, thể thức Nghị định 30/2020)', params: Params } },
      async (request, reply) => {
        const { file, fileName } = await planDocx(db, contextOf(request), request.params.id, measure(request))
        return sendDocx(reply, file, fileName)
      },
    )

    app.get(
      '/plans/:id/document.pdf',
      { schema: { tags, summary: 'Bản xem trước PDF của văn bản kế hoạch', params: Params } },
      async (request, reply) => {
        const { file, fileName } = await planPdf(db, contextOf(request), request.params.id, measure(request))
        return sendPdf(reply, file, fileName)
      },
    )

    app.get(
      '/plans/:id/review',
      {
        schema: {
          tags,
          summary: 'Sơ kết 6 tháng hoặc tổng kết năm thực hiện kế hoạch',
          params: Params,
          querystring: ReviewQuery,
          response: { 200: PlanReview, 404: ApiErrorBody },
        },
      },
      async (request) => planReview(db, contextOf(request), request.params.id, request.query.period, measure(request)),
    )

    app.post(
      '/plans/:id/review',
      {
        schema: {
          tags,
          summary: 'Chốt số liệu sơ kết, tổng kết của kế hoạch',
          params: Params,
          body: ReviewQuery,
          response: { 201: PlanReview, ...errors },
        },
      },
      async (request, reply) => {
        reply.status(201)
        return freezeReview(db, contextOf(request), request.params.id, request.body.period, measure(request))
      },
    )

    app.get(
      '/plans/:id/review.docx',
      {
        schema: {
          tags,
          summary: 'Báo cáo sơ kết, tổng kết thực hiện kế hoạch (.docx)',
          params: Params,
          querystring: ReviewQuery,
        },
      },
      async (request, reply) => {
        const { id } = request.params
        const { file, fileName } = await reviewDocx(db, contextOf(request), id, request.query.period, measure(request))
        return sendDocx(reply, file, fileName)
      },
    )

    app.get(
      '/plans/:id/export.xlsx',
      { schema: { tags, summary: 'Xuất Excel nhiệm vụ và chỉ tiêu của kế hoạch', params: Params } },
      async (request, reply) => {
        const { file, fileName } = await planWorkbook(db, contextOf(request), request.params.id, measure(request))
        return sendWorkbook(reply, file, fileName)
      },
    )

    app.post(
      '/plans/:id/tasks/:taskId/appraise',
      {
        schema: {
          tags,
          summary: 'Thẩm định kết quả thực hiện nhiệm vụ',
          params: TaskParams,
          body: AppraiseInput,
          response: { 200: Ok, ...errors },
        },
      },
      async (request) => {
        await appraiseTask(db, contextOf(request), request.params.id, request.params.taskId, request.body)
        return { ok: true as const }
      },
    )
  }
