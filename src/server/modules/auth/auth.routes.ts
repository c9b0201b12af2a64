import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ChangePasswordRequest, LoginRequest, Me, ThrottleReport } from '@/shared/api/auth.ts'
import { ApiErrorBody, Ok } from '@/shared/api/common.ts'
import { contextOf, type ServerDeps } from '../../http/context.ts'
import { clearSessionCookie, clientIp, sessionCookieOptions, SESSION_COOKIE } from '../../http/authenticate.ts'
import { changePassword, describeMe, login, logout } from './auth.service.ts'
import { listThrottles } from './throttle.service.ts'
import { findLiveSession } from './sessions.repository.ts'
import { todayInVietnam } from '../../platform/time.ts'

const tags = ['Đăng nhập']

export const authRoutes =
  (deps: ServerDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/auth/login',
      {
        schema: {
          tags,
          summary: 'Đăng nhập',
          body: LoginRequest,
          response: { 200: Me, 401: ApiErrorBody, 429: ApiErrorBody },
        },
      },
      async (request, reply) => {
        const session = await login(deps, request.body, {
          ip: clientIp(request),
          requestId: String(request.id),
          userAgent: request.headers['user-agent'] ?? null,
        })
        reply.setCookie(SESSION_COOKIE, session.token, {
          ...sessionCookieOptions(request, deps.config),
          maxAge: deps.config.sessionTtlHours * 3600,
        })
        const live = await findLiveSession(deps.db, session.token, deps.config.sessionIdleMinutes)
        const tree = await deps.units.get()

        return describeMe({
          actor: { ...live!, grants: live!.grants, mustChangePassword: session.mustChangePassword },
          tree,
          ip: clientIp(request),
          requestId: String(request.id),
          today: todayInVietnam(deps.clock.now()),
        })
      },
    )

    app.post(
      '/auth/logout',
      { schema: { tags, summary: 'Đăng xuất', response: { 200: Ok } } },
      async (request, reply) => {
        await logout(deps, contextOf(request))
        clearSessionCookie(request, reply, deps.config)
        return { ok: true as const }
      },
    )

    app.get('/auth/me', { schema: { tags, summary: 'Người dùng hiện tại', response: { 200: Me } } }, async (request) =>
      describeMe(contextOf(request)),
    )

    app.post(
      '/auth/change-password',
      {
        schema: {
          tags,
          summary: 'Đổi mật khẩu',
          body: ChangePasswordRequest,
          response: { 200: Ok, 400: ApiErrorBody, 422: ApiErrorBody, 429: ApiErrorBody },
        },
      },
      async (request) => {
        await changePassword(deps, contextOf(request), request.body)
        return { ok: true as const }
      },
    )

    app.get(
      '/auth/throttles',
      {
        schema: {
          tags,
          summary: 'Các lần đăng nhập đang bị tạm chặn (quản trị viên)',
          response: { 200: ThrottleReport, 403: ApiErrorBody },
        },
      },
      async (request) => listThrottles(deps, contextOf(request)),
    )
  }
