// The Penal Code catalogue for the charge picker: pure data from src/domain/penal-code. Each
// item is the current text; with `on` (the offence date) it also says, clause by clause, which
// text applies to an offence that day (BLHS Điều 7).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { PenalCodePage, PenalCodeQuery, type PenalCodeItem } from '@/shared/api/register.ts'
import { CRIME_CATEGORY_LABELS } from '@/domain/deadlines/index.ts'
import {
  classifyCharge,
  categoryOfClause,
  findArticle,
  PENAL_ARTICLES,
  PenalCodeError,
  penaltyText,
  searchArticles,
  type PenalArticle,
  type PenalClause,
} from '@/domain/penal-code/index.ts'

const clauseItem = (clause: PenalClause) => {
  const category = categoryOfClause(clause)
  return {
    clause: clause.clause,
    category,
    categoryLabel: CRIME_CATEGORY_LABELS[category],
    penaltyText: penaltyText(clause),
  }
}

const appliedOn = (article: PenalArticle, on: string): NonNullable<PenalCodeItem['applied']> => {
  const atOffence = findArticle(article.article, on)
  if (!atOffence) {
    try {
      classifyCharge({ article: article.article, clause: article.clauses[0]?.clause ?? 1 }, { offenceOn: on })
    } catch (error) {
      if (error instanceof PenalCodeError) return { on, notInForce: error.message, clauses: [] }
      throw error
    }
  }
  const clauses = (atOffence ?? article).clauses.map((c) => {
    const reading = classifyCharge({ article: article.article, clause: c.clause }, { offenceOn: on })
    return {
      ...clauseItem(reading.clause),
      inForceFrom: reading.article.inForceFrom,
      law: reading.article.law,
      retroactive: reading.retroactive,
    }
  })
  return { on, notInForce: null, clauses }
}

const toItem = (article: PenalArticle, on: string | undefined): PenalCodeItem => ({
  article: article.article,
  name: article.name,
  nationalSecurity: article.nationalSecurity,
  verified: article.verified,
  inForceFrom: article.inForceFrom,
  law: article.law,
  clauses: article.clauses.map(clauseItem),
  ...(on ? { applied: appliedOn(article, on) } : {}),
})

export const penalCodeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/penal-code',
    {
      schema: {
        tags: ['Sổ thụ lý'],
        summary: 'Danh mục tội danh Bộ luật Hình sự',
        querystring: PenalCodeQuery,
        response: { 200: PenalCodePage },
      },
    },
    async (request) => ({
      items: (request.query.q ? searchArticles(request.query.q, 30) : PENAL_ARTICLES).map((a) =>
        toItem(a, request.query.on),
      ),
    }),
  )
}
