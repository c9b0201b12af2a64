import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signInOtherProvinceLeader } from '../support/other-province.ts'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type Agent, type TestApp } from '../support/test-app.ts'

describe.each(ENGINES)('audit viewer on %s', (engine) => {
  let t: TestApp
  let leader: Agent
  let otherLeader: Agent
  let editedId: number

  beforeAll(async () => {
    t = await startTestApp(engine)
    leader = await t.signIn('lanhdao')
    otherLeader = await signInOtherProvinceLeader(t)
    const kv6 = await t.unitId('CT.KV6')
    const person = (await leader.get(`/api/people?unitId=${kv6}&pageSize=1`)).body.items[0]
    editedId = person.id
    expect((await leader.patch(`/api/people/${editedId}`, { data: { phone: '0911 222 333' } })).status).toBe(200)
  })
  afterAll(async () => t?.close())

  it('shows the leader the change with who, what, before and after', async () => {
    const res = await leader.get(`/api/audit?entity=person&entityId=${editedId}`)
    expect(res.status).toBe(200)
    expect(res.body.total).toBe(1)
    expect(res.body.items[0]).toMatchObject({
      action: 'update',
      entity: 'person',
      actorName: leader.me.user.fullName,
      unitName: 'Viện kiểm sát nhân dân khu vực 6 – Cần Thơ',
      after: expect.objectContaining({ phone: '0911 222 333' }),
    })
  })

  it('filters by person, unit, action and Vietnamese dates', async () => {
    const byActor = await leader.get(`/api/audit?actorId=${leader.me.user.personId}&action=update`)
    expect(
      byActor.body.items.every(
        (e: { actorId: number; action: string }) => e.actorId === leader.me.user.personId && e.action === 'update',
      ),
    ).toBe(true)
    const vnToday = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)
    const today = await leader.get(`/api/audit?from=${vnToday}&to=${vnToday}&entity=person`)
    expect(today.body.total).toBeGreaterThanOrEqual(1)
    const past = await leader.get('/api/audit?from=2020-01-01&to=2020-12-31')
    expect(past.body.total).toBe(0)
    const byUnit = await leader.get(`/api/audit?unitId=${await t.unitId('CT.KV6')}`)
    expect(byUnit.body.items.length).toBeGreaterThan(0)
  })

  it('a leader of another province sees none of these rows, even by filter', async () => {
    const res = await otherLeader.get(`/api/audit?entity=person&entityId=${editedId}`)
    expect(res.status).toBe(200)
    expect(res.body.total).toBe(0)
    const byUnit = await otherLeader.get(`/api/audit?unitId=${await t.unitId('CT.KV6')}`)
    expect(byUnit.status).toBe(404)
  })

  it('prosecutors and department heads have no audit viewer', async () => {
    for (const username of ['ksv', 'truongphong', 'xem']) {
      const agent = await t.signIn(username)
      const res = await agent.get('/api/audit')
      expect(res.status).toBe(403)
      expect(res.body.error.code).toBe('FORBIDDEN')
    }
  })

  it('records sign-ins and failed sign-ins of known users under their unit', async () => {
    await t.anonymous({ method: 'POST', url: '/api/auth/login', body: { username: 'ksv', password: 'sai-mat-khau' } })
    const res = await leader.get(`/api/audit?entity=session&unitId=${await t.unitId('CT.KV6')}`)
    const actions = res.body.items.map((e: { action: string }) => e.action)
    expect(actions).toEqual(expect.arrayContaining(['login', 'login_failed']))
  })
})
