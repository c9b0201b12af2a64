// The annual work plan (issue 13; DOMAIN.md §8.2). Who may do what:
// - read: `plan.read` over the plan's unit, or over a unit below it (a lower unit reads the
//   superior plans it implements; a sibling's plan stays out of sight and answers 404);
// - draft, edit, submit, issue, amend, review and appraise: `plan.manage` over the plan's unit
//   (its leadership and the statistics/general office);
// - assign a task inside the lead unit: `plan.task.assign` over the task's lead unit;
// - report progress: `plan.task.report` over the lead unit — a prosecutor only on a task
//   assigned to them.
// Every write runs in one transaction with its audit row; a refused or invalid request changes nothing.
import { ancestorsOf } from '@/domain/units/unit-tree.ts'
import type { z } from 'zod'
import type { AmendInput, CreatePlan, PlanDetail, PlanSummary, UpdatePlan } from '@/shared/api/plan.ts'
import type { Database, Executor } from '../../db/client.ts'
import { AppError } from '../../platform/app-error.ts'
import { authorize, can, permittedUnits, type RequestContext } from '../../platform/actor.ts'
import { writeAudit } from '../../platform/audit.ts'
import { toIsoInstant } from '../../platform/time.ts'
import { personNames } from '../people/index.ts'
import {
  countContent,
  findAmendment,
  findPlan,
  insertPlan,
  insertTarget,
  insertTask,
  listPlans as listPlanRows,
  plansImplementing,
  progressOf,
  targetsOf,
  tasksAssignedTo,
  tasksOf,
  updatePlanRow,
  type PlanRow,
} from './plan.repository.ts'
import { assertEditable, canReadPlanOf, ISSUED, loadManaged, loadReadable, unitName } from './plan-access.ts'
import type { TargetMeasure } from './plan-measure.ts'
import { planViews } from './plan-views.ts'

const originOf = (ctx: RequestContext) => ({ actorId: ctx.actor.personId, ip: ctx.ip, requestId: ctx.requestId })

export const numberAndCode = (plan: Pick<PlanRow, 'documentNumber' | 'documentCode'>): string | null =>
  plan.documentNumber === null ? null : `${String(plan.documentNumber).padStart(2, '0')}/${plan.documentCode}`

const summaryOf = (ctx: RequestContext, plan: PlanRow, counts: { tasks: number; targets: number }): PlanSummary => ({
  id: plan.id,
  unitId: plan.unitId,
  unitName: unitName(ctx, plan.unitId),
  year: plan.year,
  kind: plan.kind,
  title: plan.title,
  status: plan.status,
  version: plan.version,
  numberAndCode: numberAndCode(plan),
  issuedOn: plan.issuedOn,
  superiorPlanId: plan.superiorPlanId,
  taskCount: counts.tasks,
  targetCount: counts.targets,
})

export const listPlans = async (db: Database, ctx: RequestContext, query: { unitId?: number; year?: number }) => {
  let unitIds: number[]
  if (query.unitId !== undefined) {
    if (!canReadPlanOf(ctx, query.unitId)) throw new AppError('UNIT_NOT_FOUND', 'Không tìm thấy đơn vị')
    unitIds = [query.unitId]
  } else {
    const readable = new Set(permittedUnits(ctx, 'plan.read'))
    // The superior units' plans are read too: a regional procuracy sees the province's plan it implements.
    for (const id of [...readable]) for (const ancestor of ancestorsOf(ctx.tree, id)) readable.add(ancestor)
    unitIds = [...readable]
  }
  const rows = await listPlanRows(db, unitIds, query.year)
  const counts = await countContent(
    db,
    rows.map((r) => r.id),
  )
  return { items: rows.map((row) => summaryOf(ctx, row, counts.get(row.id)!)) }
}

export const getPlan = async (
  db: Database,
  ctx: RequestContext,
  id: number,
  measure: TargetMeasure,
): Promise<PlanDetail> => {
  const plan = await loadReadable(db, ctx, id)
  return detailOf(db, ctx, plan, measure)
}

export const detailOf = async (
  tx: Executor,
  ctx: RequestContext,
  plan: PlanRow,
  measure: TargetMeasure,
): Promise<PlanDetail> => {
  const [targets, tasks, amendment] = [
    await targetsOf(tx, [plan.id]),
    await tasksOf(tx, [plan.id]),
    await findAmendment(tx, plan.id),
  ]
  const progress = await progressOf(
    tx,
    tasks.map((t) => t.lineageId!),
  )
  const names = await personNames(tx, [
    ...tasks.flatMap((t) => (t.assigneeId ? [t.assigneeId] : [])),
    ...progress.map((p) => p.reportedBy),
  ])
  const views = await planViews(ctx, plan, { targets, tasks, progress, names }, measure)

  return {
    ...summaryOf(ctx, plan, { tasks: tasks.length, targets: targets.length }),
    implementsDocuments: plan.implementsDocuments,
    purpose: plan.purpose,
    organisation: plan.organisation,
    dueSoonDays: plan.dueSoonDays,
    documentCode: plan.documentCode,
    approver: plan.approver,
    signerPrefix: plan.signerPrefix,
    signerTitle: plan.signerTitle,
    signerName: plan.signerName,
    recipients: plan.recipients,
    amendsId: plan.amendsId,
    amendedById: amendment?.id ?? null,
    amendmentReason: plan.amendmentReason,
    amendmentDocument: plan.amendmentDocument,
    amendmentDocumentDate: plan.amendmentDocumentDate,
    updatedAt: toIsoInstant(plan.updatedAt)!,
    ...views,
    canManage: can(ctx, 'plan.manage', plan.unitId),
  }
}

// ── Drafting ─────────────────────────────────────────────────────────────────────────────

/** What the audit keeps of a plan's header (its content rows have their own audit rows). */
const snapshot = (plan: PlanRow) => ({ ...plan, createdAt: undefined, updatedAt: toIsoInstant(plan.updatedAt) })

/**
 * The superior plan a lower unit's plan implements: an issued plan of the same statistics year,
 * of a unit above the drafting one (DOMAIN.md §8.2: "a lower level's plan follows the upper
 * level's directive and plan").
 */
const assertSuperior = async (tx: Executor, ctx: RequestContext, unitId: number, year: number, id: number) => {
  const superior = await findPlan(tx, id)
  const refuse = () =>
    new AppError('PLAN_SUPERIOR_INVALID', undefined, [
      { path: 'superiorPlanId', message: 'Chọn kế hoạch đã ban hành của đơn vị cấp trên, cùng năm' },
    ])
  if (!superior || !canReadPlanOf(ctx, superior.unitId)) throw refuse()
  if (
    superior.year !== year ||
    superior.status !== 'issued' ||
    !ancestorsOf(ctx.tree, unitId).includes(superior.unitId)
  )
    throw refuse()
}

export const createPlan = async (db: Database, ctx: RequestContext, input: CreatePlan): Promise<PlanSummary> => {
  authorize(ctx, 'plan.manage', input.unitId)
  return db.transaction(async (tx) => {
    if (input.superiorPlanId) await assertSuperior(tx, ctx, input.unitId, input.year, input.superiorPlanId)
    const row = await insertPlan(tx, {
      ...input,
      superiorPlanId: input.superiorPlanId ?? null,
      createdBy: ctx.actor.personId,
    })
    await writeAudit(tx, originOf(ctx), {
      action: 'create',
      entity: 'plan',
      entityId: row.id,
      unitId: row.unitId,
      after: snapshot(row),
    })
    return summaryOf(ctx, row, { tasks: 0, targets: 0 })
  })
}

export const updatePlan = async (
  db: Database,
  ctx: RequestContext,
  id: number,
  input: UpdatePlan,
  measure: TargetMeasure,
): Promise<PlanDetail> => {
  const row = await db.transaction(async (tx) => {
    const before = await loadManaged(tx, ctx, id, true)
    assertEditable(before)
    if (input.superiorPlanId) await assertSuperior(tx, ctx, before.unitId, before.year, input.superiorPlanId)
    const row = await updatePlanRow(tx, id, input)
    await writeAudit(tx, originOf(ctx), {
      action: 'update',
      entity: 'plan',
      entityId: id,
      unitId: row.unitId,
      before: snapshot(before),
      after: snapshot(row),
    })
    return row
  })
  // Read after the commit: the targets' figures come through the indicators' own connection.
  return detailOf(db, ctx, row, measure)
}

// ── Amending ─────────────────────────────────────────────────────────────────────────────

/**
 * An amendment (điều chỉnh) of an issued plan: a new draft version with its reason and deciding
 * document, carrying the targets and tasks under their lineage so that the progress reported on
 * them follows. The issued version stays as issued (issue 13 item 1).
 */
export const amendPlan = async (
  db: Database,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof AmendInput>,
): Promise<PlanSummary> =>
  db.transaction(async (tx) => {
    const issued = await loadManaged(tx, ctx, id, true)
    if (!ISSUED.has(issued.status))
      throw new AppError('PLAN_NOT_EDITABLE', 'Chỉ điều chỉnh được kế hoạch đang có hiệu lực (đã ban hành)')
    if (await findAmendment(tx, id)) throw new AppError('PLAN_ALREADY_AMENDED')
    const { id: _id, createdAt: _c, updatedAt: _u, documentNumber: _n, issuedOn: _i, ...header } = issued
    const draft = await insertPlan(tx, {
      ...header,
      status: 'draft',
      version: issued.version + 1,
      amendsId: issued.id,
      approver: null,
      amendmentReason: input.reason,
      amendmentDocument: input.documentNumber,
      amendmentDocumentDate: input.documentDate,
      createdBy: ctx.actor.personId,
    })
    for (const { id: _t, planId: _p, position: _pos, ...target } of await targetsOf(tx, [issued.id]))
      await insertTarget(tx, { ...target, planId: draft.id })
    for (const { id: _t, planId: _p, position: _pos, ...task } of await tasksOf(tx, [issued.id]))
      await insertTask(tx, { ...task, planId: draft.id })
    await writeAudit(tx, originOf(ctx), {
      action: 'create',
      entity: 'plan',
      entityId: draft.id,
      unitId: draft.unitId,
      after: snapshot(draft),
    })
    return summaryOf(ctx, draft, await countContent(tx, [draft.id]).then((m) => m.get(draft.id)!))
  })

// ── Leadership views ─────────────────────────────────────────────────────────────────────

/**
 * The units below the plan's unit that should implement it (its child units that exist today)
 * and the plans they drew up implementing it: which have issued theirs and which have not
 * (issue 13 item 3). Units the caller may not read are left out.
 */
export const lowerPlans = async (db: Database, ctx: RequestContext, id: number) => {
  const plan = await loadReadable(db, ctx, id)
  const children = (ctx.tree.childrenOf.get(plan.unitId) ?? []).filter((childId) => {
    const unit = ctx.tree.byId.get(childId)!
    return (unit.validTo === null || unit.validTo >= ctx.today) && canReadPlanOf(ctx, childId)
  })
  const implementing = await plansImplementing(db, [plan.id])
  const counts = await countContent(
    db,
    implementing.map((p) => p.id),
  )
  return {
    units: children.map((unitId) => {
      const plans = implementing.filter((p) => p.unitId === unitId)
      return {
        unitId,
        unitName: unitName(ctx, unitId),
        plans: plans.map((p) => summaryOf(ctx, p, counts.get(p.id)!)),
        issued: plans.some((p) => ISSUED.has(p.status) || p.status === 'reviewed'),
      }
    }),
  }
}

/** "Nhiệm vụ của tôi": the tasks assigned to the caller in plans in force, with their state today. */
export const myTasks = async (db: Database, ctx: RequestContext, measure: TargetMeasure) => {
  const tasks = await tasksAssignedTo(db, ctx.actor.personId)
  const items = []
  for (const planId of [...new Set(tasks.map((t) => t.planId))]) {
    const plan = (await findPlan(db, planId))!
    if (!canReadPlanOf(ctx, plan.unitId)) continue
    const own = tasks.filter((t) => t.planId === planId)
    const progress = await progressOf(
      db,
      own.map((t) => t.lineageId!),
    )
    const names = await personNames(db, [...own.map((t) => t.assigneeId), ...progress.map((p) => p.reportedBy)])
    const views = await planViews(ctx, plan, { targets: [], tasks: own, progress, names }, measure)
    for (const task of views.tasks)
      items.push({ ...task, planTitle: plan.title, planUnitName: unitName(ctx, plan.unitId) })
  }
  return { items }
}
