// The daily digest of coming and missed deadlines, per person (their own matters) and, for
// those who lead a unit, per unit. Computed on a schedule, once a day, and stored; several
// instances may race to compute it, and the unique (person, day) key keeps one.
//
// A digest is a snapshot: the page labels it with the time it was prepared (preparedAt) rather
// than preparing it again on every write. One write (an act recorded, a calendar change moving
// thousands of deadlines) touches the digests of every account that can read the unit, up to
// the whole country for the national leadership, and the live list of coming deadlines beside
// it on the home page already shows the present; the digest is the morning's brief, and says so.
import { addDays } from '@/domain/calendar/index.ts'
import { findRule } from '@/domain/deadlines/index.ts'
import { roleAllows, unitsPermitted, type Grant } from '@/domain/access/access-rules.ts'
import type { UnitTree } from '@/domain/units/unit-tree.ts'
import type { Role } from '@/shared/vocabulary.ts'
import type { Database } from '../../db/client.ts'
import type { RequestContext } from '../../platform/actor.ts'
import { toIsoInstant } from '../../platform/time.ts'
import { isEmptySection, summariseDeadlines, type DigestDeadline, type DigestSection } from './digest-content.ts'
import {
  findAccountsWithGrants,
  findLatestDigest,
  findOpenDeadlinesDueBy,
  hasDigestsOf,
  insertDigest,
} from './digest.repository.ts'

export type DigestContent = { mine: DigestSection; unit: DigestSection | null }

/** Roles whose digest also covers the whole unit they lead or watch. */
const UNIT_WATCHERS: Role[] = ['head', 'leadership', 'statistics']

const openDeadlinesDueBy = async (db: Database, lastDay: string): Promise<DigestDeadline[]> => {
  const rows = await findOpenDeadlinesDueBy(db, lastDay)

  return rows.map(({ d, number, subjectName }) => ({
    deadlineId: d.id,
    matterId: d.matterId,
    matterNumber: number,
    ruleCode: d.ruleCode,
    ruleName: findRule(d.ruleCode, d.startDate)?.name ?? d.ruleCode,
    subjectName,
    unitId: d.unitId,
    responsibleId: d.responsibleId,
    dueDate: d.dueDate!,
  }))
}

/** Computes and stores today's digest for every active account that works with matters. */
export const computeDigests = async (db: Database, tree: UnitTree, today: string): Promise<number> => {
  const due = await openDeadlinesDueBy(db, addDays(today, 7))
  const { accounts, grants } = await findAccountsWithGrants(db)

  let written = 0
  for (const account of accounts) {
    const own: Grant[] = grants
      .filter((g) => g.personId === account.id)
      .map((g) => ({ role: g.role as Role, unitId: g.unitId }))
    if (!own.some((g) => roleAllows(g.role, 'matter.read'))) continue
    const readable = unitsPermitted(tree, own, 'matter.read')
    const mine = summariseDeadlines(
      due.filter((d) => d.responsibleId === account.id && readable.has(d.unitId)),
      today,
    )
    const watched = own.some((g) => UNIT_WATCHERS.includes(g.role))
      ? unitsPermitted(
          tree,
          own.filter((g) => UNIT_WATCHERS.includes(g.role)),
          'matter.read',
        )
      : null
    const unit = watched
      ? summariseDeadlines(
          due.filter((d) => watched.has(d.unitId)),
          today,
        )
      : null
    const content: DigestContent = { mine, unit }
    if (isEmptySection(mine) && (!unit || isEmptySection(unit))) continue
    if (await insertDigest(db, { personId: account.id, unitId: account.unitId, day: today, content })) written += 1
  }

  return written
}

export const latestDigest = async (db: Database, ctx: RequestContext) => {
  const row = await findLatestDigest(db, ctx.actor.personId, ctx.today)

  return row
    ? { day: row.day, preparedAt: toIsoInstant(row.createdAt), ...(row.content as DigestContent) }
    : { day: null, preparedAt: null, mine: null, unit: null }
}

/**
 * Today's digest, once: the periodic job (src/server/periodic-jobs.ts) runs every hour and at
 * start, and does nothing once today's rows exist. Returns how many were written.
 */
export const computeTodaysDigests = async (db: Database, tree: UnitTree, today: string): Promise<number | null> => {
  if (await hasDigestsOf(db, today)) return null
  return computeDigests(db, tree, today)
}
