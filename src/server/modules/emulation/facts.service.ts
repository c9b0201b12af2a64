// The facts the emulation conditions read, entered by the unit (issue 14 item 2). Who may do what:
// - read: `emulation.read` over the fact's owning unit, or over its successor (a district
//   procuracy's history belongs to the regional procuracy that took it over on 01/7/2025);
// - write: `emulation.facts.edit` over the owning unit (its head and leadership, the emulation
//   officer): a person's fact is owned by the person's unit (a rating by the unit of its year),
//   a collective's by the collective.
// A person or unit the caller cannot read answers 404 whatever its id, one read but not edited 403.
// Every write runs in one transaction with its audit row; a refused or invalid request changes nothing.
import type { z } from 'zod'
import type {
  AwardInput,
  CollectiveRatingInput,
  DisciplineInput,
  InitiativeInput,
  RatingInput,
  ReviewInput,
} from '@/shared/api/emulation-facts.ts'
import type { Database, Executor } from '../../db/client.ts'
import { AppError } from '../../platform/app-error.ts'
import { authorize, can, type RequestContext } from '../../platform/actor.ts'
import { writeAudit } from '../../platform/audit.ts'
import type { Permission } from '@/domain/access/access-rules.ts'
import {
  collectiveRatingOf,
  deleteFact,
  disciplinesOfPeople,
  type FactEntity,
  findFact,
  findPerson,
  findServiceStart,
  initiativesOfPeople,
  insertFact,
  peopleOfUnitYear,
  ratingOf,
  ratingsOf,
  reviewsOfPeople,
  sameAward,
  serviceStartsOf,
  updateFact,
  upsertServiceStart,
} from './facts.repository.ts'

export const originOf = (ctx: RequestContext) => ({ actorId: ctx.actor.personId, ip: ctx.ip, requestId: ctx.requestId })

/** The unit and its successors, following units.successor_id (the 2025 merger), nearest first. */
export const successorChain = (ctx: RequestContext, unitId: number): number[] => {
  const chain: number[] = []
  let id: number | null | undefined = unitId
  while (id != null && !chain.includes(id)) {
    chain.push(id)
    id = ctx.tree.byId.get(id)?.successorId
  }
  return chain
}

/** The permission over the unit or over a unit that took it over. */
export const reaches = (ctx: RequestContext, permission: Permission, unitId: number): boolean =>
  successorChain(ctx, unitId).some((id) => can(ctx, permission, id))

export const authorizeEdit = (ctx: RequestContext, unitId: number) => {
  if (reaches(ctx, 'emulation.facts.edit', unitId)) return
  authorize(ctx, 'emulation.facts.edit', unitId)
}

/** A person the caller may read (emulation.read over their unit now or the fact's unit), or 404. */
export const readablePerson = async (tx: Executor, ctx: RequestContext, personId: number, alsoUnit?: number) => {
  const person = await findPerson(tx, personId)
  if (!person) throw new AppError('EMULATION_PERSON_NOT_FOUND')
  if (reaches(ctx, 'emulation.read', person.unitId)) return person
  if (alsoUnit !== undefined && reaches(ctx, 'emulation.read', alsoUnit)) return person
  throw new AppError('EMULATION_PERSON_NOT_FOUND')
}

export const readableUnit = (ctx: RequestContext, unitId: number) => {
  const unit = ctx.tree.byId.get(unitId)
  if (!unit || !reaches(ctx, 'emulation.read', unitId)) throw new AppError('EMULATION_UNIT_NOT_FOUND')
  return unit
}

export type FactInputs = {
  emulation_rating: z.infer<typeof RatingInput>
  emulation_discipline: z.infer<typeof DisciplineInput>
  emulation_review: z.infer<typeof ReviewInput>
  emulation_initiative: z.infer<typeof InitiativeInput>
  emulation_collective_rating: z.infer<typeof CollectiveRatingInput>
  emulation_award: z.infer<typeof AwardInput>
}

/** The row values of an input, with its owning unit; checks the caller may write them. */
const rowOf = async <E extends FactEntity>(
  tx: Executor,
  ctx: RequestContext,
  entity: E,
  input: FactInputs[E],
): Promise<Record<string, unknown> & { unitId: number }> => {
  if (entity === 'emulation_collective_rating') {
    const i = input as FactInputs['emulation_collective_rating']
    readableUnit(ctx, i.unitId)
    authorizeEdit(ctx, i.unitId)
    return { ...i }
  }
  if (entity === 'emulation_award') {
    const { unitId, ...i } = input as FactInputs['emulation_award']
    let owner: number
    if (i.personId !== null) owner = (await readablePerson(tx, ctx, i.personId)).unitId
    else owner = readableUnit(ctx, unitId!).id
    authorizeEdit(ctx, owner)
    return { ...i, subjectUnitId: unitId, unitId: owner }
  }
  const i = input as { personId: number; unitId?: number }
  if (i.unitId !== undefined) readableUnit(ctx, i.unitId)
  const person = await readablePerson(tx, ctx, i.personId, i.unitId)
  const owner = i.unitId ?? person.unitId
  authorizeEdit(ctx, owner)
  return { ...input, unitId: owner }
}

/** The law's "once": one rating per person-year, one per collective-year, one award per achievement. */
const assertOnce = async (tx: Executor, entity: FactEntity, row: Record<string, unknown>, exceptId: number | null) => {
  if (entity === 'emulation_rating') {
    const existing = await ratingOf(tx, row.personId as number, row.year as number)
    if (existing && existing.id !== exceptId) throw new AppError('EMULATION_RATING_EXISTS')
  }
  if (entity === 'emulation_collective_rating') {
    const existing = await collectiveRatingOf(tx, row.unitId as number, row.year as number)
    if (existing && existing.id !== exceptId) throw new AppError('EMULATION_COLLECTIVE_RATING_EXISTS')
  }
  if (entity === 'emulation_award' && row.revokedOn == null) {
    const existing = await sameAward(tx, row as never, exceptId)
    if (existing) throw new AppError('EMULATION_AWARD_EXISTS')
  }
}

const auditable = (row: Record<string, unknown>) => {
  const { createdAt: _c, updatedAt: _u, ...rest } = row
  return rest
}

export const createFactIn = async <E extends FactEntity>(
  tx: Executor,
  ctx: RequestContext,
  entity: E,
  input: FactInputs[E],
) => {
  const values = await rowOf(tx, ctx, entity, input)
  await assertOnce(tx, entity, values, null)
  const row = await insertFact(tx, entity, values)
  await writeAudit(tx, originOf(ctx), {
    action: 'create',
    entity,
    entityId: row.id,
    unitId: row.unitId,
    after: auditable(row),
  })
  return row
}

export const createFact = <E extends FactEntity>(db: Database, ctx: RequestContext, entity: E, input: FactInputs[E]) =>
  db.transaction((tx) => createFactIn(tx, ctx, entity, input))

/** The fact if the caller may edit it: one they cannot read answers 404, one read but not edited 403. */
const loadEditable = async (tx: Executor, ctx: RequestContext, entity: FactEntity, id: number) => {
  const before = await findFact(tx, entity, id)
  if (!before || !reaches(ctx, 'emulation.read', before.unitId)) throw new AppError('EMULATION_FACT_NOT_FOUND')
  authorizeEdit(ctx, before.unitId)
  return before
}

export const replaceFact = async <E extends FactEntity>(
  db: Database,
  ctx: RequestContext,
  entity: E,
  id: number,
  input: FactInputs[E],
) =>
  db.transaction(async (tx) => {
    const before = await loadEditable(tx, ctx, entity, id)
    const values = await rowOf(tx, ctx, entity, input)
    await assertOnce(tx, entity, values, id)
    const row = await updateFact(tx, entity, id, {
      ...values,
      ...('updatedAt' in before ? { updatedAt: new Date().toISOString() } : {}),
    })
    await writeAudit(tx, originOf(ctx), {
      action: 'update',
      entity,
      entityId: id,
      unitId: row.unitId,
      before: auditable(before),
      after: auditable(row),
    })
    return row
  })

export const removeFact = async (db: Database, ctx: RequestContext, entity: FactEntity, id: number) =>
  db.transaction(async (tx) => {
    const before = await loadEditable(tx, ctx, entity, id)
    await deleteFact(tx, entity, id)
    await writeAudit(tx, originOf(ctx), {
      action: 'delete',
      entity,
      entityId: id,
      unitId: before.unitId,
      before: auditable(before),
    })
  })

export const setServiceStart = async (db: Database, ctx: RequestContext, personId: number, serviceStart: string) =>
  db.transaction(async (tx) => {
    const person = await readablePerson(tx, ctx, personId)
    authorizeEdit(ctx, person.unitId)
    const before = await findServiceStart(tx, personId)
    const row = await upsertServiceStart(tx, personId, person.unitId, serviceStart)
    await writeAudit(tx, originOf(ctx), {
      action: before ? 'update' : 'create',
      entity: 'emulation_service_start',
      entityId: personId,
      unitId: person.unitId,
      before: before ? auditable(before) : null,
      after: auditable(row),
    })
    return { personId, serviceStart: row.serviceStart }
  })

/** A unit's facts of a year: its people with their rating, disciplines, reviews, initiatives, and its own rating. */
export const unitFacts = async (db: Database, ctx: RequestContext, unitId: number, year: number) => {
  const unit = readableUnit(ctx, unitId)
  const staff = await peopleOfUnitYear(db, unitId, year)
  const ids = staff.map((p) => p.id)
  const [ratings, disciplines, reviews, inits, starts, collective] = await Promise.all([
    ratingsOf(db, ids, year),
    disciplinesOfPeople(db, ids),
    reviewsOfPeople(db, ids),
    initiativesOfPeople(db, ids),
    serviceStartsOf(db, ids),
    collectiveRatingOf(db, unitId, year).then((r) => (r ? findFact(db, 'emulation_collective_rating', r.id) : null)),
  ])
  return {
    unit: { id: unit.id, name: unit.name },
    year,
    canEdit: reaches(ctx, 'emulation.facts.edit', unitId),
    collectiveRating: collective ? auditable(collective) : null,
    people: staff.map((p) => ({
      ...p,
      serviceStart: starts.find((s) => s.personId === p.id)?.serviceStart ?? null,
      rating: (() => {
        const r = ratings.find((x) => x.personId === p.id)
        return r ? auditable(r) : null
      })(),
      disciplines: disciplines.filter((d) => d.personId === p.id).map(auditable),
      reviews: reviews.filter((d) => d.personId === p.id).map(auditable),
      initiatives: inits.filter((d) => d.personId === p.id && d.year === year).map(auditable),
    })),
  }
}
