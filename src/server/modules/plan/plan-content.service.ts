// A draft plan's content: its targets (chỉ tiêu) and key tasks (nhiệm vụ trọng tâm và giải
// pháp), issue 13 item 2. Only a draft is edited (an issued plan changes by amendment), only by
// `plan.manage` over the plan's unit; every change is audited with the row before and after.
import { reachOf } from '@/domain/units/unit-tree.ts'
import { indicatorByCode } from '@/domain/indicators/index.ts'
import type { TargetInput, TaskInput } from '@/shared/api/plan.ts'
import type { Database, Executor } from '../../db/client.ts'
import { AppError } from '../../platform/app-error.ts'
import type { RequestContext } from '../../platform/actor.ts'
import { writeAudit } from '../../platform/audit.ts'
import { staffUnits } from '../people/index.ts'
import { assertEditable, loadManaged } from './plan-access.ts'
import {
  deleteTargetRow,
  deleteTaskRow,
  findTarget,
  findTask,
  insertTarget,
  insertTask,
  targetsOf,
  tasksOf,
  updateTargetRow,
  updateTaskRow,
  type PlanRow,
  type TargetRow,
  type TaskRow,
} from './plan.repository.ts'

const originOf = (ctx: RequestContext) => ({ actorId: ctx.actor.personId, ip: ctx.ip, requestId: ctx.requestId })
const invalid = (path: string, message: string) => new AppError('PLAN_INVALID', message, [{ path, message }])

/** A unit named in a plan's content is the plan's unit or one below it. */
const assertInPlanScope = (ctx: RequestContext, plan: PlanRow, unitId: number, path: string) => {
  if (!reachOf(ctx.tree, plan.unitId).has(unitId))
    throw invalid(path, 'Đơn vị phải là đơn vị ban hành hoặc đơn vị trực thuộc')
}

// ── Targets ──────────────────────────────────────────────────────────────────────────────

/** The columns of a target from its input, after the checks a target needs (issue 13 item 2). */
const targetValues = (ctx: RequestContext, plan: PlanRow, input: TargetInput) => {
  const scopeUnitId = input.scopeUnitId ?? plan.unitId
  assertInPlanScope(ctx, plan, scopeUnitId, 'scopeUnitId')
  const comparesWithLastYear = input.comparison.endsWith('last_year')
  if (!comparesWithLastYear && input.value === null) throw invalid('value', 'Nhập giá trị chỉ tiêu')
  if (input.indicatorCode !== null) {
    const definition = indicatorByCode(input.indicatorCode)
    if (!definition) throw invalid('indicatorCode', 'Không có chỉ tiêu này trong danh mục')
    if (definition.denominator !== null && input.value !== null && input.value > 100)
      throw invalid('value', 'Chỉ tiêu tỷ lệ không vượt quá 100%')
    return {
      indicatorCode: definition.code,
      comparison: input.comparison,
      value: comparesWithLastYear ? null : input.value,
      scopeUnitId,
      name: input.name || definition.name,
      unitOfMeasure: definition.denominator !== null ? '%' : '',
    }
  }
  if (!input.name) throw invalid('name', 'Nhập nội dung chỉ tiêu')
  if (!input.unitOfMeasure) throw invalid('unitOfMeasure', 'Nhập đơn vị tính của chỉ tiêu')
  if (comparesWithLastYear) throw invalid('comparison', 'Chỉ tiêu tự đặt cần một giá trị cụ thể')
  return {
    indicatorCode: null,
    comparison: input.comparison,
    value: input.value,
    scopeUnitId,
    name: input.name,
    unitOfMeasure: input.unitOfMeasure,
  }
}

const loadDraft = async (tx: Executor, ctx: RequestContext, planId: number) => {
  const plan = await loadManaged(tx, ctx, planId, true)
  assertEditable(plan)
  return plan
}

/** A row of the plan; another plan's row, or none, answers 404 whatever its id. */
const rowOf = async <Row extends { planId: number }>(
  find: (tx: Executor, id: number) => Promise<Row | undefined>,
  tx: Executor,
  plan: PlanRow,
  id: number,
  code: 'PLAN_TASK_NOT_FOUND' | 'PLAN_TARGET_NOT_FOUND',
): Promise<Row> => {
  const row = await find(tx, id)
  if (!row || row.planId !== plan.id) throw new AppError(code)
  return row
}

export const addTarget = async (db: Database, ctx: RequestContext, planId: number, input: TargetInput) =>
  db.transaction(async (tx) => {
    const plan = await loadDraft(tx, ctx, planId)
    const row = await insertTarget(tx, { planId, ...targetValues(ctx, plan, input) })
    await audit(tx, ctx, 'create', 'plan_target', row, plan, undefined, row)
    return row
  })

export const changeTarget = async (db: Database, ctx: RequestContext, planId: number, id: number, input: TargetInput) =>
  db.transaction(async (tx) => {
    const plan = await loadDraft(tx, ctx, planId)
    const before = await rowOf(findTarget, tx, plan, id, 'PLAN_TARGET_NOT_FOUND')
    const row = await updateTargetRow(tx, id, targetValues(ctx, plan, input))
    await audit(tx, ctx, 'update', 'plan_target', row, plan, before, row)
    return row
  })

export const removeTarget = async (db: Database, ctx: RequestContext, planId: number, id: number) =>
  db.transaction(async (tx) => {
    const plan = await loadDraft(tx, ctx, planId)
    const before = await rowOf(findTarget, tx, plan, id, 'PLAN_TARGET_NOT_FOUND')
    // A task serving the target no longer does.
    for (const task of await tasksOf(tx, [planId]))
      if (task.targetLineageIds.includes(before.lineageId!))
        await updateTaskRow(tx, task.id, {
          targetLineageIds: task.targetLineageIds.filter((t) => t !== before.lineageId),
        })
    await deleteTargetRow(tx, id)
    await audit(tx, ctx, 'delete', 'plan_target', before, plan, before, undefined)
  })

// ── Tasks ────────────────────────────────────────────────────────────────────────────────

/** The statistics year of plan year Y runs 01/12/(Y−1)–30/11/Y (DOMAIN.md §6.1); a deadline may reach 31/12/Y (the year's report). */
const deadlineWindow = (year: number) => ({ from: `${year - 1}-12-01`, to: `${year}-12-31` })

const taskValues = async (tx: Executor, ctx: RequestContext, plan: PlanRow, input: TaskInput) => {
  assertInPlanScope(ctx, plan, input.leadUnitId, 'leadUnitId')
  const supporting = [...new Set(input.supportingUnitIds ?? [])].filter((id) => id !== input.leadUnitId)
  supporting.forEach((id, i) => assertInPlanScope(ctx, plan, id, `supportingUnitIds.${i}`))
  const recurrence = input.recurrence ?? 'once'
  // A one-off task has a deadline; a recurring one is due each period (on its day of the month).
  const deadline = recurrence === 'once' ? (input.deadline ?? null) : null
  if (recurrence === 'once' && deadline === null)
    throw invalid('deadline', 'Nhập thời hạn hoàn thành, hoặc chọn chu kỳ')
  const window = deadlineWindow(plan.year)
  if (deadline !== null && (deadline < window.from || deadline > window.to))
    throw invalid('deadline', `Thời hạn phải trong năm kế hoạch, từ 01/12/${plan.year - 1} đến 31/12/${plan.year}`)
  if (input.responsiblePersonId) {
    const staff = (await staffUnits(tx, [input.responsiblePersonId])).get(input.responsiblePersonId)
    if (!staff || !staff.active || !reachOf(ctx.tree, plan.unitId).has(staff.unitId))
      throw invalid('responsiblePersonId', 'Cán bộ phụ trách không thuộc đơn vị ban hành hoặc đơn vị trực thuộc')
  }
  const targets = await targetsOf(tx, [plan.id])
  const targetLineageIds = (input.targetIds ?? []).map((targetId, i) => {
    const target = targets.find((t) => t.id === targetId)
    if (!target) throw invalid(`targetIds.${i}`, 'Chỉ tiêu không thuộc kế hoạch này')
    return target.lineageId!
  })
  if (input.superiorTaskId) {
    const superior = await findTask(tx, input.superiorTaskId)
    if (!superior || plan.superiorPlanId === null || superior.planId !== plan.superiorPlanId)
      throw invalid('superiorTaskId', 'Nhiệm vụ cấp trên phải thuộc kế hoạch cấp trên mà kế hoạch này thực hiện')
  }
  return {
    title: input.title,
    workStream: input.workStream,
    leadUnitId: input.leadUnitId,
    supportingUnitIds: supporting,
    responsiblePersonId: input.responsiblePersonId ?? null,
    deadline,
    recurrence,
    dueDay: recurrence === 'once' ? null : (input.dueDay ?? null),
    product: input.product ?? '',
    targetLineageIds: [...new Set(targetLineageIds)],
    superiorTaskId: input.superiorTaskId ?? null,
  }
}

export const addTask = async (db: Database, ctx: RequestContext, planId: number, input: TaskInput) =>
  db.transaction(async (tx) => {
    const plan = await loadDraft(tx, ctx, planId)
    const row = await insertTask(tx, { planId, ...(await taskValues(tx, ctx, plan, input)) })
    await audit(tx, ctx, 'create', 'plan_task', row, plan, undefined, row)
    return row
  })

export const changeTask = async (db: Database, ctx: RequestContext, planId: number, id: number, input: TaskInput) =>
  db.transaction(async (tx) => {
    const plan = await loadDraft(tx, ctx, planId)
    const before = await rowOf(findTask, tx, plan, id, 'PLAN_TASK_NOT_FOUND')
    const row = await updateTaskRow(tx, id, await taskValues(tx, ctx, plan, input))
    await audit(tx, ctx, 'update', 'plan_task', row, plan, before, row)
    return row
  })

export const removeTask = async (db: Database, ctx: RequestContext, planId: number, id: number) =>
  db.transaction(async (tx) => {
    const plan = await loadDraft(tx, ctx, planId)
    const before = await rowOf(findTask, tx, plan, id, 'PLAN_TASK_NOT_FOUND')
    await deleteTaskRow(tx, id)
    await audit(tx, ctx, 'delete', 'plan_task', before, plan, before, undefined)
  })

const audit = (
  tx: Executor,
  ctx: RequestContext,
  action: 'create' | 'update' | 'delete',
  entity: 'plan_target' | 'plan_task',
  row: TargetRow | TaskRow,
  plan: PlanRow,
  before: unknown,
  after: unknown,
) => writeAudit(tx, originOf(ctx), { action, entity, entityId: row.id, unitId: plan.unitId, before, after })
