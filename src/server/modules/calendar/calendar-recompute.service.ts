// The deadlines a change of the official calendar may move are derived again in a background
// job, not in the change's request (14 s nationally). The change's transaction finds the
// matters concerned, writes a calendar_recomputes row and queues the job, all or nothing, and
// answers at once with a notice; the job derives the matters a batch per transaction, so other
// requests get the database between batches (on the embedded database, one connection), and
// the row says how far it got. An administrator follows it by its job id; deadline pages say
// while one is under way that their figures may not be up to date yet.
import { randomUUID } from 'node:crypto'
import type { CalendarRecomputeNotice } from '@/shared/api/calendar.ts'
import {
  activeMessage,
  MOVES_KEPT,
  noticeMessage,
  statusMessage,
  type ActiveCalendarRecomputes,
  type CalendarRecomputeStatus,
  type RecomputeStatusCode,
} from '@/shared/api/calendar-recompute.ts'
import { engineOf, type Database, type Executor } from '../../db/client.ts'
import { authorizeAnywhere, type RequestContext } from '../../platform/actor.ts'
import { AppError } from '../../platform/app-error.ts'
import type { Job, JobQueue } from '../../platform/jobs.ts'
import { todayInVietnam, toIsoInstant, type Clock } from '../../platform/time.ts'
import {
  advanceRecompute,
  type CalendarMove,
  findAffectedMatters,
  findRecompute,
  insertRecompute,
  listUnfinished,
  lockCalendarForRecompute,
  lockRecompute,
  markAttemptFailed,
  markStarted,
  type RecomputeRow,
} from './calendar-recompute.repository.ts'

export const CALENDAR_RECOMPUTE_JOB = 'calendar-recompute'
type RecomputeJobData = { dates: string[] }

/**
 * In the change's transaction: the matters the change may move, their row and their job.
 * Nothing to recompute: no job, and no notice.
 */
export const queueCalendarRecompute = async (
  tx: Executor,
  jobs: JobQueue,
  ctx: RequestContext,
  change: {
    entryId: number | null
    action: 'create' | 'update' | 'delete' | 'confirm_year' | 'withdraw_year'
    dates: string[]
  },
): Promise<CalendarRecomputeNotice | undefined> => {
  const dates = [...new Set(change.dates)]
  await lockCalendarForRecompute(tx)
  const { matterIds, deadlines } = await findAffectedMatters(tx, dates)
  if (matterIds.length === 0) return undefined
  const jobId = randomUUID()
  await insertRecompute(tx, {
    jobId,
    entryId: change.entryId,
    action: change.action,
    dates,
    matterIds,
    deadlines,
    requestedBy: ctx.actor.personId,
    unitId: ctx.actor.unitId,
  })
  await jobs.send<RecomputeJobData>(tx, CALENDAR_RECOMPUTE_JOB, { dates }, { id: jobId })

  return { jobId, matters: matterIds.length, deadlines, message: noticeMessage(deadlines, matterIds.length) }
}

/** After the change committed: this instance's worker starts on it now rather than at its next poll. */
export const afterCalendarChange = <T extends { recompute?: CalendarRecomputeNotice | undefined }>(
  jobs: JobQueue,
  result: T,
): T => {
  if (result.recompute) jobs.nudge(CALENDAR_RECOMPUTE_JOB)
  return result
}

/** The database's own error (Drizzle wraps it, with the whole statement, as `cause`), else the error's message. */
const errorText = (error: unknown): string => {
  for (let e = error as { message?: string; code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e)
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return `lỗi cơ sở dữ liệu ${e.code}: ${e.message}`
  return (error as Error)?.message ?? String(error)
}

/**
 * The job. Idempotent: the row's position is read under its lock at every batch, so a retry
 * (or a second delivery after a crash) goes on from the last committed batch, and a finished
 * recompute is not run again. A batch that fails rolls back alone; the error is kept on the row,
 * and the queue retries with backoff until its retry limit, when the row says failed.
 */
/** Derives the given matters again on the calendar as it stands, returning what moved (the register's). */
export type RecomputeMatters = (tx: Executor, matterIds: number[], today: string) => Promise<CalendarMove[]>

export const runCalendarRecompute = (
  db: Database,
  recomputeMatters: RecomputeMatters,
  batch: number | undefined,
  clock: Clock,
) => {
  // The embedded database serves one transaction at a time, and a request runs several statements:
  // there, small batches, and after each a pause as long as it took, so requests get at least half
  // the database while the job runs (bench/calendar-recompute-job.ts: with batches of 50 and no
  // pause, every request waited for the whole job).
  const pglite = engineOf(db) === 'pglite'
  const batchSize = batch ?? (pglite ? 10 : 50)
  const pause = (ms: number) =>
    pglite ? new Promise((resolve) => setTimeout(resolve, Math.min(ms, 1000))) : Promise.resolve()

  return async (job: Job<RecomputeJobData>): Promise<{ moved: number }> => {
    const started = await db.transaction(async (tx) => {
      const row = await lockRecompute(tx, job.id)
      if (!row) return null
      // Every delivery counts, a second one of a finished recompute too (it then does nothing).
      await markStarted(tx, row.id, row.status !== 'done')
      return row.status === 'done' ? null : row
    })
    if (!started) return { moved: (await findRecompute(db, job.id))?.moved ?? 0 }

    try {
      for (;;) {
        const started = performance.now()
        const finished = await db.transaction(async (tx) => {
          const row = (await lockRecompute(tx, job.id))!
          await lockCalendarForRecompute(tx)
          const ids = row.matterIds as number[]
          const batch = ids.slice(row.position, row.position + batchSize)
          const moves = await recomputeMatters(tx, batch, todayInVietnam(clock.now()))
          const position = row.position + batch.length
          const kept = (row.moves as CalendarMove[]).concat(
            moves.slice(0, Math.max(0, MOVES_KEPT - (row.moves as CalendarMove[]).length)),
          )
          await advanceRecompute(tx, row.id, {
            position,
            moved: row.moved + moves.length,
            moves: kept,
            finished: position >= ids.length,
          })
          return position >= ids.length ? row.moved + moves.length : null
        })
        if (finished !== null) return { moved: finished }
        await pause(performance.now() - started)
      }
    } catch (error) {
      await markAttemptFailed(db, job.id, job.retryCount >= job.retryLimit, errorText(error))
      throw error
    }
  }
}

const NOT_FOUND = () => new AppError('CALENDAR_RECOMPUTE_NOT_FOUND', 'Không tìm thấy lượt tính lại thời hạn này')
const LOST = 'tác vụ dừng giữa chừng (máy chủ chạy nó đã dừng)'

const statusOf = (row: RecomputeRow, queueState: string | null): RecomputeStatusCode => {
  const status = row.status as RecomputeStatusCode
  // The queue failed the job without the handler saying so (its instance died on the last attempt).
  if (queueState === 'failed' && status !== 'done') return 'failed'
  return status
}

/** Administrators, like the official calendar: how far a recompute got, and what moved. */
export const getCalendarRecompute = async (
  db: Database,
  jobs: JobQueue,
  ctx: RequestContext,
  jobId: string,
): Promise<CalendarRecomputeStatus> => {
  authorizeAnywhere(ctx, 'unit.manage')
  const row = await findRecompute(db, jobId)
  if (!row) throw NOT_FOUND()
  const queued =
    row.status === 'done' || row.status === 'failed' ? null : await jobs.info(CALENDAR_RECOMPUTE_JOB, jobId)
  const status = statusOf(row, queued?.state ?? null)
  const error = row.error ?? (status === 'failed' ? LOST : null)
  const facts = {
    status,
    matters: (row.matterIds as number[]).length,
    done: row.position,
    deadlines: row.deadlines,
    moved: row.moved,
    attempts: row.attempts,
    error,
    finishedAt: toIsoInstant(row.finishedAt),
  }

  return {
    jobId,
    ...facts,
    moves: row.moves as CalendarMove[],
    createdAt: toIsoInstant(row.createdAt)!,
    startedAt: toIsoInstant(row.startedAt),
    message: statusMessage(facts),
  }
}

/**
 * Any signed-in user: the recomputes under way, for the notice on deadline pages. One the queue
 * failed without its handler saying so (its instance died on the last attempt) is marked failed
 * here, so the notice does not stay for ever.
 */
export const activeCalendarRecomputes = async (db: Database, jobs: JobQueue): Promise<ActiveCalendarRecomputes> => {
  const items: ActiveCalendarRecomputes['items'] = []
  for (const row of await listUnfinished(db)) {
    const queued = await jobs.info(CALENDAR_RECOMPUTE_JOB, row.jobId)
    if (queued?.state === 'failed' || queued?.state === 'cancelled') await markAttemptFailed(db, row.jobId, true, LOST)
    else items.push({ ...row, status: row.status as RecomputeStatusCode })
  }
  return { items, message: activeMessage(items) }
}
