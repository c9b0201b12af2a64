// How a background job reads in the administrators' list.
import type { BackgroundJob } from '@/shared/api/jobs.ts'

/** Mantine colours for the queue's states: waiting grey, running blue, done green, failed red. */
export const JOB_STATE_COLORS: Record<BackgroundJob['state'], string> = {
  created: 'gray',
  retry: 'orange',
  active: 'blue',
  completed: 'green',
  cancelled: 'gray',
  failed: 'red',
}

/** "1/3": attempts after the first out of those the queue allows; "—" when none is allowed. */
export const retryText = (job: Pick<BackgroundJob, 'retryCount' | 'retryLimit'>): string =>
  job.retryLimit === 0 ? '—' : `${job.retryCount}/${job.retryLimit}`

/** A cron expression (Vietnam time) in words when it is one of the common ones; otherwise as written. */
export const scheduleText = (cron: string): string => {
  const every = /^\*\/(\d+) \* \* \* \*$/.exec(cron)
  if (every) return `Mỗi ${every[1]} phút`
  const hourly = /^(\d+) \* \* \* \*$/.exec(cron)
  if (hourly) return `Mỗi giờ (phút ${hourly[1]})`
  const daily = /^(\d+) (\d+) \* \* \*$/.exec(cron)
  if (daily) return `Hằng ngày lúc ${daily[2]!.padStart(2, '0')}:${daily[1]!.padStart(2, '0')}`
  return cron
}
