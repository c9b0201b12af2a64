// When the official calendar changes (a day off added, a make-up working day), every
// deadline whose end could roll over that day is derived again, and what moved is reported.
// Clocks counted in days or months run on calendar days; days off matter only at the end,
// where a last day that is a day off rolls over to the next working day (Điều 134 BLTTHS 2015,
// DOMAIN.md §4.8). So a change on day D can move a deadline only when D lies between its
// unadjusted end U and its current end E: a new day off on E pushes it later, a new working
// day in [U, E) pulls it earlier; any other D leaves it where it is. A rule read two ways
// (Điều 134) also stores the other reading's end, which is never before U: the range runs to
// the later of the two ends.
//
// The change's request only finds those matters (findAffectedMatters, in the calendar module);
// the calendar's background job derives them again, a batch per transaction, with this function,
// which the application gives it (app.ts): the calendar does not import the register.
import { asc, inArray } from 'drizzle-orm'
import { findRule } from '@/domain/deadlines/index.ts'
import type { Executor } from '../../db/client.ts'
import { matters } from '../../db/schema.ts'
import { type CalendarMove, loadWorkingCalendar } from '../calendar/index.ts'
import { loadMatter } from './register.repository.ts'
import { recomputeMatter } from './recompute.ts'

/**
 * Derives these matters again with the official calendar as it stands in this transaction, and
 * returns every deadline whose end moved. Idempotent: a matter already derived on this calendar
 * moves nothing, so a batch that runs twice reports its moves once.
 */
export const recomputeMatters = async (tx: Executor, matterIds: number[], today: string): Promise<CalendarMove[]> => {
  if (matterIds.length === 0) return []
  // The official calendar is small: load it once per batch, so a later change is seen by the next batch.
  const calendar = await loadWorkingCalendar(tx, '1900-01-01')
  const rows = await tx.select().from(matters).where(inArray(matters.id, matterIds)).orderBy(asc(matters.id))
  const moves: CalendarMove[] = []
  for (const matter of rows) {
    const moved = await recomputeMatter(tx, await loadMatter(tx, matter), calendar, today)
    for (const m of moved)
      moves.push({
        matterId: matter.id,
        matterNumber: matter.number,
        unitId: matter.unitId,
        ruleCode: m.ruleCode,
        ruleName: findRule(m.ruleCode, matter.receivedOn)?.name ?? m.ruleCode,
        from: m.from,
        to: m.to,
      })
  }

  return moves
}
