import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { desc, eq } from 'drizzle-orm'
import { auditLog, people } from '@/server/db/schema.ts'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type Agent, type TestApp } from '../support/test-app.ts'

describe.each(ENGINES)('people on %s', (engine) => {
  let t: TestApp
  let leader: Agent
  let admin: Agent
  let ksv: Agent
  let ksv2: Agent
  let head: Agent
  let personInKv6: { id: number; phone: string | null; fullName: string; updatedAt: string }
  let personInP2: { id: number }
  let personInOtherProvince: number

  const firstPersonOf = async (agent: Agent, unitCode: string) => {
    const unitId = await t.unitId(unitCode)
    const res = await agent.get(`/api/people?unitId=${unitId}&subtree=false&pageSize=50`)
    return res.body.items.find((p: { username: string | null }) => p.username === null)
  }

  const lastAudit = async () =>
    (await t.database.handle.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0]!

  beforeAll(async () => {
    t = await startTestApp(engine)
    leader = await t.signIn('lanhdao')
    admin = await t.signIn('admin')
    ksv = await t.signIn('ksv')
    ksv2 = await t.signIn('ksv2')
    head = await t.signIn('truongphong')
    personInKv6 = await firstPersonOf(ksv, 'CT.KV6')
    personInP2 = await firstPersonOf(leader, 'CT.P2')
    const [other] = await t.database.handle.db
      .select({ id: people.id, unitId: people.unitId })
      .from(people)
      .where(eq(people.unitId, await t.unitId('TN01')))
    personInOtherProvince = other!.id
  })
  afterAll(async () => t?.close())

  it('lists only the people of the units the caller reaches', async () => {
    const all = await ksv.get('/api/people?pageSize=200')
    expect(all.status).toBe(200)
    const kv6 = await t.unitId('CT.KV6')
    expect(all.body.total).toBeGreaterThan(0)
    expect(all.body.items.every((p: { unitId: number }) => p.unitId === kv6)).toBe(true)

    const province = await leader.get('/api/people?pageSize=200')
    expect(province.body.total).toBeGreaterThan(all.body.total)
    expect(province.body.items.some((p: { id: number }) => p.id === personInOtherProvince)).toBe(false)
  })

  it('searches names without accents: "nguyen" finds "Nguyễn"', async () => {
    const res = await leader.get('/api/people?q=nguyen&pageSize=200')
    expect(res.body.total).toBeGreaterThan(0)
    expect(
      res.body.items.every(
        (p: { fullName: string }) => p.fullName.startsWith('Nguyễn') || p.fullName.includes('Nguyễn'),
      ),
    ).toBe(true)
    const exact = personInKv6.fullName
    const stripped = exact
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase()
    const found = await leader.get(`/api/people?q=${encodeURIComponent(stripped)}`)
    expect(found.body.items.map((p: { id: number }) => p.id)).toContain(personInKv6.id)
  })

  it('finds people by email or by phone digits from the same search box', async () => {
    const byEmail = await leader.get(`/api/people?q=${encodeURIComponent('@cantho.kiemsat')}&pageSize=1`)
    expect(byEmail.body.total).toBeGreaterThan(10)
    const digits = personInKv6.phone!.replace(/\D/g, '').slice(0, 7)
    const spaced = `${digits.slice(0, 4)} ${digits.slice(4)}`
    const byPhone = await leader.get(`/api/people?q=${encodeURIComponent(spaced)}`)
    expect(byPhone.body.items.map((p: { id: number }) => p.id)).toContain(personInKv6.id)
  })

  it("a prosecutor of one regional procuracy cannot read another one's people by id", async () => {
    const res = await ksv2.get(`/api/people/${personInKv6.id}`)
    expect(res.status).toBe(404)
    expect(res.body.error.code).toBe('PERSON_NOT_FOUND')
    // Not even through the list with a guessed unit id.
    const list = await ksv2.get(`/api/people?unitId=${await t.unitId('CT.KV6')}`)
    expect(list.status).toBe(404)
  })

  it('a provincial leader cannot read or change a person of another province', async () => {
    expect((await leader.get(`/api/people/${personInOtherProvince}`)).status).toBe(404)
    const before = await t.auditCount()
    const res = await leader.patch(`/api/people/${personInOtherProvince}`, { data: { phone: '0900 111 222' } })
    expect(res.status).toBe(404)
    const [row] = await t.database.handle.db
      .select({ phone: people.phone })
      .from(people)
      .where(eq(people.id, personInOtherProvince))
    expect(row!.phone).not.toBe('0900 111 222')
    expect(await t.auditCount()).toBe(before)
  })

  it('a prosecutor may read but not edit colleagues, and nothing changes', async () => {
    const before = await t.auditCount()
    const res = await ksv.patch(`/api/people/${personInKv6.id}`, { data: { phone: '0900 333 444' } })
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe('FORBIDDEN')
    expect((await ksv.get(`/api/people/${personInKv6.id}`)).body.phone).toBe(personInKv6.phone)
    expect(await t.auditCount()).toBe(before)
  })

  it('a department head edits only within the department', async () => {
    const res = await head.patch(`/api/people/${personInP2.id}`, { data: { phone: '0900 555 666' } })
    expect(res.status).toBe(404)
  })

  it('the leader edits a person: saved, and audited with before and after in the same transaction', async () => {
    const before = await t.auditCount()
    const res = await leader.patch(`/api/people/${personInKv6.id}`, {
      expectedUpdatedAt: personInKv6.updatedAt,
      data: { phone: '0912 345 678', birthYear: 1980 },
    })
    expect(res.status).toBe(200)
    expect(res.body.phone).toBe('0912 345 678')
    expect(await t.auditCount()).toBe(before + 1)
    const audit = await lastAudit()
    expect(audit).toMatchObject({
      action: 'update',
      entity: 'person',
      entityId: String(personInKv6.id),
      actorId: leader.me.user.personId,
      unitId: await t.unitId('CT.KV6'),
    })
    expect((audit.before as { phone: string }).phone).toBe(personInKv6.phone)
    expect((audit.after as { phone: string }).phone).toBe('0912 345 678')
    expect(JSON.stringify(audit.after)).not.toMatch(/argon2/)
    personInKv6 = res.body
  })

  it('refuses a stale save (someone else saved first) and keeps the newer data', async () => {
    const stale = '2000-01-01T00:00:00.000Z'
    const res = await leader.patch(`/api/people/${personInKv6.id}`, {
      expectedUpdatedAt: stale,
      data: { phone: '0999 999 999' },
    })
    expect(res.status).toBe(409)
    expect(res.body.error.code).toBe('CONFLICT_STALE')
    expect((await leader.get(`/api/people/${personInKv6.id}`)).body.phone).toBe(personInKv6.phone)
  })

  it('a failed validation answers with Vietnamese field details and leaves the database unchanged', async () => {
    const before = await t.auditCount()
    const res = await leader.patch(`/api/people/${personInKv6.id}`, {
      data: { fullName: 'A', email: 'khong-phai-email', birthYear: 1800 },
    })
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('VALIDATION_FAILED')
    const paths = res.body.error.details.map((d: { path: string }) => d.path)
    expect(paths).toEqual(expect.arrayContaining(['data.fullName', 'data.email', 'data.birthYear']))
    expect(res.body.error.details.find((d: { path: string }) => d.path === 'data.fullName').message).toBe(
      'Họ tên quá ngắn',
    )
    const after = (await leader.get(`/api/people/${personInKv6.id}`)).body
    expect(after).toEqual(personInKv6)
    expect(await t.auditCount()).toBe(before)
  })

  it('the leader cannot change accounts or roles; the administrator can, within reach only', async () => {
    const refused = await leader.patch(`/api/people/${personInKv6.id}`, {
      data: { roles: [{ role: 'admin', unitId: await t.unitId('CT') }] },
    })
    expect(refused.status).toBe(403)

    const outside = await admin.patch(`/api/people/${personInKv6.id}`, {
      data: { roles: [{ role: 'leadership', unitId: await t.unitId('TN01') }] },
    })
    expect(outside.status).toBe(403)
    expect(outside.body.error.code).toBe('ROLE_GRANT_FORBIDDEN')

    const granted = await admin.patch(`/api/people/${personInKv6.id}`, {
      data: {
        username: 'kiemsatvien.kv6',
        password: 'mat-khau-dai-2026',
        roles: [{ role: 'prosecutor', unitId: await t.unitId('CT.KV6') }],
      },
    })
    expect(granted.status).toBe(200)
    expect(granted.body.roles).toEqual([
      expect.objectContaining({ role: 'prosecutor', unitName: expect.stringContaining('khu vực 6') }),
    ])
    const signedIn = await t.signIn('kiemsatvien.kv6', 'mat-khau-dai-2026')
    expect(signedIn.me.user.personId).toBe(personInKv6.id)
  })

  it('refuses a username that is taken', async () => {
    const res = await admin.patch(`/api/people/${personInP2.id}`, { data: { username: 'lanhdao' } })
    expect(res.status).toBe(409)
    expect(res.body.error.code).toBe('PERSON_USERNAME_TAKEN')
    expect(res.body.error.details[0].path).toBe('username')
  })

  it('creates a person (administrator only) with an audit row', async () => {
    const body = {
      fullName: 'Trần Thị Mỹ Dung',
      title: 'chuyen_vien',
      unitId: await t.unitId('CT.VP'),
      email: 'dung.tran2@cantho.kiemsat.vn',
      gender: 'nu',
    }
    expect((await leader.post('/api/people', body)).status).toBe(403)
    const before = await t.auditCount()
    const res = await admin.post('/api/people', body)
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ fullName: 'Trần Thị Mỹ Dung', active: true, username: null })
    expect(await t.auditCount()).toBe(before + 1)
    expect(await lastAudit()).toMatchObject({ action: 'create', entity: 'person', entityId: String(res.body.id) })
  })

  it('deactivates instead of deleting, ends the sessions, and refuses to lock oneself out', async () => {
    const self = await admin.delete(`/api/people/${admin.me.user.personId}`)
    expect(self.status).toBe(422)
    expect(self.body.error.code).toBe('PERSON_SELF_LOCKOUT')

    const victim = await t.signIn('kiemsatvien.kv6', 'mat-khau-dai-2026')
    const res = await admin.delete(`/api/people/${personInKv6.id}`)
    expect(res.status).toBe(200)
    expect((await victim.get('/api/auth/me')).status).toBe(401)
    const kept = await leader.get(`/api/people/${personInKv6.id}`)
    expect(kept.body.active).toBe(false)
    expect(await lastAudit()).toMatchObject({ action: 'delete', entity: 'person', entityId: String(personInKv6.id) })
    // Inactive people are hidden by default and listed on request.
    const active = await leader.get(`/api/people?unitId=${await t.unitId('CT.KV6')}&pageSize=200`)
    expect(active.body.items.some((p: { id: number }) => p.id === personInKv6.id)).toBe(false)
    const everyone = await leader.get(`/api/people?unitId=${await t.unitId('CT.KV6')}&active=all&pageSize=200`)
    expect(everyone.body.items.some((p: { id: number }) => p.id === personInKv6.id)).toBe(true)
  })

  it('answers a malformed id or body with 400 and a Vietnamese message', async () => {
    const badId = await leader.get('/api/people/abc')
    expect(badId.status).toBe(400)
    expect(badId.body.error.code).toBe('VALIDATION_FAILED')
    const notJson = await leader.raw({
      method: 'POST',
      url: '/api/people',
      headers: { 'content-type': 'text/plain', 'x-csrf-token': leader.csrfToken },
    })
    expect([400, 415]).toContain(notJson.status)
    expect(notJson.body.error.message).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵêếềệểễôốồộổỗơớờợởỡưứừựửữđ]/i)
  })
})
