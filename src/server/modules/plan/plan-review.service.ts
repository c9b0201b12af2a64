// The reviews of a plan (issue 13 item 6; DOMAIN.md §8.3): the six-month review (sơ kết,
// 01/12–31/05) and the year-end review (tổng kết, 01/12–30/11). Per target the value against the
// target and last year; per task its state on the period's last day (a completion reported after
// it is not yet known then, src/domain/plan/task-state.ts); the Government's totals (QĐ 42/2014);
// the same per lead unit. Until frozen it is computed on every reading; the plan's owner freezes
// it, and from then on it is read from the stored snapshot, the same tomorrow as today.
import {
  changeText,
  figureText,
  indicatorByCode,
  sixMonths,
  statisticsYear,
  targetStatus,
} from '@/domain/indicators/index.ts'
import { taskTotals, taskTotalsText } from '@/domain/plan/index.ts'
import type { PlanDetail, PlanReview } from '@/shared/api/plan.ts'
import type { Database } from '../../db/client.ts'
import { AppError } from '../../platform/app-error.ts'
import { authorize, type RequestContext } from '../../platform/actor.ts'
import { writeAudit } from '../../platform/audit.ts'
import { toIsoInstant } from '../../platform/time.ts'
import { personNames } from '../people/index.ts'
import { loadReadable } from './plan-access.ts'
import type { TargetMeasure } from './plan-measure.ts'
import { findReview, insertReview } from './plan.repository.ts'
import { detailOf } from './plan.service.ts'

type Period = PlanReview['period']

const periodOf = (year: number, period: Period) => (period === 'six_months' ? sixMonths(year) : statisticsYear(year))

/** The review computed now, counting to the period's last day (or today, while the period runs). */
const computeReview = async (
  db: Database,
  ctx: RequestContext,
  planId: number,
  period: Period,
  measure: TargetMeasure,
): Promise<PlanReview> => {
  const row = await loadReadable(db, ctx, planId)
  const range = periodOf(row.year, period)
  const asOf = ctx.today < range.to ? ctx.today : range.to
  // The plan as it stood on the review's day: task states and target paces as of asOf.
  const plan: PlanDetail = await detailOf(db, { ...ctx, today: asOf }, row, measure)
  const targets = []
  for (const target of plan.targets) {
    const definition = target.indicatorCode ? indicatorByCode(target.indicatorCode) : undefined
    let lastYearText = ''
    let change = ''
    let verdict = target.forecastText ?? 'Chưa có số liệu'
    if (definition) {
      const series = await measure(definition.code, target.scopeUnitId, row.year)
      const point = series?.months.find((m) => m.to >= asOf) ?? series?.months.at(-1)
      if (point) {
        const indicator = {
          better: definition.better,
          isRate: definition.denominator !== null,
          unitOfCount: definition.unitOfCount,
        }
        lastYearText = point.lastYear.value === null ? 'Chưa phát sinh' : figureText(point.lastYear, indicator)
        change = changeText(point.current, point.lastYear, indicator)
        // At the year's end the verdict is the figure against the target; mid-year, the forecast.
        if (period === 'year')
          verdict = targetStatus(indicator, point.current, point.lastYear, {
            comparison: target.comparison,
            value: target.value,
          }).text
      }
    }
    targets.push({
      position: target.position,
      name: target.name,
      requirement: target.requirement,
      actualText: target.actualText,
      lastYearText,
      changeText: change,
      verdict,
    })
  }
  const leadUnits = [...new Set(plan.tasks.map((t) => t.leadUnitName))]
  return {
    planId: plan.id,
    period,
    periodLabel: period === 'six_months' ? `Sơ kết 6 tháng (${range.label})` : `Tổng kết năm (${range.label})`,
    from: range.from,
    to: range.to,
    asOf,
    frozen: null,
    targets,
    tasks: plan.tasks.map((t) => ({
      position: t.position,
      title: t.title,
      leadUnitName: t.leadUnitName,
      state: t.state,
    })),
    totalsLine: plan.totalsLine,
    byLeadUnit: leadUnits.map((unitName) => ({
      unitName,
      totalsLine: taskTotalsText(taskTotals(plan.tasks.filter((t) => t.leadUnitName === unitName).map((t) => t.state))),
    })),
  }
}

export const planReview = async (
  db: Database,
  ctx: RequestContext,
  planId: number,
  period: Period,
  measure: TargetMeasure,
): Promise<PlanReview> => {
  await loadReadable(db, ctx, planId)
  const frozen = await findReview(db, planId, period)
  if (frozen) {
    const names = await personNames(db, [frozen.frozenBy])
    return {
      ...(frozen.snapshot as PlanReview),
      frozen: { at: toIsoInstant(frozen.frozenAt)!, byName: names.get(frozen.frozenBy) ?? '' },
    }
  }
  return computeReview(db, ctx, planId, period, measure)
}

/** The plan's owner freezes the review: its figures are stored and read from then on. */
export const freezeReview = async (
  db: Database,
  ctx: RequestContext,
  planId: number,
  period: Period,
  measure: TargetMeasure,
): Promise<PlanReview> => {
  const plan = await loadReadable(db, ctx, planId)
  authorize(ctx, 'plan.manage', plan.unitId)
  if (!['issued', 'amended', 'reviewed'].includes(plan.status))
    throw new AppError('PLAN_PROGRESS_NOT_ALLOWED', 'Chỉ sơ kết, tổng kết được kế hoạch đã ban hành')
  if (await findReview(db, planId, period)) throw new AppError('PLAN_REVIEW_FROZEN')
  const review = await computeReview(db, ctx, planId, period, measure)
  await db.transaction(async (tx) => {
    const row = await insertReview(tx, {
      planId,
      period,
      asOf: review.asOf,
      snapshot: review,
      frozenBy: ctx.actor.personId,
    })
    await writeAudit(
      tx,
      { actorId: ctx.actor.personId, ip: ctx.ip, requestId: ctx.requestId },
      {
        action: 'create',
        entity: 'plan_review',
        entityId: row.id,
        unitId: plan.unitId,
        after: { planId, period, asOf: review.asOf, totalsLine: review.totalsLine },
      },
    )
  })
  return planReview(db, ctx, planId, period, measure)
}
