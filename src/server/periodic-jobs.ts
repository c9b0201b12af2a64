// The server's periodic work, as jobs of the one queue (src/server/platform/jobs.ts) instead of
// timers in each process: with two instances on one PostgreSQL, each run happens once, a failed
// run is retried with backoff and then shown as failed to administrators (GET /api/jobs).
// Every handler is idempotent: a run interrupted by a crash is simply run again.
import type { Database } from './db/client.ts'
import { deleteExpiredSessions, deleteStaleAttempts } from './modules/auth/index.ts'
import { computeTodaysDigests } from './modules/digest/index.ts'
import { warmFigures } from './modules/indicators/index.ts'
import type { JobQueue, PeriodicJob } from './platform/jobs.ts'
import type { Config } from './platform/config.ts'
import { todayInVietnam, type Clock } from './platform/time.ts'
import type { UnitTreeCache } from './platform/unit-tree-cache.ts'

export const PERIODIC_JOBS = {
  /** Today's deadline digest for every account that works with matters (computed once a day). */
  digest: { name: 'deadline-digest', schedule: { cron: '5 * * * *', atStart: true } },
  /** The dashboard's figures for the current statistics year, ready before anyone asks. */
  figures: { name: 'indicator-figures-warm', schedule: { cron: '*/5 * * * *', atStart: true } },
  /** Sessions past their expiry or idle for a day, and sign-in failures old enough to be forgiven. */
  sessions: { name: 'session-sweep', schedule: { cron: '17 * * * *', atStart: false } },
} as const satisfies Record<string, { name: string; schedule: PeriodicJob }>

export const definePeriodicJobs = (
  jobs: JobQueue,
  { db, units, config, clock }: { db: Database; units: UnitTreeCache; config: Config; clock: Clock },
  log: (message: string) => void,
): void => {
  const { digest, figures, sessions } = PERIODIC_JOBS
  jobs.every(digest.name, digest.schedule, async () => {
    const written = await computeTodaysDigests(db, await units.get(), todayInVietnam(clock.now()))
    if (written !== null) log(`Bản tin thời hạn hôm nay: ${written} người nhận`)
    return { written }
  })
  jobs.every(figures.name, figures.schedule, async () => {
    const started = performance.now()
    const periods = await warmFigures(db, await units.get(), todayInVietnam(clock.now()))
    return { periods, ms: Math.round(performance.now() - started) }
  })
  jobs.every(sessions.name, sessions.schedule, async () => {
    await deleteExpiredSessions(db)
    await deleteStaleAttempts(db, new Date(clock.now().getTime() - config.loginThrottle.resetAfterHours * 3600_000))
    return {}
  })
}
