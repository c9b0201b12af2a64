// Issue 10, defect 8: one password policy for new users, resets and changes; demo logins
// change their password first on a server not in demo mode.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eq } from 'drizzle-orm'
import { people } from '@/server/db/schema.ts'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type TestApp } from '../support/test-app.ts'

const GOOD = 'mưa phùn tháng hai'

describe.each(ENGINES)('password policy and demo logins on %s', (engine) => {
  let t: TestApp
  beforeAll(async () => {
    // Not in demo mode: the seeded (demo) logins must change their password first.
    t = await startTestApp(engine, { scale: 1, config: { demoMode: false } })
  })
  afterAll(async () => t?.close())

  it('a demo login outside demo mode may only read /me, change its password or sign out', async () => {
    const agent = await t.signIn('lanhdao')
    expect(agent.me.mustChangePassword).toBe(true)
    const blocked = await agent.get('/api/people?pageSize=1')
    expect(blocked.status).toBe(403)
    expect(blocked.body.error.code).toBe('PASSWORD_CHANGE_REQUIRED')
    expect(blocked.body.error.message).toMatch(/đổi mật khẩu/)
    expect((await agent.post('/api/units', {})).body.error.code).toBe('PASSWORD_CHANGE_REQUIRED')
    const me = await agent.get('/api/auth/me')
    expect(me.status).toBe(200)
    expect(me.body.mustChangePassword).toBe(true)

    const changed = await agent.post('/api/auth/change-password', {
      currentPassword: 'kiemsat-demo-2026',
      newPassword: GOOD,
    })
    expect(changed.status).toBe(200)
    expect((await agent.get('/api/people?pageSize=1')).status).toBe(200)
    expect((await agent.get('/api/auth/me')).body.mustChangePassword).toBe(false)
    const [row] = await t.database.handle.db
      .select({ demoLogin: people.demoLogin })
      .from(people)
      .where(eq(people.username, 'lanhdao'))
    expect(row?.demoLogin).toBe(false)
    expect((await t.signIn('lanhdao', GOOD)).me.mustChangePassword).toBe(false)
  })

  it('refuses weak new passwords on change with a stable code, a 422 and the field', async () => {
    const agent = await t.signIn('truongphong')
    const cases: [string, string][] = [
      ['1234567890', 'PASSWORD_TOO_SHORT'],
      [' '.repeat(12), 'PASSWORD_BLANK'],
      ['mây trắng\tgió thổi', 'PASSWORD_CONTROL_CHARS'],
      ['123456789012', 'PASSWORD_COMMON'],
      ['Matkhau@2026!', 'PASSWORD_COMMON'],
      ['TruongPhong mùa xuân', 'PASSWORD_CONTAINS_USERNAME'],
    ]
    for (const [newPassword, code] of cases) {
      const res = await agent.post('/api/auth/change-password', { currentPassword: 'kiemsat-demo-2026', newPassword })
      expect([newPassword, res.status, res.body.error.code, res.body.error.details[0].path]).toEqual([
        newPassword,
        422,
        code,
        'newPassword',
      ])
    }
    // Ten NUL characters never reach the policy: the input guard refuses them for every field.
    expect(
      (
        await agent.post('/api/auth/change-password', {
          currentPassword: 'kiemsat-demo-2026',
          newPassword: '\u0000'.repeat(10),
        })
      ).status,
    ).toBe(400)
  })

  it('applies the policy to new users and resets by an administrator, who clears the demo flag', async () => {
    const admin = await t.signIn('admin')
    expect(
      (
        await admin.post('/api/auth/change-password', {
          currentPassword: 'kiemsat-demo-2026',
          newPassword: 'hoa sen nở giữa hè',
        })
      ).status,
    ).toBe(200)
    const unitId = await t.unitId('CT')
    const create = (username: string, password: string) =>
      admin.post('/api/people', { fullName: 'Cán Bộ Mới', title: 'chuyen_vien', unitId, username, password, roles: [] })
    const weak = await create('canbomoi', 'canbomoi-2026-x')
    expect([weak.status, weak.body.error.code, weak.body.error.details[0].path]).toEqual([
      422,
      'PASSWORD_CONTAINS_USERNAME',
      'password',
    ])
    expect((await create('canbomoi', 'qwertyuiop123')).body.error.code).toBe('PASSWORD_COMMON')
    const [none] = await t.database.handle.db.select().from(people).where(eq(people.username, 'canbomoi'))
    expect(none).toBeUndefined()
    expect((await create('canbomoi', GOOD)).status).toBe(201)

    const [xem] = await t.database.handle.db.select({ id: people.id }).from(people).where(eq(people.username, 'xem'))
    const short = await admin.patch(`/api/people/${xem!.id}`, { data: { password: 'ngan-qua' } })
    expect([short.status, short.body.error.code, short.body.error.details[0].path]).toEqual([
      422,
      'PASSWORD_TOO_SHORT',
      'data.password',
    ])
    expect(
      (await admin.patch(`/api/people/${xem!.id}`, { data: { password: 'xem-va-chi-xem' } })).body.error.code,
    ).toBe('PASSWORD_CONTAINS_USERNAME')
    expect((await admin.patch(`/api/people/${xem!.id}`, { data: { password: GOOD } })).status).toBe(200)
    // A password an administrator set is not the published one: no change forced.
    expect((await t.signIn('xem', GOOD)).me.mustChangePassword).toBe(false)
  })

  it('keeps the demo logins working in demo mode', async () => {
    const demo = await t.another({ demoMode: true })
    try {
      const res = await demo.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'thongke', password: 'kiemsat-demo-2026' },
      })
      expect(res.statusCode).toBe(200)
      expect(res.json().mustChangePassword).toBe(false)
      const cookie = res.cookies.find((c) => c.name === 'ks_session')!.value
      expect(
        (
          await demo.app.inject({
            method: 'GET',
            url: '/api/people?pageSize=1',
            headers: { cookie: `ks_session=${cookie}` },
          })
        ).statusCode,
      ).toBe(200)
    } finally {
      await demo.close()
    }
  })
})
