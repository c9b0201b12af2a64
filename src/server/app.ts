// Assembles the HTTP server: plugins, authentication, the API modules, OpenAPI and the web app.
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join, sep } from 'node:path'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import cookie from '@fastify/cookie'
import fastifyStatic from '@fastify/static'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { installVietnameseIssues } from '@/shared/validation/vietnamese-issues.ts'
import type { Database } from './db/client.ts'
import { httpStatusOf, messageOf } from './platform/app-error.ts'
import type { Config } from './platform/config.ts'
import { createJobQueue } from './platform/jobs.ts'
import { definePeriodicJobs } from './periodic-jobs.ts'
import { createUnitTreeCache } from './platform/unit-tree-cache.ts'
import { systemClock, type Clock } from './platform/time.ts'
import { registerAuthentication } from './http/authenticate.ts'
import type { ServerDeps } from './http/context.ts'
import { registerErrorHandling } from './http/error-handler.ts'
import { registerInputGuard } from './http/input-guard.ts'
import { registerSecurityHeaders } from './http/security-headers.ts'
import { validatorCompiler } from './http/validator.ts'
import { auditRoutes } from './modules/audit/index.ts'
import { authRoutes } from './modules/auth/index.ts'
import {
  CALENDAR_RECOMPUTE_JOB,
  calendarRecomputeRoutes,
  calendarRoutes,
  runCalendarRecompute,
} from './modules/calendar/index.ts'
import { jobRoutes } from './modules/jobs/index.ts'
import { deadlineRoutes } from './modules/deadlines/index.ts'
import { penalCodeRoutes, recomputeMatters, registerRoutes } from './modules/register/index.ts'
import { digestRoutes } from './modules/digest/index.ts'
import { registerExcelRoutes } from './modules/register-excel/index.ts'
import { peopleRoutes } from './modules/people/index.ts'
import { unitRoutes } from './modules/units/index.ts'
import { indicatorRoutes } from './modules/indicators/index.ts'
import { documentRoutes } from './modules/documents/index.ts'
import { planRoutes } from './modules/plan/index.ts'
import { emulationFactsRoutes } from './modules/emulation/index.ts'

// Validation messages that zod writes itself (not ours) come out in Vietnamese too, the same
// words the browser shows for the same check.
installVietnameseIssues()

declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: RegisteredRoute[]
  }
}

/** A route as the server registered it; its schema (zod) lets the fuzz suite build inputs for it. */
export type RegisteredRoute = {
  method: string
  url: string
  schema?: { body?: unknown; params?: unknown; querystring?: unknown }
}

export type BuildAppOptions = {
  db: Database
  config: Config
  logger?: FastifyServerOptions['logger']
  /** Run the periodic jobs (digest, figures, session sweep): the serve command, not tests by default. */
  periodicJobs?: boolean
  /** The time the sign-in delays count by; tests pass a manual one. */
  clock?: Clock
}

export const buildApp = async ({
  db,
  config,
  logger,
  periodicJobs = false,
  clock = systemClock,
}: BuildAppOptions): Promise<FastifyInstance> => {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    genReqId: (request) => {
      const incoming = request.headers['x-request-id']
      return typeof incoming === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(incoming) ? incoming : randomUUID()
    },
    bodyLimit: 2 * 1024 * 1024,
    // Whose X-Forwarded-For / X-Forwarded-Proto to believe (KIEMSAT_TRUST_PROXY): request.ip and
    // request.protocol come from them only when the connection comes from a trusted proxy.
    // (Fastify's types omit the hop count that it accepts: https://fastify.dev/docs/latest/Reference/Server/#trustproxy)
    trustProxy: config.trustProxy as boolean | string[],
    // Errors Fastify answers before any route runs (a malformed or over-long path): same body as ours.
    frameworkErrors: (error, request, reply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      const code = tooLong ? 'URL_TOO_LONG' : 'BAD_REQUEST'
      const message = tooLong ? messageOf('URL_TOO_LONG') : 'Địa chỉ yêu cầu không hợp lệ'
      void (reply as import('fastify').FastifyReply)
        .status(httpStatusOf(code))
        .send({ error: { code, message, requestId: String(request.id) } })
    },
  }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)

  // The job queue starts and stops with the server: every instance works jobs, each job runs in one.
  const jobs = createJobQueue(db, config.jobs, (message) => app.log.warn(message))
  const units = createUnitTreeCache(db)
  // The register's recompute is handed to the calendar's job here: the calendar does not import
  // the register, which counts its deadlines on the calendar.
  jobs.define(CALENDAR_RECOMPUTE_JOB, runCalendarRecompute(db, recomputeMatters, config.calendarRecomputeBatch, clock))
  if (periodicJobs) definePeriodicJobs(jobs, { db, units, config, clock }, (message) => app.log.info(message))
  await jobs.start()
  app.addHook('onClose', async () => jobs.stop())
  const deps: ServerDeps = { db, config, units, jobs, clock }

  // Every route the server answers, for the tests that sweep them all (none open without a
  // session; every write route fuzzed with malformed input).
  const routes: RegisteredRoute[] = []
  app.addHook('onRoute', (route) => {
    const schema = route.schema as RegisteredRoute['schema']
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, schema })
  })
  app.decorate('registeredRoutes', routes)

  // Order matters: cookies are parsed before authentication, and the error handler and the
  // authentication hook exist before any plugin (OpenAPI UI included) adds its routes.
  await app.register(cookie)
  await registerSecurityHeaders(app)
  registerErrorHandling(app)
  registerAuthentication(app, deps)
  registerInputGuard(app)
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'kiemsat API',
        description: 'API của hệ thống quản lý công tác Viện kiểm sát nhân dân',
        version: '0.1.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ks_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  })
  await app.register(swaggerUi, { routePrefix: '/api/docs' })

  app.get(
    '/api/health',
    {
      schema: {
        tags: ['Hệ thống'],
        summary: 'Tình trạng máy chủ',
        security: [],
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({
      status: 'ok' as const,
    }),
  )

  await app.register(
    async (api) => {
      await api.register(authRoutes(deps))
      await api.register(unitRoutes(deps))
      await api.register(peopleRoutes(deps))
      await api.register(auditRoutes(deps))
      await api.register(calendarRoutes(deps))
      await api.register(calendarRecomputeRoutes(deps))
      await api.register(jobRoutes(deps))
      await api.register(deadlineRoutes(deps))
      await api.register(registerRoutes(deps))
      await api.register(penalCodeRoutes)
      await api.register(digestRoutes(deps))
      await api.register(registerExcelRoutes(deps))
      await api.register(indicatorRoutes(deps))
      await api.register(documentRoutes(deps))
      await api.register(planRoutes(deps))
      await api.register(emulationFactsRoutes(deps))
    },
    { prefix: '/api' },
  )

  registerWebApp(app, config.webRoot)

  return app
}

const isTraversal = (path: string): boolean => {
  let decoded = path
  try {
    // Twice: "%252e%252e" is "%2e%2e" once decoded, ".." the second time.
    decoded = decodeURIComponent(decodeURIComponent(path))
  } catch {
    return true
  }
  return decoded.includes('\\') || decoded.split('/').some((segment) => segment === '..')
}

/** Serves the built SPA; any non-API path falls back to index.html for client-side routing. */
const registerWebApp = (app: FastifyInstance, webRoot: string) => {
  const index = join(webRoot, 'index.html')
  if (!existsSync(index)) return
  // The build names every file under assets/ by a hash of its content: a browser keeps it for a
  // year without asking again, and a new build is new names. index.html is always revalidated.
  const assets = join(webRoot, 'assets') + sep
  void app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: false,
    // Its own 'public, max-age=0' would replace the header set here and on index.html.
    cacheControl: false,
    setHeaders: (res, filePath) => {
      res.setHeader('cache-control', filePath.startsWith(assets) ? 'public, max-age=31536000, immutable' : 'no-cache')
    },
  })
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/'
    if (path.startsWith('/api/')) return reply.callNotFound()
    // A path that climbs out of the web folder ("..", encoded or not, or a backslash) is an
    // attempt, not a page of the app: 404, never the app and never a file outside the folder.
    if (isTraversal(path)) return reply.callNotFound()
    const file = join(webRoot, path)
    if (path !== '/' && file.startsWith(webRoot) && existsSync(file) && !file.endsWith('/'))
      return reply.sendFile(path.slice(1))
    return reply.header('cache-control', 'no-cache').sendFile('index.html')
  })
}
