import type { FastifyRequest } from 'fastify'
import type { RequestContext } from '../platform/actor.ts'
import { AppError } from '../platform/app-error.ts'
import type { Database } from '../db/client.ts'
import type { Config } from '../platform/config.ts'
import type { JobQueue } from '../platform/jobs.ts'
import type { UnitTreeCache } from '../platform/unit-tree-cache.ts'
import type { Clock } from '../platform/time.ts'

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext | null
  }
}

/** What every route module receives: the database, the job queue, the shared caches and the clock. */
export type ServerDeps = { db: Database; config: Config; units: UnitTreeCache; jobs: JobQueue; clock: Clock }

/** The signed-in caller; the authenticate hook guarantees it on every non-public route. */
export const contextOf = (request: FastifyRequest): RequestContext => {
  if (!request.ctx) throw new AppError('AUTH_REQUIRED', 'Vui lòng đăng nhập')
  return request.ctx
}
