// Issue 10, defect 9: security headers on every answer; the session cookie is Secure whenever
// the request came over HTTPS (a trusted proxy's X-Forwarded-Proto included, an untrusted one's
// ignored), and SameSite=Strict on the clearing cookie too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { desc, eq } from 'drizzle-orm'
import { DEMO_PASSWORD } from '@/demo/types.ts'
import { auditLog } from '@/server/db/schema.ts'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type TestApp } from '../support/test-app.ts'

const PROXY = '10.20.0.1'

describe.each(ENGINES)('security headers and cookies on %s', (engine) => {
  let t: TestApp
  beforeAll(async () => {
    t = await startTestApp(engine, { scale: 1, config: { trustProxy: [PROXY] } })
  })
  afterAll(async () => t?.close())

  const login = (remoteAddress: string, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'xem', password: DEMO_PASSWORD },
      remoteAddress,
      headers,
    })

  it('sends the CSP fitted to the SPA, nosniff, no referrer and no framing on every answer', async () => {
    for (const url of ['/api/health', '/api/auth/me', '/khong-co']) {
      const res = await t.app.inject({ method: 'GET', url })
      const csp = String(res.headers['content-security-policy'])
      expect([url, csp]).toEqual([url, expect.stringContaining("default-src 'self'")])
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toContain("script-src 'self';")
      expect(csp).toContain("object-src 'none'")
      expect(csp).not.toContain('upgrade-insecure-requests')
      expect(res.headers['x-content-type-options']).toBe('nosniff')
      expect(res.headers['referrer-policy']).toBe('no-referrer')
      expect(res.headers['x-frame-options']).toBe('DENY')
      expect(res.headers['strict-transport-security']).toBeUndefined()
    }
  })

  it('over plain HTTP the session cookie is not Secure, and no HSTS', async () => {
    const res = await login('10.20.0.9')
    const cookie = res.cookies.find((c) => c.name === 'ks_session')!
    expect(cookie.secure).toBeUndefined()
    expect(cookie.sameSite).toBe('Strict')
    expect(res.headers['strict-transport-security']).toBeUndefined()
  })

  it('behind a trusted proxy that says HTTPS: Secure cookie, HSTS, and the client address from X-Forwarded-For', async () => {
    const res = await login(PROXY, { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' })
    expect(res.statusCode).toBe(200)
    const cookie = res.cookies.find((c) => c.name === 'ks_session')!
    expect(cookie.secure).toBe(true)
    expect(cookie.httpOnly).toBe(true)
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
    const [row] = await t.database.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'login'))
      .orderBy(desc(auditLog.id))
      .limit(1)
    expect(row?.ip).toBe('203.0.113.7')
  })

  it('an untrusted client claiming HTTPS gets neither Secure nor HSTS, and its X-Forwarded-For is ignored', async () => {
    const res = await login('10.20.0.9', { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.8' })
    expect(res.cookies.find((c) => c.name === 'ks_session')!.secure).toBeUndefined()
    expect(res.headers['strict-transport-security']).toBeUndefined()
    const [row] = await t.database.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'login'))
      .orderBy(desc(auditLog.id))
      .limit(1)
    expect(row?.ip).toBe('10.20.0.9')
  })

  it('the clearing cookie of sign-out (and of an expired session) is SameSite=Strict, httpOnly, Secure over HTTPS', async () => {
    const signIn = await login(PROXY, { 'x-forwarded-proto': 'https' })
    const token = signIn.cookies.find((c) => c.name === 'ks_session')!.value
    const csrf = signIn.json().csrfToken
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      remoteAddress: PROXY,
      headers: { cookie: `ks_session=${token}`, 'x-csrf-token': csrf, 'x-forwarded-proto': 'https' },
    })
    expect(out.statusCode).toBe(200)
    const cleared = out.cookies.find((c) => c.name === 'ks_session')!
    expect(cleared.value).toBe('')
    expect(cleared.sameSite).toBe('Strict')
    expect(cleared.httpOnly).toBe(true)
    expect(cleared.secure).toBe(true)
    const expired = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `ks_session=${token}` },
    })
    expect(expired.statusCode).toBe(401)
    expect(expired.cookies.find((c) => c.name === 'ks_session')!.sameSite).toBe('Strict')
  })

  it('the API documentation page answers under the same policy', async () => {
    const agent = await t.signIn('xem')
    const ui = await agent.get('/api/docs/')
    expect(ui.status).toBe(200)
    expect(String(ui.headers['content-security-policy'])).toContain("frame-ancestors 'none'")
  })
})
