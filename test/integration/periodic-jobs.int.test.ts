// The server's periodic work (today's deadline digest, the dashboard's figures, the session
// sweep) runs as jobs of the one queue, on both engines: scheduled once whichever instances
// write the schedule, run once at start-up by two instances starting together, and listed with
// a failed job's error for administrators only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { and, count, eq, sql } from 'drizzle-orm'
import { deadlineDigests, indicatorFigureCache, sessions } from '@/server/db/schema.ts'
import { PERIODIC_JOBS } from '@/server/periodic-jobs.ts'
import { AT_START_SLOT_SECONDS, createJobQueue, type JobsConfig } from '@/server/platform/jobs.ts'
import { todayInVietnam } from '@/server/platform/time.ts'
import { addDays } from '@/domain/calendar/index.ts'
import { ENGINES } from '../support/test-database.ts'
import { until } from '../support/until.ts'
import { startTestApp, type Agent, type TestApp } from '../support/test-app.ts'

/** Every wait here is bounded by a minute (the jobs poll every 0.5 s; a busy machine is slow to start them). */
const WAIT_MS = 60_000

const JOBS: JobsConfig = {
  pollingIntervalSeconds: 0.5,
  retryLimit: 1,
  retryDelaySeconds: 0,
  expireInSeconds: 60,
  workers: true,
}

describe.each(ENGINES)('periodic jobs on %s', (engine) => {
  let t: TestApp
  let admin: Agent
  const closers: (() => Promise<void>)[] = []
  const slot = () => Math.floor(Date.now() / 1000 / AT_START_SLOT_SECONDS)
  const slots = new Set<number>()

  beforeAll(async () => {
    slots.add(slot())
    t = await startTestApp(engine, { config: { jobs: JOBS }, periodicJobs: true })
    slots.add(slot())
    // A second instance on the same database, started right after: it writes the same schedules
    // and asks for the same start-up runs.
    const second = await t.another({ jobs: JOBS }, { periodicJobs: true })
    slots.add(slot())
    closers.push(second.close)
    admin = await t.signIn('admin')
  })
  afterAll(async () => {
    for (const close of closers.reverse()) await close()
    await t?.close()
  })

  const jobsOf = async (name: string) =>
    (await admin.get('/api/jobs?limit=500')).body.items.filter((j: { name: string }) => j.name === name)

  it('runs the start-up digest and figures once per start-up slot across two instances, and their work is done', async () => {
    for (const { name } of [PERIODIC_JOBS.digest, PERIODIC_JOBS.figures]) {
      const done = await until(
        () => jobsOf(name),
        // As many runs as start-up slots were crossed, all done: the second slot's run may be queued after the first is done.
        (items) => items.length >= slots.size && items.every((j: { state: string }) => j.state === 'completed'),
        name,
        WAIT_MS,
      )
      // Two instances started within one slot share one run (two if the starts straddled a slot boundary).
      expect(done).toHaveLength(slots.size)
      expect(done[0]).toMatchObject({ stateLabel: 'Đã xong', retryCount: 0, error: null })
    }
    const db = t.database.handle.db
    const [figures] = await db
      .select({ n: count() })
      .from(indicatorFigureCache)
      .where(eq(indicatorFigureCache.asOf, todayInVietnam()))
    expect(figures!.n).toBeGreaterThan(0)
  })

  it("prepares today's digest when its job runs, once a day", async () => {
    // A crime report received 17 days ago: its 20-day limit (Điều 147 khoản 1 BLTTHS) ends within
    // the digest's 7 days. No digest exists yet today: the start-up run found no deadline at all.
    const ksv = await t.signIn('ksv')
    const created = await ksv.post('/api/matters', {
      kind: 'crime_report',
      unitId: await t.unitId('CT.KV6'),
      number: '88/2026/TB-KV6',
      title: 'Tin báo mất trộm xe máy',
      prosecutorId: ksv.me.user.personId,
      subjects: [],
      initialEvent: {
        type: 'report_received',
        occurredOn: addDays(todayInVietnam(), -17),
        data: { source: 'tin_bao', investigatingBody: 'Công an phường Vị Tân' },
      },
    })
    expect(created.status).toBe(201)
    expect((await ksv.get('/api/digest')).body.day).toBeNull()

    const db = t.database.handle.db
    const sendDigest = async () => {
      const queue = createJobQueue(db, { ...JOBS, workers: false })
      await queue.start()
      try {
        return await queue.send(db, PERIODIC_JOBS.digest.name, {})
      } finally {
        await queue.stop()
      }
    }
    await sendDigest()
    const digest = await until(
      async () => (await ksv.get('/api/digest')).body,
      (b) => b.day !== null,
      'the digest',
      WAIT_MS,
    )
    expect(digest.day).toBe(todayInVietnam())
    expect(JSON.stringify(digest.mine)).toContain('88/2026/TB-KV6')
    const rowsToday = async () =>
      (await db.select({ n: count() }).from(deadlineDigests).where(eq(deadlineDigests.day, todayInVietnam())))[0]!.n
    const written = await rowsToday()
    // Run again the same day (the hourly schedule): nothing is computed twice.
    const again = await sendDigest()
    await until(
      async () => (await jobsOf(PERIODIC_JOBS.digest.name)).find((j: { id: string }) => j.id === again)?.state,
      (s) => s === 'completed',
      'the second digest run',
      WAIT_MS,
    )
    expect(await rowsToday()).toBe(written)
  })

  it('writes each schedule once, whichever instance writes it, in Vietnam time', async () => {
    const rows = await t.database.handle.query<{ name: string; cron: string; timezone: string }>(
      `SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`,
    )
    expect(rows).toEqual(
      Object.values(PERIODIC_JOBS)
        .map((j) => ({ name: j.name, cron: j.schedule.cron, timezone: 'Asia/Ho_Chi_Minh' }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    )
    const listed = (await admin.get('/api/jobs')).body.schedules
    expect(listed).toContainEqual({ name: 'session-sweep', label: 'Dọn phiên đăng nhập hết hạn', cron: '17 * * * *' })
  })

  it('sweeps expired sessions when the sweep job runs, and keeps live ones', async () => {
    const db = t.database.handle.db
    const [live] = await db.select().from(sessions).limit(1)
    await db
      .insert(sessions)
      .values({ ...live!, id: 'het-han-kiem-thu', expiresAt: sql`now() - interval '1 minute'` as never })
    const queue = createJobQueue(db, { ...JOBS, workers: false })
    await queue.start()
    try {
      await queue.send(db, PERIODIC_JOBS.sessions.name, {})
    } finally {
      await queue.stop()
    }
    await until(
      async () => (await db.select({ n: count() }).from(sessions).where(eq(sessions.id, 'het-han-kiem-thu')))[0]!.n,
      (n) => n === 0,
      'the sweep',
      WAIT_MS,
    )
    expect(
      (
        await db
          .select({ n: count() })
          .from(sessions)
          .where(and(eq(sessions.id, live!.id)))
      )[0]!.n,
    ).toBe(1)
  })

  it('shows a failed job with its error, after its retry', async () => {
    const db = t.database.handle.db
    const failing = createJobQueue(db, JOBS)
    failing.define('kiem-thu-that-bai', async () => {
      throw new Error('Không kết nối được máy in (thử nghiệm)')
    })
    await failing.start()
    try {
      const id = await failing.send(db, 'kiem-thu-that-bai', {})
      failing.nudge('kiem-thu-that-bai')
      const [job] = await until(
        async () => (await jobsOf('kiem-thu-that-bai')).filter((j: { id: string }) => j.id === id),
        (items) => items[0]?.state === 'failed',
        'the failing job',
        WAIT_MS,
      )
      expect(job).toMatchObject({
        stateLabel: 'Thất bại',
        retryCount: 1,
        retryLimit: 1,
        error: 'Không kết nối được máy in (thử nghiệm)',
        label: 'kiem-thu-that-bai',
      })
    } finally {
      await failing.stop()
    }
  })

  it('lists jobs to administrators only, and refuses a bad limit', async () => {
    for (const username of ['ksv', 'lanhdao', 'thongke']) {
      const res = await (await t.signIn(username)).get('/api/jobs')
      expect(res.status, username).toBe(403)
      expect(res.body.error.code).toBe('FORBIDDEN')
    }
    const bad = await admin.get('/api/jobs?limit=0')
    expect(bad.status).toBe(400)
    expect(bad.body.error.details).toContainEqual(expect.objectContaining({ message: 'Số tác vụ tối thiểu là 1' }))
  })
})
