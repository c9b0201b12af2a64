// A target bound to an indicator is measured from the register, never typed (issue 13 item 5):
// the indicators capability's cumulative trend gives the year to date and last year's curve month
// by month, from the same cached figures as the dashboard, so the plan and the dashboard agree.
import type { Figure } from '@/shared/api/indicators.ts'
import type { Database } from '../../db/client.ts'
import { can, type RequestContext } from '../../platform/actor.ts'
import { indicatorTrend } from '../indicators/index.ts'

/** Month ends of the statistics year with the cumulative figure this year (as of today) and last year. */
export type MeasuredSeries = { months: { to: string; current: Figure; lastYear: Figure }[] }

/** The series of an indicator over a unit and a statistics year, or null where the reader may not see its figures. */
export type TargetMeasure = (code: string, unitId: number, year: number) => Promise<MeasuredSeries | null>

export const measureFromRegister =
  (db: Database, ctx: RequestContext): TargetMeasure =>
  async (code, unitId, year) => {
    if (!can(ctx, 'indicator.read', unitId)) return null
    const trend = await indicatorTrend(db, ctx.tree, ctx, { unitId, code, year, view: 'cumulative' })
    return {
      months: trend.months.map((m) => ({ to: m.period.to, current: m.current, lastYear: m.lastYear })),
    }
  }
