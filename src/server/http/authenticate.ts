// Every /api route but health and sign-in requires a live session; every write with a
// session cookie must carry the session's CSRF token (synchronizer-token pattern).
import type { CookieSerializeOptions } from '@fastify/cookie'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError } from '../platform/app-error.ts'
import type { Config } from '../platform/config.ts'
import { todayInVietnam } from '../platform/time.ts'
import { findLiveSession, touchSession } from '../modules/auth/index.ts'
import type { ServerDeps } from './context.ts'

export const SESSION_COOKIE = 'ks_session'
const PUBLIC_ROUTES = new Set(['GET /api/health', 'POST /api/auth/login'])
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
/** What a demo login that must change its password may still do (issue 10, defect 8). */
const WHILE_PASSWORD_MUST_CHANGE = new Set([
  'GET /api/auth/me',
  'POST /api/auth/change-password',
  'POST /api/auth/logout',
])

const routeKey = (request: FastifyRequest) => `${request.method} ${request.url.split('?')[0]}`

export const clientIp = (request: FastifyRequest): string | null => request.ip ?? null

/**
 * The session cookie's attributes: httpOnly, SameSite=Strict, and Secure whenever the request
 * came over HTTPS — directly, or through a proxy trusted by KIEMSAT_TRUST_PROXY, whose
 * X-Forwarded-Proto Fastify reads into request.protocol (an untrusted one's is ignored).
 * SECURE_COOKIES=true forces Secure. The clearing cookie carries the same attributes: a
 * browser matches the cookie to clear by name, path and domain, and a Set-Cookie without
 * SameSite=Strict would be an exception to the rule that every session cookie has it.
 */
export const sessionCookieOptions = (
  request: FastifyRequest,
  config: Pick<Config, 'secureCookies'>,
): CookieSerializeOptions => ({
  path: '/',
  httpOnly: true,
  sameSite: 'strict',
  secure: config.secureCookies || request.protocol === 'https',
})

export const clearSessionCookie = (
  request: FastifyRequest,
  reply: FastifyReply,
  config: Pick<Config, 'secureCookies'>,
): void => {
  reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(request, config))
}

export const registerAuthentication = (app: FastifyInstance, deps: ServerDeps): void => {
  app.decorateRequest('ctx', null)

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('x-request-id', String(request.id))
    if (!request.url.startsWith('/api/') && request.url !== '/api') return
    if (PUBLIC_ROUTES.has(routeKey(request))) return

    const token = request.cookies[SESSION_COOKIE]
    if (!token) throw new AppError('AUTH_REQUIRED', 'Vui lòng đăng nhập để tiếp tục')
    const session = await findLiveSession(deps.db, token, deps.config.sessionIdleMinutes)
    if (!session) {
      clearSessionCookie(request, reply, deps.config)
      throw new AppError('AUTH_SESSION_EXPIRED', 'Phiên làm việc đã hết hạn, vui lòng đăng nhập lại')
    }
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken)
      throw new AppError('CSRF_INVALID', 'Yêu cầu không hợp lệ (thiếu mã xác thực CSRF). Vui lòng tải lại trang.')
    if (session.lastSeenStale) await touchSession(deps.db, session.sessionId)
    // A demo login outside demo mode signs in with a password printed in the README: nothing
    // but changing it (or signing out) until it is changed.
    const mustChangePassword = session.demoLogin && !deps.config.demoMode
    if (mustChangePassword && !WHILE_PASSWORD_MUST_CHANGE.has(routeKey(request)))
      throw new AppError(
        'PASSWORD_CHANGE_REQUIRED',
        'Tài khoản mẫu phải đổi mật khẩu trước khi sử dụng hệ thống. Vui lòng đổi mật khẩu.',
      )

    request.ctx = {
      actor: {
        personId: session.personId,
        username: session.username,
        fullName: session.fullName,
        title: session.title,
        unitId: session.unitId,
        grants: session.grants,
        sessionId: session.sessionId,
        csrfToken: session.csrfToken,
        mustChangePassword,
      },
      tree: await deps.units.get(),
      ip: clientIp(request),
      requestId: String(request.id),
      today: todayInVietnam(deps.clock.now()),
    }
  })
}
