// The history the emulation conditions read (issue 14 items 2, 8): a person's years follow them
// across units (their id stays; each year carries the unit of that year), a unit's years include
// those of every predecessor whose successor chain leads to it (a district procuracy merged into a
// regional one on 01/7/2025, Nghị quyết 1001/NQ-UBTVQH15 — DOMAIN.md §1.3). Years are emulation
// years: 01/12 of the year before to 30/11 (DOMAIN.md §6.1).
import { AWARD_CODES, type AwardCode, type QualityRating } from '@/domain/emulation/vocabulary.ts'
import type {
  AwardHeld,
  CollectiveHistory,
  CollectiveYearFacts,
  DisciplineFact,
  PersonHistory,
  PersonYearFacts,
} from '@/domain/emulation/facts.ts'
import type { Database, Executor } from '../../db/client.ts'
import { AppError } from '../../platform/app-error.ts'
import type { RequestContext } from '../../platform/actor.ts'
import { writeAudit } from '../../platform/audit.ts'
import { readablePerson, readableUnit } from './facts.service.ts'
import { sameAward } from './facts.repository.ts'
import {
  type AwardRow,
  awardsOfPeople,
  awardsOfUnits,
  collectiveRatingRows,
  insertAwardRow,
  memberRatingRows,
  personDisciplineRows,
  personInitiativeRows,
  personRatings,
  personReviewRows,
  personRow,
  serviceStartOf,
  unitRow,
  unitWithPredecessors,
} from './history.repository.ts'

/** The emulation year a date falls in: December counts toward the next year (DOMAIN.md §6.1). */
export const emulationYearOf = (date: string): number => {
  const year = Number(date.slice(0, 4))
  return date.slice(5, 7) === '12' ? year + 1 : year
}
const yearStart = (year: number) => `${year - 1}-12-01`
const yearEnd = (year: number) => `${year}-11-30`

/** Disciplines in force at some day of the emulation year. */
const inForceDuring = (year: number, rows: readonly DisciplineFact[]) =>
  rows.filter((d) => d.decidedOn <= yearEnd(year) && (d.inForceUntil === null || d.inForceUntil >= yearStart(year)))

const heldOf = (row: AwardRow): AwardHeld => ({
  award: row.award,
  year: row.year,
  decisionNumber: row.decisionNumber,
  decidedOn: row.decidedOn,
  revokedOn: row.revokedOn,
})

/** A person's history up to a year (inclusive); null when there is no such person. */
export const loadPersonHistory = async (
  db: Executor,
  personId: number,
  upToYear: number,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<PersonHistory | null> => {
  const person = await personRow(db, personId)
  if (!person) return null
  const [ratings, disciplineRows, reviews, inits, serviceStart, awards] = await Promise.all([
    personRatings(db, personId, upToYear),
    personDisciplineRows(db, [personId]),
    personReviewRows(db, personId),
    personInitiativeRows(db, personId, upToYear),
    serviceStartOf(db, personId),
    awardsOfPeople(db, [personId], upToYear),
  ])
  const disciplines: DisciplineFact[] = disciplineRows.map((d) => ({
    form: d.form,
    decidedOn: d.decidedOn,
    inForceUntil: d.inForceUntil,
  }))
  const yearSet = new Set<number>([...ratings.map((r) => r.year), ...inits.map((i) => i.year)])
  for (const d of disciplines) if (emulationYearOf(d.decidedOn) <= upToYear) yearSet.add(emulationYearOf(d.decidedOn))
  const years: PersonYearFacts[] = [...yearSet]
    .sort((a, b) => a - b)
    .map((year) => {
      const rating = ratings.find((r) => r.year === year)
      return {
        year,
        unitId: rating?.unitId ?? person.unitId,
        rating: (rating?.rating ?? null) as QualityRating | null,
        absenceDays: rating?.absenceDays ?? 0,
        maternityDays: rating?.maternityDays ?? 0,
        disciplines: inForceDuring(year, disciplines),
        initiatives: inits
          .filter((i) => i.year === year)
          .map((i) => ({ title: i.title, scope: i.scope, decision: i.decision, recognisedOn: i.recognisedOn })),
      }
    })
  return {
    personId,
    fullName: person.fullName,
    // Without a recorded start the conditions see the earliest known year's first day.
    serviceStart: serviceStart ?? (years[0] ? yearStart(years[0].year) : today),
    years,
    awards: awards.map(heldOf),
    underDisciplinaryReview: reviews.some((r) => r.openedOn <= today && (r.closedOn === null || r.closedOn >= today)),
  }
}

const INDIVIDUAL_TITLES = new Set<AwardCode>([
  'lao_dong_tien_tien',
  'chien_si_thi_dua_co_so',
  'chien_si_thi_dua_nganh',
  'chien_si_thi_dua_toan_quoc',
])

/** A collective's history up to a year, its predecessors' years included; null when no such unit. */
export const loadCollectiveHistory = async (
  db: Executor,
  unitId: number,
  upToYear: number,
): Promise<CollectiveHistory | null> => {
  const unit = await unitRow(db, unitId)
  if (!unit) return null
  const unitIds = await unitWithPredecessors(db, unitId)
  const [own, members, awards] = await Promise.all([
    collectiveRatingRows(db, unitIds, upToYear),
    memberRatingRows(db, unitIds, upToYear),
    awardsOfUnits(db, unitIds, upToYear),
  ])
  const memberIds = [...new Set(members.map((m) => m.personId))]
  const [memberAwards, memberDisciplines] = await Promise.all([
    awardsOfPeople(db, memberIds, upToYear),
    personDisciplineRows(db, memberIds),
  ])
  const yearSet = new Set<number>([...own.map((r) => r.year), ...members.map((m) => m.year)])
  const years: CollectiveYearFacts[] = [...yearSet]
    .sort((a, b) => a - b)
    .map((year) => ({
      year,
      // The successor's own rating first; a predecessor's where the successor had none that year.
      rating: ((own.find((r) => r.year === year && r.unitId === unitId) ?? own.find((r) => r.year === year))?.rating ??
        null) as QualityRating | null,
      members: members
        .filter((m) => m.year === year)
        .map((m) => ({
          personId: m.personId,
          rating: m.rating as QualityRating | null,
          titles: memberAwards
            .filter((a) => a.personId === m.personId && a.year === year && a.revokedOn === null)
            .map((a) => a.award)
            .filter((a) => INDIVIDUAL_TITLES.has(a)),
          disciplines: inForceDuring(
            year,
            memberDisciplines
              .filter((d) => d.personId === m.personId)
              .map((d) => ({ form: d.form, decidedOn: d.decidedOn, inForceUntil: d.inForceUntil })),
          ),
        })),
      // From the plan module (issue 13): not read yet, so the conditions answer "needs evidence".
      plan: null,
      // The block's leading unit comes from the cycle's block scoring (issue 14 item 4).
      ledBlock: false,
    }))
  return { unitId, name: unit.name, years, awards: awards.map(heldOf) }
}

/** Consecutive years ending at the latest year an award was held (not revoked): "N năm liên tục". */
export const streaksOf = (awards: readonly AwardHeld[]) =>
  AWARD_CODES.flatMap((award) => {
    const years = [...new Set(awards.filter((a) => a.award === award && a.revokedOn === null).map((a) => a.year))].sort(
      (a, b) => b - a,
    )
    if (years.length === 0) return []
    let streak = 1
    while (years[streak] === years[0]! - streak) streak++
    return [{ award, lastYear: years[0]!, streak, from: years[0]! - streak + 1 }]
  })

export const personHistoryView = async (db: Database, ctx: RequestContext, personId: number, upToYear: number) => {
  const person = await readablePerson(db, ctx, personId)
  const history = (await loadPersonHistory(db, personId, upToYear, ctx.today))!
  return {
    person: { id: person.id, fullName: person.fullName, unitId: person.unitId, title: person.title },
    history: {
      ...history,
      years: history.years.map((y) => ({ ...y, unitName: ctx.tree.byId.get(y.unitId)?.name ?? '' })),
    },
    streaks: streaksOf(history.awards),
  }
}

export const unitHistoryView = async (db: Database, ctx: RequestContext, unitId: number, upToYear: number) => {
  readableUnit(ctx, unitId)
  const history = (await loadCollectiveHistory(db, unitId, upToYear))!
  const predecessors = (await unitWithPredecessors(db, unitId)).filter((id) => id !== unitId)
  return {
    unit: { id: unitId, name: history.name },
    predecessors: predecessors.map((id) => ({ id, name: ctx.tree.byId.get(id)?.name ?? '' })),
    history,
    streaks: streaksOf(history.awards),
  }
}

export type RecordAward = {
  award: AwardCode
  personId?: number | null
  subjectUnitId?: number | null
  /** The owning unit: the person's unit, or the collective. */
  unitId: number
  year: number
  decisionNumber: string
  decidedOn: string
  decidingBody?: string
  decisionId?: number | null
  amount?: number | null
}

/**
 * Writes an award decided into the history, with its audit row, inside the caller's transaction
 * (the awards module's decisions). Refuses a second award of the same achievement (Luật Thi đua,
 * khen thưởng 2022, Art. 5: one achievement is rewarded once). The caller checks access.
 */
export const recordAward = async (
  tx: Executor,
  origin: { actorId: number | null; ip: string | null; requestId: string | null },
  award: RecordAward,
) => {
  if ((award.personId == null) === (award.subjectUnitId == null)) throw new AppError('EMULATION_AWARD_SUBJECT_INVALID')
  if (
    await sameAward(
      tx,
      {
        award: award.award,
        personId: award.personId ?? null,
        subjectUnitId: award.subjectUnitId ?? null,
        year: award.year,
      },
      null,
    )
  )
    throw new AppError('EMULATION_AWARD_EXISTS')
  const row = await insertAwardRow(tx, {
    award: award.award,
    personId: award.personId ?? null,
    subjectUnitId: award.subjectUnitId ?? null,
    unitId: award.unitId,
    year: award.year,
    decisionNumber: award.decisionNumber,
    decidedOn: award.decidedOn,
    decidingBody: award.decidingBody ?? '',
    decisionId: award.decisionId ?? null,
    amount: award.amount ?? null,
  })
  await writeAudit(tx, origin, {
    action: 'create',
    entity: 'emulation_award',
    entityId: row.id,
    unitId: row.unitId,
    after: row,
  })
  return row
}
