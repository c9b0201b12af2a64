// After every write to a matter, its stage, its subjects' charges and measures and its
// deadlines are derived again from all its events, in the same transaction: the stored
// figures can never disagree with the events (DESIGN.md principle 1).
import type { WorkingCalendar } from '@/domain/calendar/index.ts'
import { type EntryTimes, planMatterRows } from '@/domain/register/index.ts'
import type { Executor } from '../../db/client.ts'
import { factsOf, type LoadedMatter } from './register.repository.ts'
import { writeRowPlans } from './row-plan.repository.ts'

export type MovedDeadline = { key: string; ruleCode: string; from: string | null; to: string | null }

/**
 * Derives the matter again from the rows held in `loaded` (as they stand in this transaction,
 * the act just written included) and stores its row plan. Returns what the matter's rows are
 * now, without reading them back, and the deadlines whose end moved.
 */
export const rederiveMatter = async (
  tx: Executor,
  loaded: LoadedMatter,
  calendar: WorkingCalendar,
  today: string,
): Promise<{ moved: MovedDeadline[]; stored: LoadedMatter }> => {
  const { matter } = loaded
  const entered: EntryTimes = new Map(loaded.events.map((e) => [e.id, e.recordedAt]))
  const plan = planMatterRows(factsOf(loaded), calendar, today, { responsibleId: matter.prosecutorId, entered })
  const [written] = await writeRowPlans(tx, { kind: 'stored', matters: [{ matter, plan }] })

  const before = new Map(loaded.deadlines.map((d) => [d.key, d.dueDate]))
  const moved = plan.deadlines
    .filter((d) => before.has(d.key) && before.get(d.key) !== d.dueDate)
    .map((d) => ({ key: d.key, ruleCode: d.ruleCode, from: before.get(d.key) ?? null, to: d.dueDate }))
  const stored: LoadedMatter = {
    matter: written!.matter,
    subjects: loaded.subjects.map((s) => ({ ...s, ...written!.subjects.get(s.id) })),
    events: loaded.events,
    deadlines: written!.deadlines,
  }

  return { moved, stored }
}

/** rederiveMatter for callers that need only what moved (the calendar's recompute). */
export const recomputeMatter = async (
  tx: Executor,
  loaded: LoadedMatter,
  calendar: WorkingCalendar,
  today: string,
): Promise<MovedDeadline[]> => (await rederiveMatter(tx, loaded, calendar, today)).moved
