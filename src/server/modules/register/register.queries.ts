// Lists over the register: matters with search, filters, sorting and paging; deadlines by
// person or unit and urgency. Both stay within the units the caller may read.
import { createHash } from 'node:crypto'
import { and, asc, count, desc, eq, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm'
import { union } from 'drizzle-orm/pg-core'
import type { z } from 'zod'
import type { DeadlineQuery as DeadlineQuerySchema, MatterQuery as MatterQuerySchema } from '@/shared/api/register.ts'
import { CUSTODY_DETENTION_RULE_CODES, type DueDateRange, dueDateRangeOf } from '@/domain/deadlines/index.ts'
import { reachOf } from '@/domain/units/unit-tree.ts'
import type { Database } from '../../db/client.ts'
import { deadlines, matters, matterSubjects } from '../../db/schema.ts'
import { AppError } from '../../platform/app-error.ts'
import { permittedUnits, type RequestContext } from '../../platform/actor.ts'
import { toDeadline, toSummary } from './register.mapping.ts'
import { registerVersionOf, subjectsByMatter } from './register.repository.ts'
import { memoized } from '../../platform/answer-memo.ts'
import { personNames as namesOf } from '../people/index.ts'
import { containsPattern } from '@/server/platform/like.ts'

type MatterQuery = z.output<typeof MatterQuerySchema>
type DeadlineQuery = z.output<typeof DeadlineQuerySchema>

/** The units to list: the caller's readable units, narrowed to one unit (and its subtree). */
const unitsToList = (ctx: RequestContext, unitId: number | undefined, subtree: boolean): number[] => {
  const readable = permittedUnits(ctx, 'matter.read')
  if (unitId === undefined) return [...readable]
  if (!readable.has(unitId)) throw new AppError('UNIT_NOT_FOUND', 'Không tìm thấy đơn vị')
  const wanted = subtree ? reachOf(ctx.tree, unitId) : new Set([unitId])
  return [...readable].filter((id) => wanted.has(id))
}

// Number, summary or a subject's name, accent-insensitive (search_normalize, migration 0001).
// Written as a union of three searches, each narrowed to the units and served by its own
// trigram index (migration 0004): one OR across the tables made PostgreSQL scan every matter
// (3–10 s on 1.2 million matters, bench/register-search.ts).
const matchesText = (db: Database, q: string, unitIds: number[]): SQL =>
  inArray(
    matters.id,
    union(
      db
        .select({ id: matters.id })
        .from(matters)
        .where(
          and(
            inArray(matters.unitId, unitIds),
            sql`lower(${matters.number}) like ${containsPattern(sql`lower(${q})`)}`,
          ),
        ),
      db
        .select({ id: matters.id })
        .from(matters)
        .where(
          and(
            inArray(matters.unitId, unitIds),
            sql`search_normalize(${matters.title}) like ${containsPattern(sql`search_normalize(${q})`)}`,
          ),
        ),
      db
        .select({ id: matterSubjects.matterId })
        .from(matterSubjects)
        .where(
          and(
            inArray(matterSubjects.unitId, unitIds),
            sql`search_normalize(${matterSubjects.fullName}) like ${containsPattern(sql`search_normalize(${q})`)}`,
          ),
        ),
    ),
  )

/** Matters with a subject charged under the article, found from the subjects' index. */
const chargedUnder = (db: Database, article: string, unitIds: number[]): SQL =>
  inArray(
    matters.id,
    db
      .select({ id: matterSubjects.matterId })
      .from(matterSubjects)
      .where(and(eq(matterSubjects.chargeArticle, article), inArray(matterSubjects.unitId, unitIds))),
  )

const ORDER = {
  receivedOn: [asc(matters.receivedOn), asc(matters.id)],
  '-receivedOn': [desc(matters.receivedOn), desc(matters.id)],
  number: [asc(matters.number), asc(matters.id)],
  '-number': [desc(matters.number), desc(matters.id)],
  nextDueDate: [sql`${matters.nextDueDate} asc nulls last`, asc(matters.id)],
  '-updatedAt': [desc(matters.updatedAt), desc(matters.id)],
} as const

export const listMatters = async (db: Database, ctx: RequestContext, query: MatterQuery) => {
  const unitIds = unitsToList(ctx, query.unitId, query.subtree)
  if (unitIds.length === 0) return { items: [], total: 0 }
  const where = and(
    inArray(matters.unitId, unitIds),
    query.kind ? eq(matters.kind, query.kind) : undefined,
    query.q ? matchesText(db, query.q, unitIds) : undefined,
    query.stage ? eq(matters.stage, query.stage) : undefined,
    query.prosecutorId ? eq(matters.prosecutorId, query.prosecutorId) : undefined,
    query.article ? chargedUnder(db, query.article, unitIds) : undefined,
    query.from ? gte(matters.receivedOn, query.from) : undefined,
    query.to ? lte(matters.receivedOn, query.to) : undefined,
    query.closed === 'all' ? undefined : eq(matters.closed, query.closed === 'true'),
  )
  const [total] = await db.select({ n: count() }).from(matters).where(where)
  const rows = await db
    .select()
    .from(matters)
    .where(where)
    .orderBy(...ORDER[query.sort])
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
  const [names, subjects] = [
    await namesOf(
      db,
      rows.map((r) => r.prosecutorId),
    ),
    await subjectsByMatter(
      db,
      rows.map((r) => r.id),
    ),
  ]

  return { items: rows.map((row) => toSummary(row, ctx.tree, names, subjects.get(row.id) ?? [])), total: total?.n ?? 0 }
}

/** The due dates of a band, from the domain's band table (src/domain/deadlines/status.ts). */
const dueIn = (range: DueDateRange): SQL | undefined =>
  'before' in range
    ? lt(deadlines.dueDate, range.before)
    : and(gte(deadlines.dueDate, range.from), lte(deadlines.dueDate, range.to))

/** Urgency bands of open deadlines; "overdue" is an open deadline whose due date has passed. */
const urgencyWhere = (urgency: DeadlineQuery['urgency'], today: string): SQL | undefined => {
  const open = eq(deadlines.status, 'open')
  switch (urgency) {
    case 'overdue':
    case 'due_today':
    case 'due_3':
    case 'due_7':
    case 'week':
      return and(open, dueIn(dueDateRangeOf(urgency, today)))
    case 'open':
      return inArray(deadlines.status, ['open', 'suspended'])
    case 'all':
      return undefined
  }
}

/** The largest page a deadlines page or the home asks for (the Paging schema's own limit). */
const MEMO_MAX_PAGE_SIZE = 200

type DeadlinePage = Awaited<ReturnType<typeof computeDeadlines>>

/**
 * A unit's deadlines (scope 'unit': the leadership home's counts and its custody and detention
 * list, 1.0–1.7 s each on the national register) are kept in memory per unit tree, keyed by the
 * units listed, the query and the day, and served again while the register version of those
 * units has not moved (issue 12, speed). A calendar change moves deadlines only through its
 * recompute, which writes the deadline rows again and so appends register_changes like any act
 * (test/integration/deadlines-memo.int.test.ts). Person names are read with the answer: a renamed
 * prosecutor shows from the next write in those units. "My deadlines" is not kept: it is small.
 */
export const listDeadlines = async (db: Database, ctx: RequestContext, query: DeadlineQuery): Promise<DeadlinePage> => {
  const unitIds = unitsToList(ctx, query.unitId, true)
  // The Excel export asks for thousands of rows at once, rarely: not worth keeping in memory.
  if (query.scope === 'mine' || query.pageSize > MEMO_MAX_PAGE_SIZE) return computeDeadlines(db, ctx, query, unitIds)
  const units = createHash('sha1')
    .update([...unitIds].sort((a, b) => a - b).join(','))
    .digest('hex')
  const { scope, unitId, urgency, group, page, pageSize } = query
  const key = `deadlines|${units}|${ctx.today}|${JSON.stringify({ scope, unitId, urgency, group, page, pageSize })}`
  return memoized(ctx.tree, key, String(await registerVersionOf(db, unitIds)), () =>
    computeDeadlines(db, ctx, query, unitIds),
  )
}

const computeDeadlines = async (db: Database, ctx: RequestContext, query: DeadlineQuery, unitIds: number[]) => {
  const scope = and(
    unitIds.length > 0 ? inArray(deadlines.unitId, unitIds) : sql`false`,
    query.scope === 'mine' ? eq(deadlines.responsibleId, ctx.actor.personId) : undefined,
    query.group === 'detention' ? inArray(deadlines.ruleCode, [...CUSTODY_DETENTION_RULE_CODES]) : undefined,
  )
  const today = ctx.today
  const where = and(scope, urgencyWhere(query.urgency, today))
  const [total] = await db.select({ n: count() }).from(deadlines).where(where)
  const rows = await db
    .select({ deadline: deadlines, matter: matters, subjectName: matterSubjects.fullName })
    .from(deadlines)
    .innerJoin(matters, eq(matters.id, deadlines.matterId))
    .leftJoin(matterSubjects, eq(matterSubjects.id, deadlines.subjectId))
    .where(where)
    .orderBy(sql`${deadlines.dueDate} asc nulls last`, asc(deadlines.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
  const names = await namesOf(
    db,
    rows.map((r) => r.deadline.responsibleId),
  )
  const counts: Record<string, number> = {}
  for (const band of ['overdue', 'due_today', 'due_3', 'due_7', 'week', 'open'] as const) {
    const [row] = await db
      .select({ n: count() })
      .from(deadlines)
      .where(and(scope, urgencyWhere(band, today)))
    counts[band] = row?.n ?? 0
  }

  return {
    items: rows.map((r) =>
      toDeadline(r.deadline, { matter: r.matter, tree: ctx.tree, names, subjectName: r.subjectName, today }),
    ),
    total: total?.n ?? 0,
    counts,
  }
}
