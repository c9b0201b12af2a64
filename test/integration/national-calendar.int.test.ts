// The official calendar is national: a day off added to it moves every deadline in the country.
// Only the Supreme Procuracy's administrators change it, or an administrator they grant it
// (national_calendar_managers); a provincial administrator without the grant is refused and
// nothing changes. The demo's administrator holds the grant (src/demo/logins.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { people, roleGrants } from '@/server/db/schema.ts'
import { hashPassword } from '@/server/modules/auth/passwords.ts'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type Agent, type Response, type TestApp } from '../support/test-app.ts'
import { auditMark, expectAudited, expectNothingAudited } from '../support/audit.ts'

const REFUSAL =
  'Lịch làm việc chính thức áp dụng toàn quốc: chỉ quản trị viên VKSND tối cao hoặc quản trị viên được VKSND tối cao giao quyền mới được thay đổi'
const PASSWORD = 'mat-khau-quan-tri-2026'

describe.each(ENGINES)('the national official calendar on %s', (engine) => {
  let t: TestApp
  let demoAdmin: Agent
  let provincial: Agent
  let supreme: Agent
  let provincialId: number
  let entryId: number

  const calendarState = async () => {
    const res: any = await t.database.handle.db.execute(
      sql`select (select count(*) from official_calendar_entries)::text || ':' || coalesce((select md5(string_agg(x::text, ',' order by x.id)) from official_calendar_entries x), '') || '/' || coalesce((select md5(string_agg(y::text, ',' order by y.year)) from official_calendar_years y), '') as s`,
    )
    return (res.rows ?? res)[0].s as string
  }

  const expectRefused = async (write: () => Promise<Response>) => {
    const [since, before] = [await auditMark(t), await calendarState()]
    const res = await write()
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe('CALENDAR_NATIONAL_FORBIDDEN')
    expect(res.body.error.message).toBe(REFUSAL)
    expect(await calendarState()).toBe(before)
    await expectNothingAudited(t, since)
  }

  beforeAll(async () => {
    t = await startTestApp(engine)
    demoAdmin = await t.signIn('admin')
    const ct = await t.unitId('CT')
    // Another administrator of the province, without the grant.
    const created = await demoAdmin.post('/api/people', {
      fullName: 'Trần Quản Trị Tỉnh',
      title: 'chuyen_vien',
      unitId: ct,
      username: 'qt-tinh',
      password: PASSWORD,
      roles: [{ role: 'admin', unitId: ct }],
    })
    expect(created.status).toBe(201)
    provincialId = created.body.id
    provincial = await t.signIn('qt-tinh', PASSWORD)
    // An administrator of the Supreme Procuracy (no one below the root can grant that role).
    const db = t.database.handle.db
    const root = await t.unitId('VKSNDTC')
    const [person] = await db
      .insert(people)
      .values({
        fullName: 'Lê Quản Trị Tối Cao',
        title: 'chuyen_vien',
        unitId: root,
        username: 'qt-toicao',
        passwordHash: await hashPassword(PASSWORD),
      })
      .returning()
    await db.insert(roleGrants).values({ personId: person!.id, role: 'admin', unitId: root })
    supreme = await t.signIn('qt-toicao', PASSWORD)
    const entry = await supreme.post('/api/calendar/official', {
      date: '2031-09-03',
      kind: 'day_off',
      reason: 'Nghỉ thử nghiệm của VKSND tối cao',
    })
    expect(entry.status).toBe(201)
    entryId = entry.body.id
  })
  afterAll(async () => t?.close())

  it('refuses a provincial administrator without the grant every change, with a Vietnamese message, and changes nothing', async () => {
    await expectRefused(() =>
      provincial.post('/api/calendar/official', { date: '2031-09-04', kind: 'day_off', reason: 'Nghỉ do tỉnh tự đặt' }),
    )
    await expectRefused(() =>
      provincial.patch(`/api/calendar/official/${entryId}`, { data: { reason: 'Tỉnh sửa lịch toàn quốc' } }),
    )
    await expectRefused(() => provincial.delete(`/api/calendar/official/${entryId}`))
    await expectRefused(() => provincial.post('/api/calendar/2034/confirmation', { decision: 'Thông báo của tỉnh' }))
    // Reading the calendar stays open to administrators.
    expect((await provincial.get('/api/calendar/official?year=2031')).status).toBe(200)
  })

  it('only the supreme level grants and revokes: a provincial administrator may not grant themselves', async () => {
    const since = await auditMark(t)
    for (const res of [
      await provincial.post('/api/calendar/national-managers', { personId: provincialId }),
      await demoAdmin.post('/api/calendar/national-managers', { personId: provincialId }),
      await demoAdmin.get('/api/calendar/national-managers'),
    ]) {
      expect(res.status).toBe(403)
      expect(res.body.error.message).toMatch(/VKSND tối cao/)
    }
    await expectNothingAudited(t, since)
  })

  it('granted, the provincial administrator changes the calendar; revoked, they are refused again; both audited', async () => {
    let since = await auditMark(t)
    const granted = await supreme.post('/api/calendar/national-managers', { personId: provincialId })
    expect(granted.status).toBe(200)
    expect(granted.body.items.map((i: { personId: number }) => i.personId)).toContain(provincialId)
    await expectAudited(t, 'create', 'national_calendar_manager', provincialId, {
      since,
      unitId: await t.unitId('CT'),
      actorId: supreme.me.user.personId,
    })

    const changed = await provincial.patch(`/api/calendar/official/${entryId}`, {
      data: { reason: 'Nghỉ thử nghiệm (tỉnh được giao quyền sửa)' },
    })
    expect(changed.status).toBe(200)
    expect(changed.body.reason).toBe('Nghỉ thử nghiệm (tỉnh được giao quyền sửa)')

    since = await auditMark(t)
    expect((await supreme.delete(`/api/calendar/national-managers/${provincialId}`)).status).toBe(200)
    await expectAudited(t, 'delete', 'national_calendar_manager', provincialId, {
      since,
      actorId: supreme.me.user.personId,
    })
    await expectRefused(() =>
      provincial.patch(`/api/calendar/official/${entryId}`, { data: { reason: 'Sau khi bị thu hồi quyền' } }),
    )
    const again = await supreme.delete(`/api/calendar/national-managers/${provincialId}`)
    expect(again.status).toBe(404)
    expect(again.body.error.code).toBe('CALENDAR_MANAGER_NOT_FOUND')
  })

  it('grants only to administrators', async () => {
    const ksv = await t.signIn('ksv')
    const res = await supreme.post('/api/calendar/national-managers', { personId: ksv.me.user.personId })
    expect(res.status).toBe(422)
    expect(res.body.error.code).toBe('CALENDAR_MANAGER_NOT_ADMIN')
  })

  it("keeps the demo working: the demo province's administrator holds the grant", async () => {
    const res = await demoAdmin.post('/api/calendar/official', {
      date: '2031-09-05',
      kind: 'day_off',
      reason: 'Nghỉ thử nghiệm của bản trình diễn',
    })
    expect(res.status).toBe(201)
    const listed = (await supreme.get('/api/calendar/national-managers')).body.items
    expect(listed.map((i: { personId: number }) => i.personId)).toContain(demoAdmin.me.user.personId)
  })
})
