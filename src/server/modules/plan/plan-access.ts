// Who may read and change a plan (issue 13 item 9; the rules at the top of plan.service.ts).
import { assertCanEditContent } from '@/domain/plan/index.ts'
import { ancestorsOf } from '@/domain/units/unit-tree.ts'
import type { Executor } from '../../db/client.ts'
import { AppError } from '../../platform/app-error.ts'
import { authorize, can, permittedUnits, type RequestContext } from '../../platform/actor.ts'
import { findPlan, lockPlan, type PlanRow } from './plan.repository.ts'

const NOT_FOUND = () => new AppError('PLAN_NOT_FOUND')

/** Issued versions carry progress (a superseded one is told apart by its amendment); a draft does not. */
export const ISSUED = new Set(['issued', 'amended'])

// ── Reading ──────────────────────────────────────────────────────────────────────────────

/** May the caller read a plan of this unit? Its own reach, or a unit below it (DOMAIN.md §8.2 cascade). */
export const canReadPlanOf = (ctx: RequestContext, unitId: number): boolean => {
  if (can(ctx, 'plan.read', unitId)) return true
  for (const readable of permittedUnits(ctx, 'plan.read'))
    if (ancestorsOf(ctx.tree, readable).includes(unitId)) return true
  return false
}

export const loadReadable = async (tx: Executor, ctx: RequestContext, id: number): Promise<PlanRow> => {
  const plan = await findPlan(tx, id)
  if (!plan || !canReadPlanOf(ctx, plan.unitId)) throw NOT_FOUND()
  return plan
}

/** A plan the caller may manage; one they cannot even read answers 404, one they read but do not manage 403. */
export const loadManaged = async (tx: Executor, ctx: RequestContext, id: number, lock = false): Promise<PlanRow> => {
  const plan = lock ? await lockPlan(tx, id) : await findPlan(tx, id)
  if (!plan || !canReadPlanOf(ctx, plan.unitId)) throw NOT_FOUND()
  authorize(ctx, 'plan.manage', plan.unitId)
  return plan
}

/** Only a draft is edited in place (src/domain/plan/plan-lifecycle.ts). */
export const assertEditable = (plan: PlanRow) => assertCanEditContent(plan.status)

export const unitName = (ctx: RequestContext, id: number) => ctx.tree.byId.get(id)?.name ?? ''
