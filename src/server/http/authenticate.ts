// Every /api route but health and sign-in requires a live session; every write with a
// session cookie must carry the session's CSRF token (synchronizer-token pattern).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError } from '../platform/app-error.ts'
import { findLiveSession, touchSession } from '../modules/auth/sessions.repository.ts'
import type { ServerDeps } from './context.ts'

export const SESSION_COOKIE = 'ks_session'
const PUBLIC_ROUTES = new Set(['GET /api/health', 'POST /api/auth/login'])
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

const routeKey = (request: FastifyRequest) => `${request.method} ${request.url.split('?')[0]}`

export const clientIp = (request: FastifyRequest): string | null => request.ip ?? null

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
      reply.clearCookie(SESSION_COOKIE, { path: '/' })
      throw new AppError('AUTH_SESSION_EXPIRED', 'Phiên làm việc đã hết hạn, vui lòng đăng nhập lại')
    }
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken)
      throw new AppError('CSRF_INVALID', 'Yêu cầu không hợp lệ (thiếu mã xác thực CSRF). Vui lòng tải lại trang.')
    if (session.lastSeenStale) await touchSession(deps.db, session.sessionId)

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
      },
      tree: await deps.units.get(),
      ip: clientIp(request),
      requestId: String(request.id),
    }
  })
}
