// SQL of the emulation history (issue 14 items 2, 8): a person's years across units and a unit's
// years across the 2025 merger (units.successor_id), with the awards held.
import { and, asc, eq, inArray, isNotNull, lte } from 'drizzle-orm'
import type { Executor } from '../../db/client.ts'
import {
  collectiveYearRatings,
  disciplinaryReviews,
  emulationAwards,
  initiatives,
  people,
  personDisciplines,
  personServiceStarts,
  personYearRatings,
  units,
} from '../../db/schema.ts'

export type AwardRow = typeof emulationAwards.$inferSelect

export const personRow = async (tx: Executor, id: number) => {
  const [row] = await tx
    .select({ id: people.id, fullName: people.fullName, unitId: people.unitId })
    .from(people)
    .where(eq(people.id, id))
  return row
}

export const unitRow = async (tx: Executor, id: number) => {
  const [row] = await tx.select({ id: units.id, name: units.name }).from(units).where(eq(units.id, id))
  return row
}

/** The unit and every unit whose successor chain leads to it (a district merged into a regional procuracy). */
export const unitWithPredecessors = async (tx: Executor, unitId: number): Promise<number[]> => {
  const links = await tx
    .select({ id: units.id, successorId: units.successorId })
    .from(units)
    .where(isNotNull(units.successorId))
  const found = [unitId]
  for (let i = 0; i < found.length; i++)
    for (const link of links) if (link.successorId === found[i] && !found.includes(link.id)) found.push(link.id)
  return found
}

export const personRatings = (tx: Executor, personId: number, upToYear: number) =>
  tx
    .select()
    .from(personYearRatings)
    .where(and(eq(personYearRatings.personId, personId), lte(personYearRatings.year, upToYear)))
    .orderBy(asc(personYearRatings.year))

export const personDisciplineRows = (tx: Executor, personIds: number[]) =>
  personIds.length === 0
    ? Promise.resolve([])
    : tx
        .select()
        .from(personDisciplines)
        .where(inArray(personDisciplines.personId, personIds))
        .orderBy(asc(personDisciplines.decidedOn))

export const personReviewRows = (tx: Executor, personId: number) =>
  tx.select().from(disciplinaryReviews).where(eq(disciplinaryReviews.personId, personId))

export const personInitiativeRows = (tx: Executor, personId: number, upToYear: number) =>
  tx
    .select()
    .from(initiatives)
    .where(and(eq(initiatives.personId, personId), lte(initiatives.year, upToYear)))
    .orderBy(asc(initiatives.year))

export const serviceStartOf = async (tx: Executor, personId: number) => {
  const [row] = await tx.select().from(personServiceStarts).where(eq(personServiceStarts.personId, personId))
  return row?.serviceStart ?? null
}

export const awardsOfPeople = (tx: Executor, personIds: number[], upToYear: number) =>
  personIds.length === 0
    ? Promise.resolve([])
    : tx
        .select()
        .from(emulationAwards)
        .where(and(inArray(emulationAwards.personId, personIds), lte(emulationAwards.year, upToYear)))
        .orderBy(asc(emulationAwards.year), asc(emulationAwards.id))

export const awardsOfUnits = (tx: Executor, unitIds: number[], upToYear: number) =>
  tx
    .select()
    .from(emulationAwards)
    .where(and(inArray(emulationAwards.subjectUnitId, unitIds), lte(emulationAwards.year, upToYear)))
    .orderBy(asc(emulationAwards.year), asc(emulationAwards.id))

export const collectiveRatingRows = (tx: Executor, unitIds: number[], upToYear: number) =>
  tx
    .select()
    .from(collectiveYearRatings)
    .where(and(inArray(collectiveYearRatings.unitId, unitIds), lte(collectiveYearRatings.year, upToYear)))
    .orderBy(asc(collectiveYearRatings.year))

export const memberRatingRows = (tx: Executor, unitIds: number[], upToYear: number) =>
  tx
    .select()
    .from(personYearRatings)
    .where(and(inArray(personYearRatings.unitId, unitIds), lte(personYearRatings.year, upToYear)))

export const insertAwardRow = async (tx: Executor, values: typeof emulationAwards.$inferInsert) => {
  const [row] = await tx.insert(emulationAwards).values(values).returning()
  return row!
}
