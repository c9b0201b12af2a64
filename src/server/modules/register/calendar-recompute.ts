// When the official calendar changes (a day off added, a make-up working day), every
// deadline whose end could roll over that day is derived again, and what moved is reported.
// Clocks counted in days or months run on calendar days; days off matter only at the end,
// where a last day that is a day off rolls over to the next working day (BLTTHS "cách tính
// thời hạn", DOMAIN.md §4.8). So a change on day D can move a deadline only when D lies
// between its unadjusted end U and its current end E: a new day off on E pushes it later,
// a new working day in [U, E) pulls it earlier; any other D leaves it where it is. A rule read
// two ways (Điều 134) also stores the other reading's end, which is never before U: the range
// runs to the later of the two ends.
import { asc, inArray, or, sql } from 'drizzle-orm'
import { findRule } from '@/domain/deadlines/index.ts'
import type { Executor } from '../../db/client.ts'
import { deadlines, matters } from '../../db/schema.ts'
import { todayInVietnam } from '../../platform/time.ts'
import { loadWorkingCalendar } from '../calendar/calendar.service.ts'
import { loadMatter } from './register.repository.ts'
import { recomputeMatter } from './recompute.ts'

export type CalendarMove = { matterId: number; matterNumber: string; unitId: number; ruleCode: string; ruleName: string; from: string | null; to: string | null }

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
            sql`${deadlines.unadjustedDueDate} <= ${day}::date and ${day}::date <= coalesce(greatest(${deadlines.dueDate}, ${deadlines.alternativeDueDate}), ${deadlines.unadjustedDueDate})`,
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
