// Issue 10, defect 7: the sign-in limits slow a guesser without letting anyone lock a colleague
// out. Time is a manual clock: the delays are waited out by moving it, never by sleeping.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { and, eq } from 'drizzle-orm'
import { DEMO_PASSWORD } from '@/demo/types.ts'
import { auditLog, authThrottles, loginAttempts } from '@/server/db/schema.ts'
import { manualClock } from '@/server/platform/time.ts'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type TestApp } from '../support/test-app.ts'

const clock = manualClock()

describe.each(ENGINES)('sign-in delays and limits on %s', (engine) => {
  let t: TestApp
  beforeAll(async () => {
    t = await startTestApp(engine, { clock, config: { loginAddressMaxFailures: 8, loginAddressWindowMinutes: 5 } })
  })
  afterAll(async () => t?.close())
  beforeEach(async () => {
    // Each test starts from a clean slate of attempts, an hour later.
    clock.advance(3600)
    await t.database.handle.db.delete(authThrottles)
    await t.database.handle.db.delete(loginAttempts)
  })

  const attempt = (username: string, password: string, ip = '10.0.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: ip })

  const throttledAudits = async (username: string) =>
    (await t.database.handle.db.select().from(auditLog).where(eq(auditLog.action, 'login_throttled'))).filter(
      (r) => (r.after as { username?: string }).username === username,
    )

  it('lets three failures through, then holds the pair back 2^n seconds after the last failure, even against the right password', async () => {
    for (let i = 0; i < 3; i++) expect((await attempt('thidua', `sai-${i}`)).statusCode).toBe(401)
    const held = await attempt('thidua', DEMO_PASSWORD)
    expect(held.statusCode).toBe(429)
    expect(held.json().error.code).toBe('LOGIN_THROTTLED')
    expect(held.json().error.message).toMatch(/thử lại sau 8 giây/)
    expect(held.headers['retry-after']).toBe('8')
    clock.advance(7)
    expect((await attempt('thidua', DEMO_PASSWORD)).headers['retry-after']).toBe('1')
    clock.advance(1)
    // The wait is over: the right password signs in, and the pair starts again from zero.
    expect((await attempt('thidua', DEMO_PASSWORD)).statusCode).toBe(200)
    for (let i = 0; i < 3; i++) expect((await attempt('thidua', `sai-${i}`)).statusCode).toBe(401)
  })

  it('doubles the delay with each failure, up to 15 minutes', async () => {
    const delays: string[] = []
    for (let i = 0; i < 12; i++) {
      const res = await attempt('thongke', `sai-${i}`)
      if (res.statusCode === 429) {
        delays.push(String(res.headers['retry-after']))
        clock.advance(Number(res.headers['retry-after']))
        expect((await attempt('thongke', `sai-${i}`)).statusCode).toBe(401)
      }
    }
    expect(delays).toEqual(['8', '16', '32', '64', '128', '256', '512', '900', '900'])
  })

  it('never holds the same username back from another address', async () => {
    for (let i = 0; i < 5; i++) await attempt('xem', `sai-${i}`, '10.0.0.66')
    expect((await attempt('xem', DEMO_PASSWORD, '10.0.0.66')).statusCode).toBe(429)
    expect((await attempt('xem', DEMO_PASSWORD, '10.0.0.2')).statusCode).toBe(200)
  })

  it('answers 429 to further failures from a busy address, but a right password from it still signs in', async () => {
    // Eight failures spread over usernames (none held back by the pair rule), from one address.
    const names = ['khongco1', 'khongco2', 'khongco3', 'khongco4']
    for (const name of names)
      for (let i = 0; i < 2; i++) expect((await attempt(name, 'sai-mat-khau', '10.9.9.9')).statusCode).toBe(401)
    const busy = await attempt('khongco5', 'sai-mat-khau', '10.9.9.9')
    expect(busy.statusCode).toBe(429)
    expect(busy.json().error.code).toBe('LOGIN_THROTTLED')
    expect(Number(busy.headers['retry-after'])).toBeGreaterThan(0)
    // A colleague behind the same address signs in.
    expect((await attempt('lanhdao', DEMO_PASSWORD, '10.9.9.9')).statusCode).toBe(200)
    // Another address is not concerned.
    expect((await attempt('khongco5', 'sai-mat-khau', '10.9.9.10')).statusCode).toBe(401)
    // The window passes: failures answer 401 again.
    clock.advance(5 * 60 + 1)
    expect((await attempt('khongco6', 'sai-mat-khau', '10.9.9.9')).statusCode).toBe(401)
    const audits = (
      await t.database.handle.db.select().from(auditLog).where(eq(auditLog.action, 'login_throttled'))
    ).filter((r) => (r.after as { reason?: string }).reason === 'address')
    expect(audits.at(-1)!.after).toMatchObject({ ip: '10.9.9.9', reason: 'address' })
  })

  it('writes one audit row when a pair is first held back, with the username and the address', async () => {
    const before = (await throttledAudits('truongphong')).length
    for (let i = 0; i < 3; i++) await attempt('truongphong', `sai-${i}`, '10.1.2.3')
    for (let i = 0; i < 3; i++) {
      clock.advance(1000)
      await attempt('truongphong', `sai-x${i}`, '10.1.2.3')
    }
    const rows = await throttledAudits('truongphong')
    expect(rows.length - before).toBe(1)
    expect(rows.at(-1)).toMatchObject({
      entity: 'session',
      ip: '10.1.2.3',
      after: { username: 'truongphong', ip: '10.1.2.3', reason: 'username_address', failures: 3 },
    })
    expect(rows.at(-1)!.unitId).not.toBeNull()
  })

  it('counts parallel guesses: a burst cannot all slip in before the first failure is written', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => attempt('ksv', `sai-${i}`, '10.5.5.5')))
    const statuses = results.map((r) => r.statusCode).sort()
    expect(statuses.filter((s) => s === 401)).toHaveLength(3)
    expect(statuses.filter((s) => s === 429)).toHaveLength(7)
  })

  it('holds across two server instances on one database', async () => {
    const second = await t.another()
    try {
      for (let i = 0; i < 3; i++) await attempt('thidua', `sai-${i}`, '10.7.7.7')
      const res = await second.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'thidua', password: DEMO_PASSWORD },
        remoteAddress: '10.7.7.7',
      })
      expect(res.statusCode).toBe(429)
    } finally {
      await second.close()
    }
  })

  it('limits guesses of the current password in change-password, keyed by the account', async () => {
    const agent = await t.signIn('admin')
    const change = (currentPassword: string) =>
      agent.post('/api/auth/change-password', { currentPassword, newPassword: 'gió mùa đông bắc về sớm' })
    for (let i = 0; i < 3; i++) expect((await change(`sai-${i}`)).body.error.code).toBe('AUTH_WRONG_PASSWORD')
    const held = await change(DEMO_PASSWORD)
    expect(held.status).toBe(429)
    expect(held.body.error.code).toBe('PASSWORD_CHECK_THROTTLED')
    expect(held.headers['retry-after']).toBe('8')
    const [audit] = await t.database.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'login_throttled'), eq(auditLog.entity, 'person')))
    expect(audit?.after).toMatchObject({ username: 'admin', reason: 'current_password' })
    clock.advance(8)
    expect((await change(DEMO_PASSWORD)).status).toBe(200)
  })

  it('shows administrators the held-back sign-ins of the units they manage; others get 403', async () => {
    for (let i = 0; i < 3; i++) await attempt('lanhdao', `sai-${i}`, '10.3.3.3')
    for (let i = 0; i < 3; i++) await attempt('khong-ton-tai', `sai-${i}`, '10.3.3.4')
    const admin = await t.signIn('admin', 'gió mùa đông bắc về sớm')
    const report = await admin.get('/api/auth/throttles')
    expect(report.status).toBe(200)
    expect(report.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ scope: 'login', username: 'lanhdao', ip: '10.3.3.3', failures: 3, blockedNow: true }),
      ]),
    )
    expect(report.body.rules).toMatchObject({ freeFailures: 3, maxDelaySeconds: 900 })
    const leader = await t.signIn('xem')
    const refused = await leader.get('/api/auth/throttles')
    expect(refused.status).toBe(403)
    expect(refused.body.error.code).toBe('FORBIDDEN')
  })
})
