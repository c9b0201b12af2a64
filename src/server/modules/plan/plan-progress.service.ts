// Carrying out an issued plan (issue 13 item 4): the head of the lead unit assigns a task inside
// the unit, the lead unit reports progress with its evidence, the plan owner appraises a
// completion (thẩm định: đạt / chưa đạt), and a free target's lead unit reports its value.
// Progress belongs to the task's lineage, so an amendment of the plan keeps it.
import { reachOf } from '@/domain/units/unit-tree.ts'
import type { z } from 'zod'
import type { AppraiseInput, AssignInput, ProgressInput, ReportedValueInput } from '@/shared/api/plan.ts'
import type { Database, Executor } from '../../db/client.ts'
import { AppError } from '../../platform/app-error.ts'
import { authorize, can, type RequestContext } from '../../platform/actor.ts'
import { writeAudit } from '../../platform/audit.ts'
import { staffUnits } from '../people/index.ts'
import { canReadPlanOf, ISSUED } from './plan-access.ts'
import {
  findAmendment,
  findPlan,
  findTarget,
  findTask,
  insertProgress,
  progressOf,
  updateProgressRow,
  updateTargetRow,
  updateTaskRow,
  type PlanRow,
  type TaskRow,
} from './plan.repository.ts'

const originOf = (ctx: RequestContext) => ({ actorId: ctx.actor.personId, ip: ctx.ip, requestId: ctx.requestId })

/**
 * The task and its plan, if the caller may read the plan; the plan must be in force (issued and
 * not superseded by an issued amendment) for anyone to act on its tasks.
 */
const loadTaskInForce = async (tx: Executor, ctx: RequestContext, planId: number, taskId: number) => {
  const plan = await findPlan(tx, planId)
  const task = await findTask(tx, taskId)
  const visible = plan && canReadPlanOf(ctx, plan.unitId)
  if (!plan || !visible) throw new AppError('PLAN_NOT_FOUND')
  if (!task || task.planId !== plan.id) throw new AppError('PLAN_TASK_NOT_FOUND')
  await assertInForce(tx, plan)
  return { plan, task }
}

const assertInForce = async (tx: Executor, plan: PlanRow) => {
  const amendment = await findAmendment(tx, plan.id)
  const superseded = amendment !== undefined && ISSUED.has(amendment.status)
  if (!ISSUED.has(plan.status) || superseded) throw new AppError('PLAN_PROGRESS_NOT_ALLOWED')
}

export const assignTask = async (
  db: Database,
  ctx: RequestContext,
  planId: number,
  taskId: number,
  input: z.infer<typeof AssignInput>,
): Promise<TaskRow> =>
  db.transaction(async (tx) => {
    const { plan, task } = await loadTaskInForce(tx, ctx, planId, taskId)
    authorize(ctx, 'plan.task.assign', task.leadUnitId)
    // Assigned inside the lead unit: its own staff or those of a unit under it (a department's team).
    const staff = (await staffUnits(tx, [input.assigneeId])).get(input.assigneeId)
    if (!staff || !staff.active || !reachOf(ctx.tree, task.leadUnitId).has(staff.unitId))
      throw new AppError('PLAN_TASK_NOT_ASSIGNABLE', undefined, [
        { path: 'assigneeId', message: 'Cán bộ không thuộc đơn vị chủ trì' },
      ])
    const row = await updateTaskRow(tx, task.id, { assigneeId: input.assigneeId })
    await writeAudit(tx, originOf(ctx), {
      action: 'update',
      entity: 'plan_task',
      entityId: task.id,
      unitId: plan.unitId,
      before: { assigneeId: task.assigneeId },
      after: { assigneeId: row.assigneeId },
    })
    return row
  })

/** The lead unit reports; a prosecutor (who holds plan.task.report) only on a task assigned to them. */
const assertMayReport = (ctx: RequestContext, task: TaskRow) => {
  authorize(ctx, 'plan.task.report', task.leadUnitId)
  const leads = can(ctx, 'plan.task.assign', task.leadUnitId) || can(ctx, 'plan.manage', task.leadUnitId)
  if (!leads && task.assigneeId !== ctx.actor.personId)
    throw new AppError('FORBIDDEN', 'Chỉ người được giao hoặc lãnh đạo đơn vị chủ trì báo cáo tiến độ nhiệm vụ này')
}

export const reportProgress = async (
  db: Database,
  ctx: RequestContext,
  planId: number,
  taskId: number,
  input: ProgressInput,
) =>
  db.transaction(async (tx) => {
    const { plan, task } = await loadTaskInForce(tx, ctx, planId, taskId)
    assertMayReport(ctx, task)
    const invalid = (path: string, message: string) => new AppError('PLAN_INVALID', message, [{ path, message }])
    if (task.recurrence !== 'once' && !input.occurrenceDue)
      throw invalid('occurrenceDue', 'Chọn kỳ (lần thực hiện) của nhiệm vụ định kỳ được báo cáo')
    if (input.completedOn && input.completedOn > ctx.today)
      throw invalid('completedOn', 'Ngày hoàn thành không được sau hôm nay')
    if (input.paused && !input.pausedDocument)
      throw invalid('pausedDocument', 'Nhập văn bản tạm dừng hoặc điều chỉnh nhiệm vụ')
    const row = await insertProgress(tx, {
      taskLineageId: task.lineageId!,
      occurrenceDue: task.recurrence === 'once' ? null : (input.occurrenceDue ?? null),
      reportedOn: ctx.today,
      note: input.note,
      percent: input.percent ?? null,
      evidence: input.evidence ?? [],
      started: true,
      completedOn: input.completedOn ?? null,
      paused: input.paused ?? false,
      pausedDocument: input.pausedDocument ?? null,
      notCarriedOutReason: input.notCarriedOutReason ?? null,
      reportedBy: ctx.actor.personId,
    })
    await writeAudit(tx, originOf(ctx), {
      action: 'create',
      entity: 'plan_task_progress',
      entityId: row.id,
      unitId: plan.unitId,
      after: row,
    })
    return row
  })

/** The plan owner confirms (or not) the newest report of completion of the task or occurrence. */
export const appraiseTask = async (
  db: Database,
  ctx: RequestContext,
  planId: number,
  taskId: number,
  input: z.infer<typeof AppraiseInput>,
) =>
  db.transaction(async (tx) => {
    const { plan, task } = await loadTaskInForce(tx, ctx, planId, taskId)
    authorize(ctx, 'plan.manage', plan.unitId)
    const reports = (await progressOf(tx, [task.lineageId!])).filter(
      (p) => (p.occurrenceDue ?? null) === (input.occurrenceDue ?? null),
    )
    const completion = reports.at(-1)
    if (!completion?.completedOn) throw new AppError('PLAN_APPRAISAL_NOT_ALLOWED')
    const row = await updateProgressRow(tx, completion.id, {
      appraisal: input.appraisal,
      appraisalNote: input.note ?? null,
      appraisedBy: ctx.actor.personId,
    })
    await writeAudit(tx, originOf(ctx), {
      action: 'update',
      entity: 'plan_task_progress',
      entityId: row.id,
      unitId: plan.unitId,
      before: { appraisal: completion.appraisal, appraisalNote: completion.appraisalNote },
      after: { appraisal: row.appraisal, appraisalNote: row.appraisalNote },
    })
    return row
  })

/** A free target is measured by the value its scope unit reports, with the evidence (issue 13 item 5). */
export const reportTargetValue = async (
  db: Database,
  ctx: RequestContext,
  planId: number,
  targetId: number,
  input: z.infer<typeof ReportedValueInput>,
) =>
  db.transaction(async (tx) => {
    const plan = await findPlan(tx, planId)
    if (!plan || !canReadPlanOf(ctx, plan.unitId)) throw new AppError('PLAN_NOT_FOUND')
    const target = await findTarget(tx, targetId)
    if (!target || target.planId !== plan.id) throw new AppError('PLAN_TARGET_NOT_FOUND')
    await assertInForce(tx, plan)
    if (!can(ctx, 'plan.manage', plan.unitId)) authorize(ctx, 'plan.task.report', target.scopeUnitId)
    if (target.indicatorCode !== null)
      throw new AppError('PLAN_INVALID', 'Chỉ tiêu gắn với danh mục được tính từ sổ thụ lý, không nhập tay', [
        { path: 'value', message: 'Không nhập tay chỉ tiêu tính từ sổ thụ lý' },
      ])
    const row = await updateTargetRow(tx, target.id, { reportedValue: input.value, reportedEvidence: input.evidence })
    await writeAudit(tx, originOf(ctx), {
      action: 'update',
      entity: 'plan_target',
      entityId: target.id,
      unitId: plan.unitId,
      before: { reportedValue: target.reportedValue, reportedEvidence: target.reportedEvidence },
      after: { reportedValue: row.reportedValue, reportedEvidence: row.reportedEvidence },
    })
    return row
  })
