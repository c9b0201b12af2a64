// SQL of the emulation facts (issue 14 item 2): one row writer and reader per table.
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm'
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
} from '../../db/schema.ts'

/** The tables a fact kind lives in, by the entity name the audit log uses. */
export const FACT_TABLES = {
  emulation_rating: personYearRatings,
  emulation_discipline: personDisciplines,
  emulation_review: disciplinaryReviews,
  emulation_initiative: initiatives,
  emulation_collective_rating: collectiveYearRatings,
  emulation_award: emulationAwards,
} as const
export type FactEntity = keyof typeof FACT_TABLES
type FactRow = Record<string, unknown> & { id: number; unitId: number }

export const findFact = async (tx: Executor, entity: FactEntity, id: number): Promise<FactRow | undefined> => {
  const table = FACT_TABLES[entity]
  const [row] = await tx.select().from(table).where(eq(table.id, id))
  return row as FactRow | undefined
}

export const insertFact = async (
  tx: Executor,
  entity: FactEntity,
  values: Record<string, unknown>,
): Promise<FactRow> => {
  const table = FACT_TABLES[entity]
  const [row] = await tx
    .insert(table)
    .values(values as never)
    .returning()
  return row as FactRow
}

export const updateFact = async (
  tx: Executor,
  entity: FactEntity,
  id: number,
  values: Record<string, unknown>,
): Promise<FactRow> => {
  const table = FACT_TABLES[entity]
  const [row] = await tx
    .update(table)
    .set(values as never)
    .where(eq(table.id, id))
    .returning()
  return row as FactRow
}

export const deleteFact = async (tx: Executor, entity: FactEntity, id: number): Promise<void> => {
  const table = FACT_TABLES[entity]
  await tx.delete(table).where(eq(table.id, id))
}

export const findPerson = async (tx: Executor, id: number) => {
  const [row] = await tx
    .select({ id: people.id, fullName: people.fullName, unitId: people.unitId, title: people.title })
    .from(people)
    .where(eq(people.id, id))
  return row
}

export const ratingOf = async (tx: Executor, personId: number, year: number) => {
  const [row] = await tx
    .select({ id: personYearRatings.id })
    .from(personYearRatings)
    .where(and(eq(personYearRatings.personId, personId), eq(personYearRatings.year, year)))
  return row
}

export const collectiveRatingOf = async (tx: Executor, unitId: number, year: number) => {
  const [row] = await tx
    .select({ id: collectiveYearRatings.id })
    .from(collectiveYearRatings)
    .where(and(eq(collectiveYearRatings.unitId, unitId), eq(collectiveYearRatings.year, year)))
  return row
}

/** An award not revoked for the same subject, award and year (one achievement rewarded once). */
export const sameAward = async (
  tx: Executor,
  award: { award: string; personId: number | null; subjectUnitId: number | null; year: number },
  exceptId: number | null,
) => {
  const rows = await tx
    .select({ id: emulationAwards.id })
    .from(emulationAwards)
    .where(
      and(
        eq(emulationAwards.award, award.award as never),
        eq(emulationAwards.year, award.year),
        isNull(emulationAwards.revokedOn),
        award.personId === null
          ? eq(emulationAwards.subjectUnitId, award.subjectUnitId!)
          : eq(emulationAwards.personId, award.personId),
      ),
    )
  return rows.find((r) => r.id !== exceptId)
}

export const findServiceStart = async (tx: Executor, personId: number) => {
  const [row] = await tx.select().from(personServiceStarts).where(eq(personServiceStarts.personId, personId))
  return row
}

export const upsertServiceStart = async (tx: Executor, personId: number, unitId: number, serviceStart: string) => {
  const [row] = await tx
    .insert(personServiceStarts)
    .values({ personId, unitId, serviceStart })
    .onConflictDoUpdate({ target: personServiceStarts.personId, set: { serviceStart, unitId } })
    .returning()
  return row!
}

/** People of a unit now, and people rated in it for the year (who may have moved since). */
export const peopleOfUnitYear = async (tx: Executor, unitId: number, year: number) => {
  const rated = tx
    .select({ personId: personYearRatings.personId })
    .from(personYearRatings)
    .where(and(eq(personYearRatings.unitId, unitId), eq(personYearRatings.year, year)))
  return tx
    .select({ id: people.id, fullName: people.fullName, title: people.title, unitId: people.unitId })
    .from(people)
    .where(or(and(eq(people.unitId, unitId), eq(people.active, true)), inArray(people.id, rated)))
    .orderBy(asc(people.fullName), asc(people.id))
}

export const ratingsOf = async (tx: Executor, personIds: number[], year: number) =>
  personIds.length === 0
    ? []
    : tx
        .select()
        .from(personYearRatings)
        .where(and(inArray(personYearRatings.personId, personIds), eq(personYearRatings.year, year)))

export const disciplinesOfPeople = async (tx: Executor, personIds: number[]) =>
  personIds.length === 0
    ? []
    : tx
        .select()
        .from(personDisciplines)
        .where(inArray(personDisciplines.personId, personIds))
        .orderBy(asc(personDisciplines.decidedOn))

export const reviewsOfPeople = async (tx: Executor, personIds: number[]) =>
  personIds.length === 0
    ? []
    : tx
        .select()
        .from(disciplinaryReviews)
        .where(inArray(disciplinaryReviews.personId, personIds))
        .orderBy(asc(disciplinaryReviews.openedOn))

export const initiativesOfPeople = async (tx: Executor, personIds: number[]) =>
  personIds.length === 0
    ? []
    : tx
        .select()
        .from(initiatives)
        .where(inArray(initiatives.personId, personIds))
        .orderBy(asc(initiatives.year), asc(initiatives.id))

export const serviceStartsOf = async (tx: Executor, personIds: number[]) =>
  personIds.length === 0
    ? []
    : tx.select().from(personServiceStarts).where(inArray(personServiceStarts.personId, personIds))
