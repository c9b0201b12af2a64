// The plan's files (issue 13 item 8): the KẾ HOẠCH as .docx in the Nghị định 30 layout, its PDF
// preview through LibreOffice, and the tasks and targets as an Excel workbook. Each download is
// audited like the register's exports.
import ExcelJS from 'exceljs'
import { TASK_STATE_LABELS, TARGET_HEALTH_LABELS, WORK_STREAM_LABELS } from '@/domain/plan/index.ts'
import type { Database } from '../../db/client.ts'
import type { RequestContext } from '../../platform/actor.ts'
import { writeAudit } from '../../platform/audit.ts'
import { docxToPdf, renderDocx } from '../../platform/documents/index.ts'
import { excelDate, DATE_FORMAT, styleHeaderRow } from '../../platform/excel.ts'
import { loadReadable } from './plan-access.ts'
import type { PlanReview } from '@/shared/api/plan.ts'
import { planDocument, reviewDocument } from './plan-document.ts'
import { planReview } from './plan-review.service.ts'
import type { TargetMeasure } from './plan-measure.ts'
import { detailOf } from './plan.service.ts'

const originOf = (ctx: RequestContext) => ({ actorId: ctx.actor.personId, ip: ctx.ip, requestId: ctx.requestId })

/** "ke-hoach-2026-12" — ASCII, so the download header needs no encoding. */
const fileBase = (year: number, id: number) => `ke-hoach-${year}-${id}`

const readPlan = async (db: Database, ctx: RequestContext, id: number, measure: TargetMeasure) =>
  detailOf(db, ctx, await loadReadable(db, ctx, id), measure)

const audited = async (db: Database, ctx: RequestContext, planId: number, unitId: number, format: string) =>
  writeAudit(db, originOf(ctx), { action: 'export', entity: 'plan', entityId: planId, unitId, after: { format } })

export const planDocx = async (db: Database, ctx: RequestContext, id: number, measure: TargetMeasure) => {
  const plan = await readPlan(db, ctx, id, measure)
  const docx = await renderDocx(planDocument(plan, ctx.tree, ctx.today))
  await audited(db, ctx, plan.id, plan.unitId, 'docx')
  return { file: docx, fileName: `${fileBase(plan.year, plan.id)}.docx` }
}

export const planPdf = async (db: Database, ctx: RequestContext, id: number, measure: TargetMeasure) => {
  const plan = await readPlan(db, ctx, id, measure)
  const pdf = await docxToPdf(await renderDocx(planDocument(plan, ctx.tree, ctx.today)))
  await audited(db, ctx, plan.id, plan.unitId, 'pdf')
  return { file: pdf, fileName: `${fileBase(plan.year, plan.id)}.pdf` }
}

export const planWorkbook = async (db: Database, ctx: RequestContext, id: number, measure: TargetMeasure) => {
  const plan = await readPlan(db, ctx, id, measure)
  const workbook = new ExcelJS.Workbook()
  const tasks = workbook.addWorksheet('Nhiệm vụ')
  tasks.columns = [
    { header: 'STT', width: 6 },
    { header: 'Nhiệm vụ', width: 60 },
    { header: 'Khâu công tác', width: 30 },
    { header: 'Đơn vị chủ trì', width: 30 },
    { header: 'Đơn vị phối hợp', width: 30 },
    { header: 'Cán bộ được giao', width: 24 },
    { header: 'Thời hạn', width: 14, style: { numFmt: DATE_FORMAT } },
    { header: 'Chu kỳ, thời gian hoàn thành', width: 34 },
    { header: 'Sản phẩm', width: 30 },
    { header: 'Trạng thái', width: 26 },
    { header: 'Tiến độ (%)', width: 12 },
  ]
  for (const t of plan.tasks)
    tasks.addRow([
      t.position,
      t.title,
      WORK_STREAM_LABELS[t.workStream],
      t.leadUnitName,
      t.supportingUnitNames.join('; '),
      t.assigneeName ?? '',
      excelDate(t.dueOn),
      t.deadlineText,
      t.product,
      TASK_STATE_LABELS[t.state],
      t.percent,
    ])
  styleHeaderRow(tasks)
  const targets = workbook.addWorksheet('Chỉ tiêu')
  targets.columns = [
    { header: 'STT', width: 6 },
    { header: 'Chỉ tiêu', width: 60 },
    { header: 'Yêu cầu', width: 24 },
    { header: 'Đơn vị', width: 30 },
    { header: 'Kết quả đến nay', width: 18 },
    { header: 'Tiến độ', width: 50 },
    { header: 'Dự báo', width: 50 },
    { header: 'Đánh giá', width: 18 },
  ]
  for (const t of plan.targets)
    targets.addRow([
      t.position,
      t.name,
      t.requirement,
      t.scopeUnitName,
      t.actualText,
      t.paceText ?? '',
      t.forecastText ?? '',
      TARGET_HEALTH_LABELS[t.health],
    ])
  styleHeaderRow(targets)
  const info = workbook.addWorksheet('Thông tin')
  info.columns = [{ width: 22 }, { width: 90 }]
  for (const line of [
    ['Kế hoạch', plan.title],
    ['Số, ký hiệu', plan.numberAndCode ?? 'Chưa ban hành'],
    ['Đơn vị', plan.unitName],
    ['Tổng hợp nhiệm vụ', plan.totalsLine],
    ['Tính đến ngày', excelDate(ctx.today)],
  ])
    info.addRow(line)
  info.getCell('B5').numFmt = DATE_FORMAT
  await audited(db, ctx, plan.id, plan.unitId, 'xlsx')
  return { file: Buffer.from(await workbook.xlsx.writeBuffer()), fileName: `${fileBase(plan.year, plan.id)}.xlsx` }
}

/** The BÁO CÁO sơ kết / tổng kết of the plan as .docx, from the review as it reads now (frozen or not). */
export const reviewDocx = async (
  db: Database,
  ctx: RequestContext,
  id: number,
  period: PlanReview['period'],
  measure: TargetMeasure,
) => {
  const plan = await readPlan(db, ctx, id, measure)
  const review = await planReview(db, ctx, id, period, measure)
  const docx = await renderDocx(reviewDocument(plan, review, (state) => TASK_STATE_LABELS[state], ctx.tree, ctx.today))
  await audited(db, ctx, plan.id, plan.unitId, `review-${period}.docx`)
  return {
    file: docx,
    fileName: `${period === 'six_months' ? 'so-ket' : 'tong-ket'}-${fileBase(plan.year, plan.id)}.docx`,
  }
}
