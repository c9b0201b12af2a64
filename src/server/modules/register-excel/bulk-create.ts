// Stores many new matters in the caller's transaction, as createMatter stores one: the
// matter, its subjects, its opening act, and the stage, charges and deadlines derived
// from that act by the pure core — but in bulk. Ids are drawn from the sequences first, so
// everything is derived in memory with its final ids (the row plan, register/row-plan.ts) and
// written by the register's writeRowPlans with one INSERT per table and batch, instead of
// insert → reload → recompute → update for every matter.
import type { WorkingCalendar } from '@/domain/calendar/index.ts'
import { planMatterRows, withArticleIds } from '@/domain/register/index.ts'
import type { MatterFacts } from '@/domain/register/types.ts'
import type { CreateMatter } from '@/shared/api/register.ts'
import type { Executor } from '../../db/client.ts'
import { matterEvents, matters, matterSubjects } from '../../db/schema.ts'
import type { RequestContext } from '../../platform/actor.ts'
import { type NewMatterRows, writeRowPlans } from '../register/index.ts'
import { drawIds } from './json-insert.ts'

export type CreatedCounts = { matters: number; subjects: number; deadlines: number }

export const createMattersInTx = async (
  tx: Executor,
  ctx: RequestContext,
  inputs: CreateMatter[],
  calendar: WorkingCalendar,
  today: string,
): Promise<CreatedCounts> => {
  const subjectCount = inputs.reduce((n, m) => n + m.subjects.length, 0)
  const [matterIds, eventIds, subjectIds] = [
    await drawIds(tx, matters, inputs.length),
    await drawIds(tx, matterEvents, inputs.length),
    await drawIds(tx, matterSubjects, subjectCount),
  ]

  let nextSubject = 0
  // One entry time for the import, written on the acts and on the deadlines they start.
  const recordedAt = new Date().toISOString()

  const created: NewMatterRows[] = inputs.map((input, i) => {
    const [matterId, eventId] = [matterIds[i]!, eventIds[i]!]
    const subjects = input.subjects.map((s) => ({ ...s, id: subjectIds[nextSubject++]! }))
    const event = input.initialEvent
    const facts: MatterFacts = {
      kind: input.kind,
      receivedOn: event.occurredOn,
      subjects: subjects.map((s) => ({ id: s.id, fullName: s.fullName })),
      events: [
        {
          id: eventId,
          type: event.type as MatterFacts['events'][number]['type'],
          occurredOn: event.occurredOn,
          occurredAt: event.occurredAt ?? null,
          subjectId: event.subjectId ?? null,
          documentNumber: event.documentNumber ?? null,
          issuingBody: event.issuingBody ?? null,
          data: event.data,
          voided: false,
          sequence: eventId,
        },
      ],
    }
    // The rows an act recorded online would store (register/row-plan.ts).
    const plan = planMatterRows(facts, calendar, today, {
      responsibleId: input.prosecutorId ?? null,
      entered: new Map([[eventId, recordedAt]]),
    })

    return {
      matter: {
        id: matterId,
        unitId: input.unitId,
        kind: input.kind,
        number: input.number,
        title: input.title,
        receivedOn: event.occurredOn,
        prosecutorId: input.prosecutorId ?? null,
        createdBy: ctx.actor.personId,
      },
      subjects: subjects.map((subject) => ({
        id: subject.id,
        matterId,
        unitId: input.unitId,
        fullName: subject.fullName,
        birthYear: subject.birthYear ?? null,
        gender: subject.gender ?? null,
      })),
      events: [
        {
          id: eventId,
          matterId,
          unitId: input.unitId,
          subjectId: event.subjectId ?? null,
          type: event.type,
          occurredOn: event.occurredOn,
          occurredAt: event.occurredAt ?? null,
          documentNumber: event.documentNumber ?? null,
          issuingBody: event.issuingBody ?? null,
          data: withArticleIds(event.data),
          recordedBy: ctx.actor.personId,
          recordedAt,
        },
      ],
      plan,
    }
  })

  await writeRowPlans(tx, { kind: 'new', matters: created })

  return {
    matters: created.length,
    subjects: subjectCount,
    deadlines: created.reduce((n, m) => n + m.plan.deadlines.length, 0),
  }
}
