// When the official calendar changes (a day off added, a make-up working day), every
// deadline whose end could roll over that day is derived again, and what moved is reported.
// A day D affects a deadline only when it lies between the deadline's unadjusted end and a
// little after its end (the roll-over window); clocks counted in days or months do not
// otherwise depend on days off (BLTTHS "cách tính thời hạn", DOMAIN.md §4.8).
import { asc, inArray, or, sql } from 'drizzle-orm'
import { findRule } from '@/domain/deadlines/index.ts'
import type { Executor } from '../../db/client.ts'
import { deadlines, matters } from '../../db/schema.ts'
import { todayInVietnam } from '../../platform/time.ts'
import { loadWorkingCalendar } from '../calendar/calendar.service.ts'
import { loadMatter } from './register.repository.ts'
import { recomputeMatter } from './recompute.ts'

export type CalendarMove = { matterId: number; matterNumber: string; unitId: number; ruleCode: string; ruleName: string; from: string | null; to: string | null }

/** A roll-over past a whole Tết break and the weekends around it stays within two weeks. */
const ROLL_OVER_WINDOW_DAYS = 14

export const recomputeForCalendarChange = async (tx: Executor, changedDates: string[]): Promise<CalendarMove[]> => {
  const dates = [...new Set(changedDates)]
  if (dates.length === 0) return []
  const affected = await tx
    .selectDistinct({ matterId: deadlines.matterId })
    .from(deadlines)
    .where(
      or(
        ...dates.map(
          (day) =>
            sql`${deadlines.unadjustedDueDate} <= ${day}::date + 1 and ${day}::date <= coalesce(${deadlines.dueDate}, ${deadlines.unadjustedDueDate}) + ${ROLL_OVER_WINDOW_DAYS}::int`,
        ),
      ),
    )
  if (affected.length === 0) return []

  // The official calendar is small: load it once, with the change already in this transaction.
  const calendar = await loadWorkingCalendar(tx, '1900-01-01')
  const today = todayInVietnam()
  const rows = await tx.select().from(matters).where(inArray(matters.id, affected.map((a) => a.matterId))).orderBy(asc(matters.id))
  const moves: CalendarMove[] = []
  for (const matter of rows) {
    const moved = await recomputeMatter(tx, await loadMatter(tx, matter), calendar, today)
    for (const m of moved)
      moves.push({ matterId: matter.id, matterNumber: matter.number, unitId: matter.unitId, ruleCode: m.ruleCode, ruleName: findRule(m.ruleCode, matter.receivedOn)?.name ?? m.ruleCode, from: m.from, to: m.to })
  }

  return moves
}
