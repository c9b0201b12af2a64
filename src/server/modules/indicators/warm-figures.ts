// Keeps the dashboard's figures ready: at start-up and every five minutes (a periodic job,
// src/server/periodic-jobs.ts), the figures of the
// current statistics year, the same part of last year and its months, as of today, are
// computed for every unit whose cached row is missing or stale — a chunk of units per
// statement with a pause in between, so that on the embedded database (one query at a time)
// ordinary requests are served between chunks. A request that finds a fresh row never waits;
// one that arrives right after a write recomputes only the unit written to.
import { sql } from 'drizzle-orm'
import {
  customPeriod,
  monthsOfStatisticsYear,
  sameTimeLastYear,
  statisticsYear,
  statisticsYearOf,
  type Period,
} from '@/domain/indicators/periods.ts'
import type { UnitTree } from '@/domain/units/unit-tree.ts'
import type { Database } from '../../db/client.ts'
import { figuresOf } from './figures.repository.ts'
import { unitsPerStatement } from './indicators.service.ts'

/** Cached rows for "as of" days long past are rarely asked again; closed periods keep their own snapshot. */
const KEEP_DAYS = 31

/** The periods the dashboard opens with, for today. */
export const dashboardPeriods = (today: string): Period[] => {
  const year = statisticsYearOf(today)
  const current = statisticsYear(year)
  const lastYearSoFar = sameTimeLastYear(today < current.to ? customPeriod(current.from, today) : current)
  const months = monthsOfStatisticsYear(year).filter((month) => month.from <= today)
  return [current, lastYearSoFar, ...months, ...months.map(sameTimeLastYear)]
}

/**
 * A unit's register version is its newest change (figures.repository.ts, changeIdsOf); the rows
 * before it serve nothing, and every write adds one. Those older than a day go, so the log stays
 * about one row per unit instead of one per write since the system started.
 */
export const pruneChangeLog = async (db: Database): Promise<void> => {
  await db.execute(sql`DELETE FROM register_changes c
    WHERE c.changed_at < now() - interval '1 day'
      AND c.id < (SELECT max(n.id) FROM register_changes n WHERE n.unit_id = c.unit_id)`)
}

export const warmFigures = async (db: Database, tree: UnitTree, today: string): Promise<number> => {
  const unitIds = [...tree.byId.keys()].sort((a, b) => a - b)
  let periods = 0
  for (const period of dashboardPeriods(today)) {
    await figuresOf(
      db,
      unitIds,
      { periodKey: period.key, from: period.from, to: period.to, asOf: today },
      unitsPerStatement(db),
    )
    periods++
  }
  await db.execute(sql`DELETE FROM indicator_figure_cache WHERE as_of < ${today}::date - ${KEEP_DAYS}::int`)
  await pruneChangeLog(db)
  return periods
}
