// The recompute after a change of the official calendar, as a background job on the queue
// (pg-boss) on both engines: the change answers at once with a notice, the job then moves the
// deadline; a failing job is retried and then shown as failed; with two instances working the
// same database, every job runs once.
//
// The instance that takes the changes works no jobs (workers: false), so what it answers is
// the state before the job, deterministically; other instances on the same database work them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { desc, eq, sql } from 'drizzle-orm'
import { auditLog, calendarRecomputes, deadlines } from '@/server/db/schema.ts'
import { runCalendarRecompute } from '@/server/modules/calendar/calendar-recompute.service.ts'
import { recomputeMatters } from '@/server/modules/register/index.ts'
import type { JobsConfig } from '@/server/platform/jobs.ts'
import { systemClock } from '@/server/platform/time.ts'
import { ENGINES } from '../support/test-database.ts'
import { until } from '../support/until.ts'
import { startTestApp, type Agent, type TestApp } from '../support/test-app.ts'

// Short polls and no wait between retries keep the file fast; one retry after the first attempt.
const JOBS: JobsConfig = {
  pollingIntervalSeconds: 0.5,
  retryLimit: 1,
  retryDelaySeconds: 0,
  expireInSeconds: 60,
  workers: true,
}

// Art. 172(1) BLTTHS 2015: investigating a less serious crime (BLHS Art. 173(1), theft, up to 3
// years) takes at most 2 months from the institution on 02/03/2026: the last day is 02/05/2026, a
// Saturday; it is a day off, so the deadline ends on the next working day, Monday 04/05/2026
// (Điều 134: a last day that is a day off rolls over). Unadjusted 02/05, adjusted 04/05.
// Made a working day (a make-up Saturday), 02/05/2026 is itself the last day.
const MAKE_UP_SATURDAY = {
  date: '2026-05-02',
  kind: 'working_day',
  reason: 'Làm bù cho ngày nghỉ hoán đổi dịp 30/4 – 1/5',
}

describe.each(ENGINES)('the calendar recompute job on %s', (engine) => {
  let t: TestApp
  let admin: Agent
  let ksv: Agent
  let matterId: number
  let worker: { close: () => Promise<void> } | null = null
  const closers: (() => Promise<void>)[] = []

  const dueDate = async () => {
    const [row] = await t.database.handle.db
      .select({ dueDate: deadlines.dueDate })
      .from(deadlines)
      .where(sql`${deadlines.matterId} = ${matterId} and ${deadlines.ruleCode} = 'BLTTHS_172_DIEU_TRA'`)
    return row!.dueDate
  }
  const status = (jobId: string) => admin.get(`/api/calendar/recomputes/${jobId}`)
  const finished = (jobId: string) =>
    until(
      async () => (await status(jobId)).body,
      (b) => b.status === 'done' || b.status === 'failed',
      `job ${jobId}`,
    )

  beforeAll(async () => {
    t = await startTestApp(engine, { config: { jobs: { ...JOBS, workers: false } } })
    admin = await t.signIn('admin')
    ksv = await t.signIn('ksv')
    const res = await ksv.post('/api/matters', {
      kind: 'criminal_case',
      unitId: await t.unitId('CT.KV6'),
      number: '21/2026/HS-KV6',
      title: 'Trộm cắp tài sản tại phường Vị Tân',
      prosecutorId: ksv.me.user.personId,
      subjects: [{ fullName: 'Lâm Văn Tèo', birthYear: 1995, gender: 'nam' }],
      initialEvent: {
        type: 'case_instituted',
        occurredOn: '2026-03-02',
        documentNumber: '45/QĐ-CSĐT',
        issuingBody: 'Cơ quan CSĐT Công an TP Cần Thơ',
        data: { charge: { article: 173, clause: 1 }, investigatingBody: 'Cơ quan CSĐT Công an TP Cần Thơ' },
      },
    })
    expect(res.status).toBe(201)
    matterId = res.body.id
    expect(await dueDate()).toBe('2026-05-04')
  })
  afterAll(async () => {
    for (const close of closers.reverse()) await close()
    await t?.close()
  })

  it('answers a calendar change at once with a notice; the job then moves the deadline', async () => {
    const res = await admin.post('/api/calendar/official', MAKE_UP_SATURDAY)
    expect(res.status).toBe(201)
    // One matter, one deadline whose window [02/05, 04/05] holds the changed day.
    expect(res.body.moved).toEqual([])
    expect(res.body.recompute).toEqual({
      jobId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      matters: 1,
      deadlines: 1,
      message: 'Đã lưu lịch. Đang tính lại 1 thời hạn của 1 vụ việc theo lịch mới; kết quả hiện ở đây khi xong.',
    })
    const { jobId } = res.body.recompute
    // The audit row of the change, written in its transaction, names the job.
    const [audit] = await t.database.handle.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1)
    expect(audit).toMatchObject({
      action: 'create',
      entity: 'official_calendar',
      after: { movedDeadlines: 0, recompute: { jobId, matters: 1, deadlines: 1 } },
    })

    // Nothing works the queue yet: the answer came before the recompute, which waits.
    const queued = await status(jobId)
    expect(queued.status).toBe(200)
    expect(queued.body).toMatchObject({
      jobId,
      status: 'queued',
      matters: 1,
      done: 0,
      deadlines: 1,
      moved: 0,
      attempts: 0,
      error: null,
      finishedAt: null,
    })
    expect(queued.body.message).toBe('Đang chờ tính lại 1 thời hạn của 1 vụ việc.')
    expect(await dueDate()).toBe('2026-05-04')
    // Deadline pages say so, to anyone signed in.
    const active = await ksv.get('/api/calendar/recomputes/active')
    expect(active.status).toBe(200)
    expect(active.body.items).toEqual([{ jobId, status: 'queued', matters: 1, done: 0, deadlines: 1 }])
    expect(active.body.message).toBe(
      'Lịch nghỉ vừa thay đổi: đang tính lại 1 thời hạn (còn 1 vụ việc). Một số ngày kết thúc dưới đây có thể chưa cập nhật.',
    )

    // A second instance works the queue.
    const second = await t.another({ jobs: JOBS })
    worker = second
    closers.push(second.close)
    const done = await finished(jobId)
    expect(done).toMatchObject({ status: 'done', matters: 1, done: 1, moved: 1, attempts: 1, error: null })
    expect(done.moves).toEqual([
      expect.objectContaining({
        matterId,
        matterNumber: '21/2026/HS-KV6',
        ruleCode: 'BLTTHS_172_DIEU_TRA',
        from: '2026-05-04',
        to: '2026-05-02',
      }),
    ])
    expect(done.message).toMatch(
      /^Đã tính lại xong lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}: 1 thời hạn thay đổi ngày kết thúc\.$/,
    )
    expect(await dueDate()).toBe('2026-05-02')
    expect((await ksv.get('/api/calendar/recomputes/active')).body).toEqual({ items: [], message: null })
  })

  it('shows the status to administrators only, like the official calendar', async () => {
    const [row] = await t.database.handle.db
      .select({ jobId: calendarRecomputes.jobId })
      .from(calendarRecomputes)
      .limit(1)
    const refused = await ksv.get(`/api/calendar/recomputes/${row!.jobId}`)
    expect(refused.status).toBe(403)
    expect(refused.body.error.code).toBe('FORBIDDEN')
    const anonymous = await t.anonymous({ method: 'GET', url: '/api/calendar/recomputes/active' })
    expect(anonymous.status).toBe(401)
    const missing = await admin.get('/api/calendar/recomputes/00000000-0000-4000-8000-000000000000')
    expect(missing.status).toBe(404)
    expect(missing.body.error).toMatchObject({
      code: 'CALENDAR_RECOMPUTE_NOT_FOUND',
      message: 'Không tìm thấy lượt tính lại thời hạn này',
    })
    const malformed = await admin.get('/api/calendar/recomputes/khong-phai-ma')
    expect(malformed.status).toBe(400)
    expect(malformed.body.error.details).toEqual([{ path: 'jobId', message: 'Mã tác vụ không hợp lệ' }])
  })

  it('retries a failing job, then shows it as failed with the error', async () => {
    expect(worker).not.toBeNull()
    // The database refuses to store the deadline's move back to 04/05, on every attempt.
    await t.database.handle.exec(
      `ALTER TABLE deadlines ADD CONSTRAINT test_refuses_move CHECK (due_date <> DATE '2026-05-04') NOT VALID`,
    )
    try {
      const [entry] = (await admin.get('/api/calendar/official?year=2026')).body.items
      const res = await admin.delete(`/api/calendar/official/${entry.id}`)
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({ ok: true, moved: [], recompute: { matters: 1, deadlines: 1 } })
      const failed = await finished(res.body.recompute.jobId)
      // The first attempt and one retry (retryLimit 1), each batch rolled back.
      expect(failed).toMatchObject({ status: 'failed', done: 0, moved: 0, attempts: 2 })
      expect(failed.error).toMatch(/^lỗi cơ sở dữ liệu 23514: .*test_refuses_move/)
      expect(failed.message).toMatch(
        /^Tính lại thất bại sau 2 lần chạy: lỗi cơ sở dữ liệu 23514: .*Đã xong 0\/1 vụ việc; hãy báo quản trị hệ thống\.$/,
      )
      expect(await dueDate()).toBe('2026-05-02')
      const job = await t.database.handle.query<{ state: string; retry_count: number }>(
        `SELECT state, retry_count FROM pgboss.job WHERE id = $1`,
        [res.body.recompute.jobId],
      )
      expect(job).toEqual([{ state: 'failed', retry_count: 1 }])
    } finally {
      await t.database.handle.exec('ALTER TABLE deadlines DROP CONSTRAINT test_refuses_move')
    }
  })

  it('runs each job once with two instances working the same database', async () => {
    const third = await t.another({ jobs: JOBS })
    closers.push(third.close)
    // Six changes in a row, each queuing a recompute of the matter: add, remove, add, …
    const jobIds: string[] = []
    let entryId: number | null = null
    for (let i = 0; i < 6; i++) {
      const res: { status: number; body: any } =
        entryId === null
          ? await admin.post('/api/calendar/official', MAKE_UP_SATURDAY)
          : await admin.delete(`/api/calendar/official/${entryId}`)
      expect(res.status).toBe(entryId === null ? 201 : 200)
      jobIds.push(res.body.recompute.jobId)
      entryId = entryId === null ? res.body.id : null
    }
    for (const jobId of jobIds)
      expect(await finished(jobId)).toMatchObject({ status: 'done', attempts: 1, error: null })
    const rows = await t.database.handle.query<{ id: string; state: string; retry_count: number }>(
      `SELECT id::text, state::text, retry_count FROM pgboss.job WHERE id = ANY($1::uuid[])`,
      [jobIds],
    )
    expect(rows).toHaveLength(6)
    for (const row of rows) expect(row).toMatchObject({ state: 'completed', retry_count: 0 })
    // The calendar ends without the make-up Saturday: the deadline is back on Monday 04/05.
    expect(await dueDate()).toBe('2026-05-04')

    // Delivered again (a crash after the work, before the queue heard of it): counted, and nothing more is done.
    const before = (await status(jobIds[0]!)).body
    expect(
      await runCalendarRecompute(
        t.database.handle.db,
        recomputeMatters,
        50,
        systemClock,
      )({ id: jobIds[0]!, data: { dates: [MAKE_UP_SATURDAY.date] }, retryCount: 0, retryLimit: 1 }),
    ).toEqual({ moved: before.moved })
    expect((await status(jobIds[0]!)).body).toEqual({ ...before, attempts: 2 })
    expect(await dueDate()).toBe('2026-05-04')
    expect(
      await t.database.handle.db.select().from(calendarRecomputes).where(eq(calendarRecomputes.status, 'running')),
    ).toEqual([])
  })

  it('commits each batch on its own, and a retry goes on from the last one committed', async () => {
    // One instance, one matter per transaction.
    for (const close of closers.splice(0).reverse()) await close()
    const single = await t.another({ jobs: JOBS, calendarRecomputeBatch: 1 })
    closers.push(single.close)
    // A second matter with the same deadline (instituted the same day for the same offence): both
    // end on Monday 04/05/2026 and move to Saturday 02/05 once it is worked. The database refuses
    // the second one's move, so the job's second batch fails on every attempt.
    const other = await ksv.post('/api/matters', {
      kind: 'criminal_case',
      unitId: await t.unitId('CT.KV6'),
      number: '22/2026/HS-KV6',
      title: 'Trộm cắp tài sản tại phường An Cư',
      prosecutorId: ksv.me.user.personId,
      subjects: [{ fullName: 'Trần Văn Tí', birthYear: 1990, gender: 'nam' }],
      initialEvent: {
        type: 'case_instituted',
        occurredOn: '2026-03-02',
        documentNumber: '47/QĐ-CSĐT',
        issuingBody: 'Cơ quan CSĐT Công an TP Cần Thơ',
        data: { charge: { article: 173, clause: 1 }, investigatingBody: 'Cơ quan CSĐT Công an TP Cần Thơ' },
      },
    })
    expect(other.status).toBe(201)
    expect(other.body.id).toBeGreaterThan(matterId)
    await t.database.handle.exec(
      `ALTER TABLE deadlines ADD CONSTRAINT test_refuses_second CHECK (matter_id <> ${Number(other.body.id)} OR due_date <> DATE '2026-05-02') NOT VALID`,
    )
    try {
      const res = await admin.post('/api/calendar/official', MAKE_UP_SATURDAY)
      expect(res.body.recompute).toMatchObject({ matters: 2, deadlines: 2 })
      const failed = await finished(res.body.recompute.jobId)
      // Batch 1 (the first matter) committed on the first attempt; the retry started at batch 2.
      expect(failed).toMatchObject({ status: 'failed', matters: 2, done: 1, moved: 1, attempts: 2 })
      expect(failed.moves).toEqual([expect.objectContaining({ matterId, from: '2026-05-04', to: '2026-05-02' })])
      expect(failed.message).toMatch(/test_refuses_second.*Đã xong 1\/2 vụ việc; hãy báo quản trị hệ thống\.$/)
      expect(await dueDate()).toBe('2026-05-02')
    } finally {
      await t.database.handle.exec('ALTER TABLE deadlines DROP CONSTRAINT test_refuses_second')
    }
  })

  it('shows a job the queue failed behind its handler (its instance died) as failed, and drops it from the deadline pages', async () => {
    for (const close of closers.splice(0).reverse()) await close()
    const [entry] = (await admin.get('/api/calendar/official?year=2026')).body.items
    const res = await admin.delete(`/api/calendar/official/${entry.id}`)
    const { jobId } = res.body.recompute
    expect((await ksv.get('/api/calendar/recomputes/active')).body.items).toHaveLength(1)
    // What pg-boss does to a job whose last attempt expired.
    await t.database.handle.query(`UPDATE pgboss.job SET state = 'failed' WHERE id = $1`, [jobId])
    expect((await ksv.get('/api/calendar/recomputes/active')).body).toEqual({ items: [], message: null })
    expect((await status(jobId)).body).toMatchObject({
      status: 'failed',
      error: 'tác vụ dừng giữa chừng (máy chủ chạy nó đã dừng)',
    })
  })
})
