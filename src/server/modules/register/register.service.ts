// The register: matters and the procedural acts recorded on them. Every entry point checks
// access first; every write is one transaction that locks the matter, validates the act
// against the matter's history, stores it, derives stage and deadlines again, and audits.
import type { CreateMatter, EventInput, MatterDetail, SubjectInput } from '@/shared/api/register.ts'
import { validateNewEvent, withArticleIds } from '@/domain/register/index.ts'
import type { WorkingCalendar } from '@/domain/calendar/index.ts'
import type { Database, Executor } from '../../db/client.ts'
import { AppError, isErrorCode } from '../../platform/app-error.ts'
import { authorize, can, type RequestContext } from '../../platform/actor.ts'
import { writeAudit } from '../../platform/audit.ts'
import { loadWorkingCalendar } from '../calendar/index.ts'
import { toDetail } from './register.mapping.ts'
import { personNames as namesOf } from '../people/index.ts'
import {
  factsOf,
  findEventRow,
  findMatter,
  findStaffStanding,
  insertEventRow,
  insertMatterRow,
  insertSubjectRows,
  isMatterNumberTaken,
  loadMatter,
  lockMatter,
  toRegisterEvent,
  voidEventRow,
  withEventRow,
  type LoadedMatter,
  type MatterRow,
} from './register.repository.ts'
import { rederiveMatter, type MovedDeadline } from './recompute.ts'
import { findRule } from '@/domain/deadlines/index.ts'

const NOT_FOUND = () => new AppError('MATTER_NOT_FOUND', 'Không tìm thấy vụ việc')
const originOf = (ctx: RequestContext) => ({ actorId: ctx.actor.personId, ip: ctx.ip, requestId: ctx.requestId })

const detailOf = async (
  tx: Executor,
  ctx: RequestContext,
  loaded: LoadedMatter,
  moved?: MovedDeadline[],
): Promise<MatterDetail> => {
  const names = await namesOf(tx, [
    loaded.matter.prosecutorId,
    ...loaded.events.flatMap((e) => [e.recordedBy, e.voidedBy]),
    ...loaded.deadlines.map((d) => d.responsibleId),
  ])
  const detail = toDetail(loaded, ctx.tree, names, ctx.today)
  if (!moved) return detail

  return {
    ...detail,
    moved: moved.map((m) => ({
      key: m.key,
      ruleName: findRule(m.ruleCode, loaded.matter.receivedOn)?.name ?? m.ruleCode,
      from: m.from,
      to: m.to,
    })),
  }
}

/** A matter outside the caller's reach answers exactly like a missing one. */
const visibleMatter = async (
  tx: Executor,
  ctx: RequestContext,
  id: number,
  { lock = false } = {},
): Promise<MatterRow> => {
  const matter = lock ? await lockMatter(tx, id) : await findMatter(tx, id)
  if (!matter || !can(ctx, 'matter.read', matter.unitId)) throw NOT_FOUND()
  return matter
}

/** Problems found by the pure validator become one 422 answer with every field's message. */
const assertValidEvent = (
  loaded: Pick<LoadedMatter, 'matter' | 'subjects' | 'events'>,
  input: EventInput,
  today: string,
  calendar: WorkingCalendar,
) => {
  const problems = validateNewEvent(
    factsOf(loaded),
    { ...input, occurredAt: input.occurredAt ?? null, subjectId: input.subjectId ?? null },
    today,
    calendar,
  )
  if (problems.length === 0) return
  const first = problems[0]!
  const code = isErrorCode(first.code) ? first.code : 'EVENT_INVALID'
  throw new AppError(
    code,
    first.message,
    problems.map((p) => ({ path: p.path, message: p.message })),
  )
}

const insertEvent = async (tx: Executor, ctx: RequestContext, matter: MatterRow, input: EventInput) => {
  return insertEventRow(tx, {
    matterId: matter.id,
    unitId: matter.unitId,
    subjectId: input.subjectId ?? null,
    type: input.type,
    occurredOn: input.occurredOn,
    occurredAt: input.occurredAt ?? null,
    documentNumber: input.documentNumber ?? null,
    issuingBody: input.issuingBody ?? null,
    data: withArticleIds(input.data),
    recordedBy: ctx.actor.personId,
  })
}

/**
 * Derives the matter again from the rows held (the matter, its subjects, its acts with the one
 * just written, its deadlines before), with the calendar already loaded for the validation, and
 * stores the plan: nothing is read twice (issue 11, item 8).
 */
const recompute = async (tx: Executor, loaded: LoadedMatter, calendar: WorkingCalendar, today: string) => {
  const { moved, stored } = await rederiveMatter(tx, loaded, calendar, today)
  return { moved, reloaded: stored }
}

const assertProsecutor = async (tx: Executor, ctx: RequestContext, prosecutorId: number | null | undefined) => {
  if (prosecutorId === null || prosecutorId === undefined) return
  const person = await findStaffStanding(tx, prosecutorId)
  if (!person || !person.active || !can(ctx, 'person.read', person.unitId))
    throw new AppError('MATTER_INVALID_PROSECUTOR', 'Kiểm sát viên được phân công không hợp lệ', [
      { path: 'prosecutorId', message: 'Chọn kiểm sát viên thuộc phạm vi của bạn' },
    ])
}

export const createMatter = async (db: Database, ctx: RequestContext, input: CreateMatter): Promise<MatterDetail> => {
  authorize(ctx, 'matter.write', input.unitId)
  const today = ctx.today

  return db.transaction(async (tx) => {
    await assertProsecutor(tx, ctx, input.prosecutorId)
    if (await isMatterNumberTaken(tx, input.unitId, input.number))
      throw new AppError('MATTER_NUMBER_TAKEN', `Số thụ lý "${input.number}" đã có trong đơn vị`, [
        { path: 'number', message: 'Số thụ lý đã tồn tại' },
      ])

    const matter = await insertMatterRow(tx, {
      unitId: input.unitId,
      kind: input.kind,
      number: input.number,
      title: input.title,
      receivedOn: input.initialEvent.occurredOn,
      prosecutorId: input.prosecutorId ?? null,
      // INITIAL_STAGE until recompute below derives the stage from the opening act; the
      // database accepts only real stage codes (matters_stage_check).
      stage: 'moi_thu_ly',
      stageLabel: 'Mới thụ lý',
      createdBy: ctx.actor.personId,
    })
    const subjects = await insertSubjectRows(
      tx,
      input.subjects.map((s) => ({
        matterId: matter.id,
        unitId: input.unitId,
        fullName: s.fullName,
        birthYear: s.birthYear ?? null,
        gender: s.gender ?? null,
      })),
    )
    // The opening act is checked like any other, against a matter with no history yet.
    const calendar = await loadWorkingCalendar(tx, matter.receivedOn)
    assertValidEvent({ matter: matter, subjects, events: [] }, input.initialEvent, today, calendar)
    const event = await insertEvent(tx, ctx, matter, input.initialEvent)
    const { reloaded } = await recompute(tx, { matter, subjects, events: [event], deadlines: [] }, calendar, today)
    await writeAudit(tx, originOf(ctx), {
      action: 'create',
      entity: 'matter',
      entityId: matter.id,
      matterId: matter.id,
      unitId: matter.unitId,
      after: {
        kind: input.kind,
        number: input.number,
        title: input.title,
        subjects: input.subjects.map((s) => s.fullName),
        initialEvent: input.initialEvent.type,
      },
    })

    return detailOf(tx, ctx, reloaded)
  })
}

export const getMatter = async (db: Database, ctx: RequestContext, id: number): Promise<MatterDetail> =>
  db.transaction(async (tx) => {
    const matter = await visibleMatter(tx, ctx, id)
    // Reading case data is audited (DESIGN.md principle 5).
    await writeAudit(tx, originOf(ctx), {
      action: 'read',
      entity: 'matter',
      entityId: id,
      matterId: id,
      unitId: matter.unitId,
    })
    return detailOf(tx, ctx, await loadMatter(tx, matter))
  })

export const addSubject = async (
  db: Database,
  ctx: RequestContext,
  id: number,
  input: SubjectInput,
): Promise<MatterDetail> =>
  db.transaction(async (tx) => {
    const matter = await visibleMatter(tx, ctx, id, { lock: true })
    authorize(ctx, 'matter.write', matter.unitId)
    const [subject] = await insertSubjectRows(tx, [
      {
        matterId: id,
        unitId: matter.unitId,
        fullName: input.fullName,
        birthYear: input.birthYear ?? null,
        gender: input.gender ?? null,
      },
    ])
    const { reloaded } = await recompute(
      tx,
      await loadMatter(tx, matter),
      await loadWorkingCalendar(tx, matter.receivedOn),
      ctx.today,
    )
    await writeAudit(tx, originOf(ctx), {
      action: 'create',
      entity: 'matter_subject',
      entityId: subject!.id,
      matterId: id,
      unitId: matter.unitId,
      after: input,
    })
    return detailOf(tx, ctx, reloaded)
  })

export const recordEvent = async (
  db: Database,
  ctx: RequestContext,
  id: number,
  input: EventInput,
): Promise<MatterDetail> =>
  db.transaction(async (tx) => {
    const matter = await visibleMatter(tx, ctx, id, { lock: true })
    authorize(ctx, 'matter.write', matter.unitId)
    const loaded = await loadMatter(tx, matter)
    // The official calendar decides whether an extension or suspension still fits its limit.
    const calendar = await loadWorkingCalendar(tx, matter.receivedOn)
    assertValidEvent(loaded, input, ctx.today, calendar)
    const event = await insertEvent(tx, ctx, matter, input)
    const { moved, reloaded } = await recompute(
      tx,
      { ...loaded, events: withEventRow(loaded.events, event) },
      calendar,
      ctx.today,
    )
    await writeAudit(tx, originOf(ctx), {
      action: 'create',
      entity: 'matter_event',
      entityId: event.id,
      matterId: id,
      unitId: matter.unitId,
      after: input,
    })
    return detailOf(tx, ctx, reloaded, moved)
  })

export const voidEvent = async (
  db: Database,
  ctx: RequestContext,
  id: number,
  eventId: number,
  reason: string,
): Promise<MatterDetail> =>
  db.transaction(async (tx) => {
    const matter = await visibleMatter(tx, ctx, id, { lock: true })
    authorize(ctx, 'matter.write', matter.unitId)
    const event = await findEventRow(tx, eventId)
    if (!event || event.matterId !== id)
      throw new AppError('EVENT_NOT_FOUND', 'Không tìm thấy hành vi tố tụng trong vụ việc này')
    if (event.voidedAt !== null) throw new AppError('EVENT_ALREADY_VOIDED', 'Hành vi tố tụng này đã bị hủy trước đó')
    const loaded = await loadMatter(tx, matter)
    // The opening act cannot be voided: without it the matter has no start.
    if (loaded.events.filter((e) => e.voidedAt === null)[0]?.id === eventId)
      throw new AppError(
        'EVENT_IS_OPENING',
        'Không thể hủy hành vi mở đầu vụ việc; hãy sửa thông tin vụ việc hoặc liên hệ quản trị',
      )
    const after = await voidEventRow(tx, eventId, ctx.actor.personId, reason)
    const { moved, reloaded } = await recompute(
      tx,
      { ...loaded, events: withEventRow(loaded.events, after) },
      await loadWorkingCalendar(tx, matter.receivedOn),
      ctx.today,
    )
    await writeAudit(tx, originOf(ctx), {
      action: 'update',
      entity: 'matter_event',
      entityId: eventId,
      matterId: id,
      unitId: matter.unitId,
      before: toRegisterEvent(event),
      after: { ...toRegisterEvent(after), voidReason: reason },
    })
    return detailOf(tx, ctx, reloaded, moved)
  })
