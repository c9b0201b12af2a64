import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { desc, eq } from 'drizzle-orm'
import { auditLog, people, sessions } from '@/server/db/schema.ts'
import { DEMO_PASSWORD } from '@/demo/types.ts'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type TestApp } from '../support/test-app.ts'

describe.each(ENGINES)('sign-in and sessions on %s', (engine) => {
  let t: TestApp
  beforeAll(async () => {
    t = await startTestApp(engine)
  })
  afterAll(async () => t?.close())

  it('signs in with the demo password and answers /me with the scope', async () => {
    const agent = await t.signIn('lanhdao')
    const me = await agent.get('/api/auth/me')
    expect(me.status).toBe(200)
    expect(me.body.user.username).toBe('lanhdao')
    expect(me.body.user.roles).toEqual([expect.objectContaining({ role: 'leadership' })])
    const codes = me.body.scopeUnits.map((u: { code: string }) => u.code)
    // The provincial leader reaches the new province, its regional units, and the merged Hậu Giang units.
    expect(codes).toEqual(expect.arrayContaining(['CT', 'CT.P1', 'CT.KV6', 'HG', 'HG.VTA', 'ST']))
    expect(codes).not.toContain('VKSNDTC')
    expect(codes.some((c: string) => c.startsWith('TN01'))).toBe(false)
    expect(me.body.can).toEqual({
      manageUnits: false,
      managePeople: false,
      editPeople: true,
      viewAudit: true,
      readMatters: true,
      recordMatters: false,
      readIndicators: true,
      manageIndicators: false,
      closePeriods: false,
      // Leadership reads and manages its unit's plans (access-rules: leadership holds plan.read and plan.manage).
      readPlans: true,
      managePlans: true,
      // Leadership reads the emulation cycle (access-rules: emulation.read).
      readEmulation: true,
    })
  })

  it('sets an httpOnly SameSite=Strict cookie and writes a login audit row', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'XEM', password: DEMO_PASSWORD },
    })
    expect(res.statusCode).toBe(200)
    const cookie = res.cookies.find((c) => c.name === 'ks_session')!
    expect(cookie.httpOnly).toBe(true)
    expect(cookie.sameSite).toBe('Strict')
    const [row] = await t.database.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'login'))
      .orderBy(desc(auditLog.id))
      .limit(1)
    expect(row?.requestId).toBe(res.headers['x-request-id'])
  })

  it('refuses a wrong password with a Vietnamese message, a stable code and a request id', async () => {
    const res = await t.anonymous({
      method: 'POST',
      url: '/api/auth/login',
      body: { username: 'thongke', password: 'sai-mat-khau-123' },
    })
    expect(res.status).toBe(401)
    expect(res.body.error.code).toBe('AUTH_INVALID_CREDENTIALS')
    expect(res.body.error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng')
    expect(res.body.error.requestId).toBe(res.headers['x-request-id'])
  })

  it('answers an unknown username exactly like a wrong password', async () => {
    const res = await t.anonymous({
      method: 'POST',
      url: '/api/auth/login',
      body: { username: 'khong-ton-tai', password: 'x' },
    })
    expect(res.status).toBe(401)
    expect(res.body.error.code).toBe('AUTH_INVALID_CREDENTIALS')
  })

  it('validates the sign-in body with field details', async () => {
    const res = await t.anonymous({ method: 'POST', url: '/api/auth/login', body: { username: '' } })
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('VALIDATION_FAILED')
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['username', 'password']),
    )
  })

  it('answers nothing but health and sign-in without a session, on every registered route', async () => {
    expect((await t.anonymous({ method: 'GET', url: '/api/health' })).status).toBe(200)
    const routes = t.app.registeredRoutes.filter((r) => r.url.startsWith('/api') && r.method !== 'HEAD')
    // The list comes from the server itself, so a route added later is checked too.
    expect(routes.length).toBeGreaterThan(15)
    const publicRoutes = new Set(['GET /api/health', 'POST /api/auth/login'])
    for (const { method, url } of routes) {
      if (publicRoutes.has(`${method} ${url}`)) continue
      const concrete = url.replace(/:[a-zA-Z]+/g, '1').replace('*', 'x')
      const res = await t.anonymous({
        method,
        url: concrete,
        ...(method === 'GET' || method === 'DELETE' ? {} : { body: {} }),
      })
      expect([method, url, res.status]).toEqual([method, url, 401])
      expect(res.body.error.code).toBe('AUTH_REQUIRED')
    }
    const unknown = await t.anonymous({ method: 'GET', url: '/api/khong-co' })
    expect(unknown.status).toBe(401)
  })

  it('refuses a write without the CSRF token and changes nothing', async () => {
    const agent = await t.signIn('lanhdao')
    const target = (await agent.get('/api/people?q=&pageSize=1')).body.items[0]
    const before = await t.auditCount()
    const res = await agent.raw({
      method: 'PATCH',
      url: `/api/people/${target.id}`,
      body: { data: { phone: '0900 000 001' } },
    })
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe('CSRF_INVALID')
    expect((await agent.get(`/api/people/${target.id}`)).body.phone).toBe(target.phone)
    expect(await t.auditCount()).toBe(before)
  })

  it('signs out: the session no longer answers', async () => {
    const agent = await t.signIn('xem')
    expect((await agent.post('/api/auth/logout')).status).toBe(200)
    const after = await agent.get('/api/auth/me')
    expect(after.status).toBe(401)
    expect(after.body.error.code).toBe('AUTH_SESSION_EXPIRED')
  })

  it('changes the password: wrong current refused, other sessions ended, new password works', async () => {
    const first = await t.signIn('truongphong')
    const second = await t.signIn('truongphong')
    const wrong = await first.post('/api/auth/change-password', {
      currentPassword: 'sai',
      newPassword: 'sông Hậu mùa nước nổi',
    })
    expect(wrong.status).toBe(400)
    expect(wrong.body.error.code).toBe('AUTH_WRONG_PASSWORD')
    const tooShort = await first.post('/api/auth/change-password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'ngan-2026',
    })
    expect(tooShort.status).toBe(422)
    expect(tooShort.body.error.code).toBe('PASSWORD_TOO_SHORT')
    expect(tooShort.body.error.details[0].path).toBe('newPassword')

    const ok = await first.post('/api/auth/change-password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'sông Hậu mùa nước nổi',
    })
    expect(ok.status).toBe(200)
    expect((await first.get('/api/auth/me')).status).toBe(200)
    expect((await second.get('/api/auth/me')).status).toBe(401)
    await expect(t.signIn('truongphong')).rejects.toThrow(/401/)
    const again = await t.signIn('truongphong', 'sông Hậu mùa nước nổi')
    expect(again.me.user.username).toBe('truongphong')
  })

  it('serves the OpenAPI document, generated from the route schemas, to a signed-in user', async () => {
    const agent = await t.signIn('xem')
    const doc = await agent.get('/api/docs/json')
    expect(doc.status).toBe(200)
    expect(doc.body.openapi).toMatch(/^3\./)
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/people/{id}', '/api/units', '/api/audit']),
    )
    // The request schema carries the Vietnamese validation rules.
    expect(doc.body.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.required).toEqual([
      'username',
      'password',
    ])
    const ui = await agent.get('/api/docs/')
    expect(ui.status).toBe(200)
    expect(String(ui.body)).toContain('swagger')
  })

  it('never stores the session token or the password in clear', async () => {
    await t.signIn('admin')
    const rows = await t.database.handle.db.select({ id: sessions.id }).from(sessions)
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.id))).toBe(true)
    const [admin] = await t.database.handle.db
      .select({ hash: people.passwordHash })
      .from(people)
      .where(eq(people.username, 'admin'))
    expect(admin?.hash).toMatch(/^\$argon2id\$/)
  })
})
