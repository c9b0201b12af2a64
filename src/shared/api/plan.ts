// The plan capability's requests and answers (issue 13): plans, their targets and key tasks,
// progress reports and appraisals. The same schemas validate requests, describe the OpenAPI page
// and type the web client.
import { z } from 'zod'
import { TARGET_COMPARISONS } from '@/domain/indicators/definition.ts'
import {
  PLAN_APPROVERS,
  PLAN_KINDS,
  PLAN_STATUSES,
  TARGET_HEALTHS,
  TASK_APPRAISALS,
  TASK_RECURRENCES,
  TASK_STATES,
  WORK_STREAMS,
} from '@/domain/plan/vocabulary.ts'
import { Id, IsoDate, RefId, refId, YearNumber } from './common.ts'

const text = (max: number, message: string) => z.string().trim().max(max, message)
const required = (max: number, empty: string) => z.string().trim().min(1, empty).max(max, `Tối đa ${max} ký tự`)

export const PlanYear = YearNumber(2000, 2100, 'Năm kế hoạch phải từ 2000 đến 2100')

export const PlansQuery = z.object({
  unitId: Id.optional(),
  year: PlanYear.optional(),
})

export const CreatePlan = z.object({
  unitId: refId('Chọn đơn vị ban hành kế hoạch'),
  year: z.int({ message: 'Năm kế hoạch phải là một số' }).min(2000).max(2100, 'Năm kế hoạch phải từ 2000 đến 2100'),
  kind: z.enum(PLAN_KINDS, { message: 'Loại kế hoạch không hợp lệ' }),
  title: required(500, 'Nhập trích yếu của kế hoạch'),
  superiorPlanId: RefId.nullable().optional(),
  implementsDocuments: text(4000, 'Tối đa 4000 ký tự').optional(),
  purpose: text(20000, 'Tối đa 20000 ký tự').optional(),
  organisation: text(20000, 'Tối đa 20000 ký tự').optional(),
  dueSoonDays: z.int().min(0, 'Từ 0 đến 60 ngày').max(60, 'Từ 0 đến 60 ngày').optional(),
  documentCode: z
    .string()
    .trim()
    .regex(/^KH-[A-ZĐ][A-ZĐ0-9]*(-[A-ZĐ][A-ZĐ0-9]*)?$/, 'Ký hiệu của kế hoạch có dạng KH-VKS hoặc KH-VKS-VP')
    .max(30)
    .optional(),
  signerPrefix: text(60, 'Tối đa 60 ký tự').optional(),
  signerTitle: text(120, 'Tối đa 120 ký tự').optional(),
  signerName: text(120, 'Tối đa 120 ký tự').optional(),
  recipients: text(4000, 'Tối đa 4000 ký tự').optional(),
})
export type CreatePlan = z.infer<typeof CreatePlan>

export const UpdatePlan = CreatePlan.omit({ unitId: true, year: true, kind: true }).partial()
export type UpdatePlan = z.infer<typeof UpdatePlan>

export const TargetInput = z.object({
  indicatorCode: z.string().trim().min(1).max(80).nullable(),
  comparison: z.enum(TARGET_COMPARISONS, { message: 'Phép so sánh không hợp lệ' }),
  value: z.number({ message: 'Giá trị chỉ tiêu phải là một số' }).min(0).max(1e12).nullable(),
  scopeUnitId: RefId.nullable().optional(),
  name: text(500, 'Tối đa 500 ký tự').optional(),
  unitOfMeasure: text(80, 'Tối đa 80 ký tự').optional(),
})
export type TargetInput = z.infer<typeof TargetInput>

export const TaskInput = z.object({
  title: required(2000, 'Nhập nội dung nhiệm vụ'),
  workStream: z.enum(WORK_STREAMS, { message: 'Chọn khâu công tác' }),
  leadUnitId: refId('Chọn đơn vị chủ trì'),
  supportingUnitIds: z.array(RefId).max(50).optional(),
  responsiblePersonId: RefId.nullable().optional(),
  deadline: IsoDate.nullable().optional(),
  recurrence: z.enum(TASK_RECURRENCES, { message: 'Chu kỳ không hợp lệ' }).optional(),
  /** A recurring task's day of the month it is due in each period's last month (1–31, clamped to the month's end). */
  dueDay: z.int().min(1, 'Ngày trong tháng từ 1 đến 31').max(31, 'Ngày trong tháng từ 1 đến 31').nullable().optional(),
  product: text(1000, 'Tối đa 1000 ký tự').optional(),
  targetIds: z.array(RefId).max(50).optional(),
  superiorTaskId: RefId.nullable().optional(),
})
export type TaskInput = z.infer<typeof TaskInput>

export const TransitionInput = z.object({
  action: z.enum(['submit', 'return', 'issue', 'review'], { message: 'Bước chuyển không hợp lệ' }),
  /** Why a submitted draft is returned. */
  reason: text(2000, 'Tối đa 2000 ký tự').optional(),
  approver: z.enum(PLAN_APPROVERS, { message: 'Chọn cấp phê duyệt' }).optional(),
  /** The day of issue (today by default); the document's number is allocated for its calendar year. */
  issuedOn: IsoDate.optional(),
})
export type TransitionInput = z.infer<typeof TransitionInput>

export const AmendInput = z.object({
  reason: required(2000, 'Nhập lý do điều chỉnh'),
  /** The document that decided the amendment, e.g. "15/QĐ-VKS", and its date. */
  documentNumber: required(120, 'Nhập số, ký hiệu văn bản quyết định điều chỉnh'),
  documentDate: IsoDate,
})

export const Evidence = z.object({
  kind: z.enum(['matter', 'document', 'link'], { message: 'Loại minh chứng không hợp lệ' }),
  ref: required(500, 'Nhập minh chứng'),
  label: text(500, 'Tối đa 500 ký tự'),
})

export const ProgressInput = z.object({
  note: required(4000, 'Nhập nội dung báo cáo tiến độ'),
  percent: z.int().min(0, 'Tỷ lệ từ 0 đến 100').max(100, 'Tỷ lệ từ 0 đến 100').nullable().optional(),
  occurrenceDue: IsoDate.nullable().optional(),
  evidence: z.array(Evidence).max(20).optional(),
  completedOn: IsoDate.nullable().optional(),
  paused: z.boolean().optional(),
  pausedDocument: text(500, 'Tối đa 500 ký tự').nullable().optional(),
  notCarriedOutReason: text(2000, 'Tối đa 2000 ký tự').nullable().optional(),
})
export type ProgressInput = z.infer<typeof ProgressInput>

export const AssignInput = z.object({ assigneeId: refId('Chọn cán bộ được giao') })
export const AppraiseInput = z.object({
  appraisal: z.enum(TASK_APPRAISALS, { message: 'Chọn kết quả thẩm định' }),
  note: text(2000, 'Tối đa 2000 ký tự').optional(),
  occurrenceDue: IsoDate.nullable().optional(),
})
export const ReportedValueInput = z.object({
  value: z.number({ message: 'Giá trị phải là một số' }).min(0).max(1e12),
  evidence: required(2000, 'Nhập minh chứng cho số liệu'),
})

export const PlanSummary = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  year: z.number().int(),
  kind: z.enum(PLAN_KINDS),
  title: z.string(),
  status: z.enum(PLAN_STATUSES),
  version: z.number().int(),
  numberAndCode: z.string().nullable(),
  issuedOn: z.string().nullable(),
  superiorPlanId: z.number().int().nullable(),
  taskCount: z.number().int(),
  targetCount: z.number().int(),
})
export type PlanSummary = z.infer<typeof PlanSummary>

export const TargetView = z.object({
  id: z.number().int(),
  position: z.number().int(),
  indicatorCode: z.string().nullable(),
  name: z.string(),
  comparison: z.enum(TARGET_COMPARISONS),
  value: z.number().nullable(),
  requirement: z.string(),
  scopeUnitId: z.number().int(),
  scopeUnitName: z.string(),
  unitOfMeasure: z.string(),
  actual: z.number().nullable(),
  actualText: z.string(),
  expectedByToday: z.number().nullable(),
  forecast: z.number().nullable(),
  health: z.enum(TARGET_HEALTHS),
  /** 'Đến nay 60 vụ; theo diễn biến năm trước cần 75 vụ'. */
  paceText: z.string().nullable(),
  /** 'Dự báo đến 30/11/2026: 160 vụ — Không đạt (thiếu 40 vụ)'. */
  forecastText: z.string().nullable(),
  reportedEvidence: z.string().nullable(),
})
export type TargetView = z.infer<typeof TargetView>

export const ProgressView = z.object({
  id: z.number().int(),
  occurrenceDue: z.string().nullable(),
  reportedOn: z.string(),
  note: z.string(),
  percent: z.number().int().nullable(),
  evidence: z.array(Evidence),
  completedOn: z.string().nullable(),
  paused: z.boolean(),
  pausedDocument: z.string().nullable(),
  notCarriedOutReason: z.string().nullable(),
  appraisal: z.enum(TASK_APPRAISALS).nullable(),
  appraisalNote: z.string().nullable(),
  reportedByName: z.string(),
})

export const TaskView = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  position: z.number().int(),
  title: z.string(),
  workStream: z.enum(WORK_STREAMS),
  leadUnitId: z.number().int(),
  leadUnitName: z.string(),
  supportingUnitIds: z.array(z.number().int()),
  supportingUnitNames: z.array(z.string()),
  responsiblePersonId: z.number().int().nullable(),
  assigneeId: z.number().int().nullable(),
  assigneeName: z.string().nullable(),
  deadline: z.string().nullable(),
  recurrence: z.enum(TASK_RECURRENCES),
  dueDay: z.number().int().nullable(),
  deadlineText: z.string(),
  /** The due date now in question: the deadline, or the next open occurrence of a recurring task. */
  dueOn: z.string().nullable(),
  product: z.string(),
  targetIds: z.array(z.number().int()),
  superiorTaskId: z.number().int().nullable(),
  state: z.enum(TASK_STATES),
  percent: z.number().int().nullable(),
  appraisal: z.enum(TASK_APPRAISALS).nullable(),
  progress: z.array(ProgressView),
})
export type TaskView = z.infer<typeof TaskView>

export const PlanDetail = PlanSummary.extend({
  implementsDocuments: z.string(),
  purpose: z.string(),
  organisation: z.string(),
  dueSoonDays: z.number().int(),
  documentCode: z.string(),
  approver: z.enum(PLAN_APPROVERS).nullable(),
  signerPrefix: z.string(),
  signerTitle: z.string(),
  signerName: z.string(),
  recipients: z.string(),
  amendsId: z.number().int().nullable(),
  amendedById: z.number().int().nullable(),
  amendmentReason: z.string().nullable(),
  amendmentDocument: z.string().nullable(),
  amendmentDocumentDate: z.string().nullable(),
  updatedAt: z.string(),
  targets: z.array(TargetView),
  tasks: z.array(TaskView),
  /** "N nhiệm vụ; hoàn thành X (đúng hạn a, quá hạn b); chưa hoàn thành Y (trong hạn c, quá hạn d)". */
  totalsLine: z.string(),
  canManage: z.boolean(),
})
export type PlanDetail = z.infer<typeof PlanDetail>

export const CascadeViolation = z.object({ path: z.string(), message: z.string() })
export const CascadeReport = z.object({ violations: z.array(CascadeViolation) })

export const LowerPlansReport = z.object({
  units: z.array(
    z.object({
      unitId: z.number().int(),
      unitName: z.string(),
      plans: z.array(PlanSummary),
      issued: z.boolean(),
    }),
  ),
})

export const MyTasks = z.object({
  items: z.array(TaskView.extend({ planTitle: z.string(), planUnitName: z.string() })),
})

export const REVIEW_PERIODS = ['six_months', 'year'] as const
export const ReviewQuery = z.object({ period: z.enum(REVIEW_PERIODS, { message: 'Kỳ sơ kết, tổng kết không hợp lệ' }) })

/** A plan's sơ kết or tổng kết (issue 13 item 6): per target, per task, the Government's totals, per lead unit. */
export const PlanReview = z.object({
  planId: z.number().int(),
  period: z.enum(REVIEW_PERIODS),
  periodLabel: z.string(),
  from: z.string(),
  to: z.string(),
  asOf: z.string(),
  /** Set once the plan's owner froze the review: it then reads the same every day. */
  frozen: z.object({ at: z.string(), byName: z.string() }).nullable(),
  targets: z.array(
    z.object({
      position: z.number().int(),
      name: z.string(),
      requirement: z.string(),
      actualText: z.string(),
      lastYearText: z.string(),
      changeText: z.string(),
      verdict: z.string(),
    }),
  ),
  tasks: z.array(
    z.object({
      position: z.number().int(),
      title: z.string(),
      leadUnitName: z.string(),
      state: z.enum(TASK_STATES),
    }),
  ),
  totalsLine: z.string(),
  byLeadUnit: z.array(z.object({ unitName: z.string(), totalsLine: z.string() })),
})
export type PlanReview = z.infer<typeof PlanReview>
