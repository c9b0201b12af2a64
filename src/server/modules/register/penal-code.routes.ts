// The Penal Code catalogue for the charge picker: pure data from src/domain/penal-code.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { PenalCodePage, PenalCodeQuery } from '@/shared/api/register.ts'
import { CRIME_CATEGORY_LABELS } from '@/domain/deadlines/index.ts'
import { categoryOfClause, PENAL_ARTICLES, penaltyText, searchArticles, type PenalArticle } from '@/domain/penal-code/index.ts'

const toItem = (article: PenalArticle) => ({
  article: article.article,
  name: article.name,
  nationalSecurity: article.nationalSecurity,
  verified: article.verified,
  clauses: article.clauses.map((clause) => {
    const category = categoryOfClause(clause)
    return { clause: clause.clause, category, categoryLabel: CRIME_CATEGORY_LABELS[category], penaltyText: penaltyText(clause) }
  }),
})

export const penalCodeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/penal-code', { schema: { tags: ['Sổ thụ lý'], summary: 'Danh mục tội danh Bộ luật Hình sự', querystring: PenalCodeQuery, response: { 200: PenalCodePage } } }, async (request) => ({
    items: (request.query.q ? searchArticles(request.query.q, 30) : PENAL_ARTICLES).map(toItem),
  }))
}
