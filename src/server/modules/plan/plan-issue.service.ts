// A plan's way to issue (issue 13 items 1 and 3): submitted for approval, returned or approved,
// then issued with a number from the unit's outgoing-document register; an amendment is issued
// the same way and supersedes the version it amends; the year-end review closes it. Before an
// issue, the cascade check (QĐ 515/2012) lists every target weaker than the superior plan's and
// every task linked outside it, and the issue is refused while any is open.
import {
  checkCascade,
  transitionPlan,
  validatePlanContent,
  type CascadeViolation,
  type PlanTransition,
} from '@/domain/plan/index.ts'
import { indicatorByCode } from '@/domain/indicators/index.ts'
import type { PlanDetail, TransitionInput } from '@/shared/api/plan.ts'
import type { Database, Executor } from '../../db/client.ts'
import { AppError } from '../../platform/app-error.ts'
import type { RequestContext } from '../../platform/actor.ts'
import { writeAudit } from '../../platform/audit.ts'
import { registerOutgoingDocument } from '../documents/index.ts'
import { loadManaged, loadReadable } from './plan-access.ts'
import { detailOf } from './plan.service.ts'
import type { TargetMeasure } from './plan-measure.ts'
import { findPlan, findTask, targetsOf, tasksOf, updatePlanRow, type PlanRow } from './plan.repository.ts'

const originOf = (ctx: RequestContext) => ({ actorId: ctx.actor.personId, ip: ctx.ip, requestId: ctx.requestId })

const indicatorOf = (code: string) => {
  const definition = indicatorByCode(code)
  if (!definition) return undefined
  return {
    name: definition.name,
    better: definition.better,
    isRate: definition.denominator !== null,
    unitOfCount: definition.unitOfCount,
  }
}

/** Every cascade violation of a plan against the superior plan it implements (none without one). */
export const violationsOf = async (tx: Executor, plan: PlanRow): Promise<CascadeViolation[]> => {
  const tasks = await tasksOf(tx, [plan.id])
  const linked = []
  for (const task of tasks) {
    if (task.superiorTaskId === null) continue
    const found = await findTask(tx, task.superiorTaskId)
    if (found) linked.push({ id: found.id, planId: found.planId })
  }
  const superiorTargets = plan.superiorPlanId === null ? [] : await targetsOf(tx, [plan.superiorPlanId])
  const asCascade = (t: { id: number; indicatorCode: string | null; comparison: string; value: number | null }) => ({
    id: t.id,
    indicatorCode: t.indicatorCode,
    comparison: t.comparison as never,
    value: t.value,
  })
  return checkCascade({
    lowerTargets: (await targetsOf(tx, [plan.id])).map(asCascade),
    superiorTargets: superiorTargets.map(asCascade),
    indicatorOf,
    implementsPlanId: plan.superiorPlanId,
    tasks: tasks.map((t) => ({ id: t.id, number: t.position, implementsTaskId: t.superiorTaskId })),
    linkedTasks: linked,
  })
}

export const cascadeReport = async (db: Database, ctx: RequestContext, id: number) => {
  const plan = await loadReadable(db, ctx, id)
  const violations = await violationsOf(db, plan)
  return { violations: violations.map((v) => ({ path: pathOf(v), message: v.message })) }
}

const pathOf = (v: CascadeViolation) => (v.kind === 'target_weaker' ? `targets.${v.targetId}` : `tasks.${v.taskId}`)

export const transition = async (
  db: Database,
  ctx: RequestContext,
  id: number,
  input: TransitionInput,
  measure: TargetMeasure,
): Promise<PlanDetail> => {
  const row = await db.transaction(async (tx) => {
    const plan = await loadManaged(tx, ctx, id, true)
    const head = { kind: plan.kind, status: plan.status, version: plan.version }
    const approvedBy = input.approver ?? plan.approver
    let change: Partial<PlanRow>
    if (input.action === 'issue') {
      const cascadeViolations = await violationsOf(tx, plan)
      transitionPlan(head, { action: 'issue', approvedBy, cascadeViolations })
      if (plan.amendsId !== null) await checkAmendment(tx, plan, approvedBy, cascadeViolations)
      const issuedOn = input.issuedOn ?? ctx.today
      if (issuedOn > ctx.today)
        throw new AppError('PLAN_INVALID', 'Ngày ban hành không được sau hôm nay', [
          { path: 'issuedOn', message: 'Ngày ban hành không được sau hôm nay' },
        ])
      // The number comes from the unit's outgoing-document register, in this transaction: a
      // refused issue leaves no gap (Nghị định 30/2020 Art. 15, numbered per calendar year).
      const [, agencyCode, draftingUnitCode] = /^KH-([^-]+)(?:-(.+))?$/.exec(plan.documentCode) ?? ['', 'VKS']
      const registered = await registerOutgoingDocument(tx, originOf(ctx), {
        unitId: plan.unitId,
        type: 'ke_hoach',
        agencyCode: agencyCode!,
        ...(draftingUnitCode ? { draftingUnitCode } : {}),
        summary: plan.title,
        issuedOn,
        signer: plan.signerName,
        source: { kind: 'plan', id: plan.id },
      })
      change = {
        status: plan.amendsId === null ? 'issued' : 'amended',
        approver: approvedBy,
        issuedOn,
        documentNumber: registered.number,
        documentCode: registered.code,
      }
    } else {
      if (input.action === 'submit') await assertContentValid(tx, plan)
      const step: PlanTransition =
        input.action === 'return' ? { action: 'return', reason: input.reason ?? '' } : { action: input.action }
      change = { status: transitionPlan(head, step).status }
    }
    const row = await updatePlanRow(tx, plan.id, change)
    await writeAudit(tx, originOf(ctx), {
      action: 'update',
      entity: 'plan',
      entityId: plan.id,
      unitId: plan.unitId,
      before: { status: plan.status },
      after: { ...change, ...(input.action === 'return' ? { returnReason: input.reason } : {}) },
    })
    return row
  })
  // Read after the commit: the targets' figures come through the indicators' own connection.
  return detailOf(db, ctx, row, measure)
}

/** A plan goes to its approvers only complete: every task with its lead unit, deadline and product, every target with its value. */
const assertContentValid = async (tx: Executor, plan: PlanRow) => {
  const tasks = await tasksOf(tx, [plan.id])
  const targets = await targetsOf(tx, [plan.id])
  const problems = validatePlanContent(
    {
      tasks: tasks.map((t) => ({
        title: t.title,
        leadUnitId: t.leadUnitId,
        supportingUnitIds: t.supportingUnitIds,
        recurrence: t.recurrence,
        deadline: t.deadline,
        dayOfMonth: t.dueDay,
        product: t.product,
      })),
      targets: targets.map((t) => ({
        name: t.name,
        indicatorCode: t.indicatorCode,
        comparison: t.comparison,
        value: t.value,
        unitOfMeasure: t.unitOfMeasure,
      })),
    },
    (code) => indicatorByCode(code) !== undefined,
  )
  if (tasks.length === 0)
    problems.push({ code: 'PLAN_FIELD_REQUIRED', path: 'tasks', message: 'Kế hoạch chưa có nhiệm vụ nào' })
  if (problems.length > 0)
    throw new AppError(
      'PLAN_INVALID',
      `Kế hoạch còn ${problems.length} điểm chưa đầy đủ, chưa trình duyệt được: ${problems[0]!.message}`,
      problems.map(({ path, message }) => ({ path, message })),
    )
}

/** An amendment needs the version it amends still in force, and its deciding document and reason. */
const checkAmendment = async (
  tx: Executor,
  plan: PlanRow,
  approvedBy: PlanRow['approver'],
  cascadeViolations: CascadeViolation[],
) => {
  const amended = await findPlan(tx, plan.amendsId!)
  if (!amended) throw new AppError('PLAN_NOT_FOUND')
  transitionPlan(
    { kind: amended.kind, status: amended.status, version: amended.version },
    {
      action: 'amend',
      approvedBy,
      cascadeViolations,
      decidingDocument:
        plan.amendmentDocument && plan.amendmentDocumentDate
          ? { number: plan.amendmentDocument, date: plan.amendmentDocumentDate }
          : null,
      reason: plan.amendmentReason ?? '',
    },
  )
}
