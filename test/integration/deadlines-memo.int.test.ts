// A unit's deadlines (GET /api/deadlines?scope=unit: the leadership home's counts and its custody
// and detention list) are kept in memory and served again while the register version of the
// units listed has not moved (issue 12, speed). The answer must change right after an act is
// recorded, and right after a calendar change's recompute has derived the deadlines again, and
// must not be recomputed otherwise: a prosecutor renamed behind the server's back (no register
// write) still shows under the old name, which only a kept answer can do.
//
// The instance takes the calendar change with no job worker (workers: false); the test runs the
// recompute itself, so "before" and "after" the recompute are both deterministic.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eq } from 'drizzle-orm'
import { people } from '@/server/db/schema.ts'
import { runCalendarRecompute } from '@/server/modules/calendar/calendar-recompute.service.ts'
import { recomputeMatters } from '@/server/modules/register/index.ts'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type Agent, type TestApp } from '../support/test-app.ts'

type Item = { matterId: number; ruleCode: string; dueDate: string | null; prosecutorName: string | null }
type Page = { items: Item[]; total: number; counts: Record<string, number> }

const THEFT = { article: 173, clause: 1 } // BLHS Điều 173 khoản 1: ít nghiêm trọng

// Điều 172 khoản 1 BLTTHS 2015: investigating a less serious crime takes at most 2 months from the
// institution on 02/03/2026, so the last day is Saturday 02/05/2026; a day off, it rolls over to
// Monday 04/05/2026 (Điều 134). Made a working day (a make-up Saturday), 02/05 is the last day.
const MAKE_UP_SATURDAY = { date: '2026-05-02', kind: 'working_day', reason: 'Làm bù cho ngày nghỉ dịp 30/4 – 1/5' }

describe.each(ENGINES)("a unit's deadlines kept in memory on %s", (engine) => {
  let t: TestApp
  let admin: Agent
  let ksv: Agent
  let leader: Agent
  let kv6: number
  let matterId: number
  let oldName: string

  const list = async (query: string): Promise<Page> => {
    const res = await leader.get(`/api/deadlines?scope=unit&unitId=${kv6}&urgency=open&${query}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body
  }
  const unitList = () => list('pageSize=100')
  const detentionList = () => list('group=detention&pageSize=50')
  const ours = (page: Page) => page.items.filter((d) => d.matterId === matterId)
  const investigation = (page: Page) => ours(page).find((d) => d.ruleCode === 'BLTTHS_172_DIEU_TRA')

  beforeAll(async () => {
    t = await startTestApp(engine, {
      config: {
        jobs: { pollingIntervalSeconds: 0.5, retryLimit: 1, retryDelaySeconds: 0, expireInSeconds: 60, workers: false },
      },
    })
    ;[admin, ksv, leader] = await Promise.all([t.signIn('admin'), t.signIn('ksv'), t.signIn('lanhdao')])
    kv6 = await t.unitId('CT.KV6')
    const res = await ksv.post('/api/matters', {
      kind: 'criminal_case',
      unitId: kv6,
      number: '31/2026/HS-KV6',
      title: 'Trộm cắp tài sản tại phường An Hòa',
      prosecutorId: ksv.me.user.personId,
      subjects: [{ fullName: 'Đặng Văn Giữ', birthYear: 1991, gender: 'nam' }],
      initialEvent: {
        type: 'case_instituted',
        occurredOn: '2026-03-02',
        documentNumber: '51/QĐ-CSĐT',
        issuingBody: 'Cơ quan CSĐT Công an TP Cần Thơ',
        data: { charge: THEFT, investigatingBody: 'Cơ quan CSĐT Công an TP Cần Thơ' },
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    matterId = res.body.id
    const [row] = await t.database.handle.db
      .select({ fullName: people.fullName })
      .from(people)
      .where(eq(people.id, ksv.me.user.personId))
    oldName = row!.fullName
  })
  afterAll(async () => t?.close())

  it('serves the same answer while nothing is written, and a new one right after an act is recorded', async () => {
    const first = await unitList()
    expect(investigation(first)).toMatchObject({ dueDate: '2026-05-04', prosecutorName: oldName })
    const firstDetention = await detentionList()
    expect(ours(firstDetention)).toEqual([])

    // Renamed without a register write: a recomputed answer would carry the new name at once.
    await t.database.handle.db
      .update(people)
      .set({ fullName: 'Kiểm Sát Viên Đổi Tên' })
      .where(eq(people.id, ksv.me.user.personId))
    expect(await unitList()).toEqual(first)
    expect(await detentionList()).toEqual(firstDetention)

    // Detained on 04/03/2026 for 30 days (Điều 173 BLTTHS 2015): the order ran out on 02/04/2026.
    for (const event of [
      { type: 'suspect_instituted', occurredOn: '2026-03-03', data: { charge: THEFT } },
      {
        type: 'detention_ordered',
        occurredOn: '2026-03-04',
        data: { term: { amount: 30, unit: 'days' }, endsOn: '2026-04-02' },
      },
    ]) {
      const subjectId = (await ksv.get(`/api/matters/${matterId}`)).body.subjects[0].id
      const res = await ksv.post(`/api/matters/${matterId}/events`, {
        documentNumber: null,
        issuingBody: null,
        subjectId,
        ...event,
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
    }

    const after = await unitList()
    expect(after.total).toBe(first.total + 1)
    expect(investigation(after)).toMatchObject({ dueDate: '2026-05-04', prosecutorName: 'Kiểm Sát Viên Đổi Tên' })
    const detention = await detentionList()
    expect(ours(detention)).toHaveLength(1)
    expect(detention.total).toBe(firstDetention.total + 1)
  })

  it('serves the same answer after a calendar change until its recompute has moved the deadline', async () => {
    const before = await unitList()
    const beforeDetention = await detentionList()
    expect(investigation(before)?.dueDate).toBe('2026-05-04')

    const res = await admin.post('/api/calendar/official', MAKE_UP_SATURDAY)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const { jobId } = res.body.recompute
    // The change alone moves no deadline row: the answer is the same.
    expect(await unitList()).toEqual(before)

    const run = runCalendarRecompute(t.database.handle.db, recomputeMatters, 50, t.clock)
    expect(await run({ id: jobId, data: { dates: [MAKE_UP_SATURDAY.date] }, retryCount: 0, retryLimit: 1 })).toEqual({
      moved: 1,
    })

    const after = await unitList()
    expect(investigation(after)?.dueDate).toBe('2026-05-02')
    expect(after.total).toBe(before.total)
    // The detention list holds the same clock, but its matter was derived again: still right.
    expect(await detentionList()).toEqual(beforeDetention)
    // And kept again from there on.
    expect(await unitList()).toEqual(after)
  })
})
