import { asc, count, desc, eq, inArray, or, sql } from 'drizzle-orm'
import type { Executor } from '../../db/client.ts'
import { calendarRecomputes, deadlines } from '../../db/schema.ts'

export type RecomputeRow = typeof calendarRecomputes.$inferSelect
export type NewRecompute = Pick<
  typeof calendarRecomputes.$inferInsert,
  'jobId' | 'entryId' | 'action' | 'dates' | 'matterIds' | 'deadlines' | 'requestedBy' | 'unitId'
>

/**
 * Taken by a calendar change before it looks for the matters concerned, and by every batch
 * before it reads the calendar: a batch then sees a change that committed before it, or the
 * change waits for the batch and queues its own recompute of what the batch wrote.
 */
export const lockCalendarForRecompute = async (tx: Executor): Promise<void> => {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('kiemsat.official_calendar'))`)
}

export const insertRecompute = async (tx: Executor, values: NewRecompute): Promise<void> => {
  await tx.insert(calendarRecomputes).values(values)
}

export const findRecompute = async (tx: Executor, jobId: string): Promise<RecomputeRow | undefined> => {
  const [row] = await tx.select().from(calendarRecomputes).where(eq(calendarRecomputes.jobId, jobId))
  return row
}

/** The row, locked until the transaction ends: one batch at a time advances it, whichever instance runs it. */
export const lockRecompute = async (tx: Executor, jobId: string): Promise<RecomputeRow | undefined> => {
  const [row] = await tx.select().from(calendarRecomputes).where(eq(calendarRecomputes.jobId, jobId)).for('update')
  return row
}

export const markStarted = async (tx: Executor, id: number, running: boolean): Promise<void> => {
  await tx
    .update(calendarRecomputes)
    .set({
      attempts: sql`${calendarRecomputes.attempts} + 1`,
      ...(running ? { status: 'running', startedAt: sql`coalesce(${calendarRecomputes.startedAt}, now())` } : {}),
    })
    .where(eq(calendarRecomputes.id, id))
}

export const advanceRecompute = async (
  tx: Executor,
  id: number,
  values: { position: number; moved: number; moves: unknown[]; finished: boolean },
): Promise<void> => {
  await tx
    .update(calendarRecomputes)
    .set({
      position: values.position,
      moved: values.moved,
      moves: values.moves,
      ...(values.finished ? { status: 'done', error: null, finishedAt: sql`now()` } : {}),
    })
    .where(eq(calendarRecomputes.id, id))
}

export const markAttemptFailed = async (tx: Executor, jobId: string, final: boolean, error: string): Promise<void> => {
  await tx
    .update(calendarRecomputes)
    .set({ status: final ? 'failed' : 'retrying', error, ...(final ? { finishedAt: sql`now()` } : {}) })
    .where(eq(calendarRecomputes.jobId, jobId))
}

export type UnfinishedRecompute = { jobId: string; status: string; matters: number; done: number; deadlines: number }

/** Recomputes not finished yet, newest first, without their lists of matters. */
export const listUnfinished = async (tx: Executor): Promise<UnfinishedRecompute[]> =>
  tx
    .select({
      jobId: calendarRecomputes.jobId,
      status: calendarRecomputes.status,
      matters: sql<number>`jsonb_array_length(${calendarRecomputes.matterIds})::int`,
      done: calendarRecomputes.position,
      deadlines: calendarRecomputes.deadlines,
    })
    .from(calendarRecomputes)
    .where(inArray(calendarRecomputes.status, ['queued', 'running', 'retrying']))
    .orderBy(desc(calendarRecomputes.id))

/** A deadline whose end a calendar change moved, as the recompute reports it. */
export type CalendarMove = {
  matterId: number
  matterNumber: string
  unitId: number
  ruleCode: string
  ruleName: string
  from: string | null
  to: string | null
}

// A change on day D can move a deadline only when D lies between its unadjusted end and the
// later of its current ends (see src/server/modules/register/calendar-recompute.ts for why): the
// register's deadlines table is read here, by the calendar, so that the calendar does not call
// the register, which reads the calendar.
const aroundChangedDays = (dates: string[]) =>
  or(
    ...dates.map(
      (day) =>
        sql`${deadlines.unadjustedDueDate} <= ${day}::date and ${day}::date <= coalesce(greatest(${deadlines.dueDate}, ${deadlines.alternativeDueDate}), ${deadlines.unadjustedDueDate})`,
    ),
  )

/** The matters (in id order) holding a deadline that a change on these days may move, and how many such deadlines. */
export const findAffectedMatters = async (
  tx: Executor,
  changedDates: string[],
): Promise<{ matterIds: number[]; deadlines: number }> => {
  const dates = [...new Set(changedDates)]
  if (dates.length === 0) return { matterIds: [], deadlines: 0 }
  const rows = await tx
    .select({ matterId: deadlines.matterId, n: count() })
    .from(deadlines)
    .where(aroundChangedDays(dates))
    .groupBy(deadlines.matterId)
    .orderBy(asc(deadlines.matterId))

  return { matterIds: rows.map((r) => r.matterId), deadlines: rows.reduce((sum, r) => sum + Number(r.n), 0) }
}
