// The administrators' view of the job queue (src/server/platform/jobs.ts).
import { JOB_NAME_LABELS, JOB_STATE_LABELS, type BackgroundJob, type BackgroundJobs } from '@/shared/api/jobs.ts'
import { authorizeAnywhere, type RequestContext } from '../../platform/actor.ts'
import type { JobQueue, JobRecord } from '../../platform/jobs.ts'

/** pg-boss stores a failed handler's error as its output: { message, stack, … }; only the message is shown. */
const errorOf = (job: JobRecord): string | null => {
  if (job.state !== 'failed') return null
  const output = job.output as { message?: unknown } | null
  return typeof output?.message === 'string' ? output.message : 'Tác vụ thất bại (không rõ lỗi)'
}

const labelOf = (name: string) => JOB_NAME_LABELS[name] ?? name

export const listBackgroundJobs = async (
  jobs: JobQueue,
  ctx: RequestContext,
  limit: number,
): Promise<BackgroundJobs> => {
  // Any administrator: the queue holds counts and errors, never a unit's records.
  authorizeAnywhere(ctx, 'unit.manage')
  const items: BackgroundJob[] = (await jobs.recent(limit)).map((job) => ({
    id: job.id,
    name: job.name,
    label: labelOf(job.name),
    state: job.state,
    stateLabel: JOB_STATE_LABELS[job.state],
    retryCount: job.retryCount,
    retryLimit: job.retryLimit,
    createdAt: job.createdOn,
    startedAt: job.startedOn,
    completedAt: job.completedOn,
    error: errorOf(job),
  }))
  const schedules = [...jobs.schedules()].map(([name, schedule]) => ({
    name,
    label: labelOf(name),
    cron: schedule.cron,
  }))
  return { items, schedules }
}
