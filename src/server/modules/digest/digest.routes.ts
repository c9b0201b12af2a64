import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { Digest } from '@/shared/api/register.ts'
import { contextOf, type ServerDeps } from '../../http/context.ts'
import { latestDigest } from './digest.service.ts'

export const digestRoutes =
  ({ db }: ServerDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/digest',
      { schema: { tags: ['Thời hạn'], summary: 'Bản tin thời hạn hằng ngày của tôi', response: { 200: Digest } } },
      async (request) => latestDigest(db, contextOf(request)),
    )
  }
