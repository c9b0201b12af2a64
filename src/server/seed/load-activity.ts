// Writes the generated demo register (src/demo/activity.ts) into a database that already
// holds the demo organisation, in one transaction. Going through the register service
// matter by matter would take minutes; instead ids are assigned here, each matter's row plan
// (src/domain/register/row-plan.ts: state and deadlines) is derived in memory as recomputeMatter
// derives it, and the register's writeRowPlans stores the rows by batches. The rows stored are exactly those recomputeMatter would store
// (test/integration/demo-activity.int.test.ts proves it).
import { sql } from 'drizzle-orm'
import type { IsoDate, WorkingCalendar } from '@/domain/calendar/index.ts'
import { planMatterRows } from '@/domain/register/index.ts'
import { factsOf, resolveEventData } from '@/demo/activity-facts.ts'
import { demoEntryTime } from '@/demo/entry-time.ts'
import type { DemoActivity, DemoMatter, DemoProsecutor } from '@/demo/activity-types.ts'
import type { Database, Executor } from '../db/client.ts'
import { people, units } from '../db/schema.ts'
import { writeAudit } from '../platform/audit.ts'
import { timeOfDayInVietnam } from '../platform/time.ts'
import { loadWorkingCalendar } from '../modules/calendar/index.ts'
import { type NewMatterRows, writeRowPlans } from '../modules/register/index.ts'
import type { Progress } from './load-organisation.ts'

export type LoadActivityOptions = {
  /** The day the deadlines' statuses are derived for (Vietnam time): the generator's `today`. */
  today: IsoDate
  /** The time of day (HH:MM, Vietnam) now: no act of `today` is entered after it. Default: the wall clock. */
  nowTime?: string
  onProgress?: Progress
}

export type LoadActivityResult = { matters: number; subjects: number; events: number; deadlines: number }

const BATCH = 500

const maxId = async (tx: Executor, table: 'matters' | 'matter_subjects' | 'matter_events'): Promise<number> => {
  const result = await tx.execute(sql`select coalesce(max(id), 0)::text as n from ${sql.identifier(table)}`)
  const rows = (Array.isArray(result) ? result : (result as { rows: { n: string }[] }).rows) as { n: string }[]
  return Number(rows[0]?.n ?? 0)
}

/** Unit codes and procurators to ids: a procurator by e-mail, else by name within the unit. */
const resolvers = async (tx: Executor) => {
  const unitRows = await tx.select({ id: units.id, code: units.code }).from(units)
  const unitIds = new Map(unitRows.map((u) => [u.code, u.id]))
  const personRows = await tx
    .select({ id: people.id, email: people.email, fullName: people.fullName, unitId: people.unitId })
    .from(people)
  const byEmail = new Map(personRows.filter((p) => p.email !== null).map((p) => [p.email!, p.id]))
  const byName = new Map(personRows.map((p) => [`${p.unitId}|${p.fullName}`, p.id]))
  const unitId = (code: string): number => {
    const id = unitIds.get(code)
    if (id === undefined) throw new Error(`Đơn vị ${code} chưa có trong cơ sở dữ liệu: hãy nạp tổ chức mẫu trước`)
    return id
  }
  const personId = (p: DemoProsecutor | null): number | null => {
    if (p === null) return null
    const id =
      (p.email !== null ? byEmail.get(p.email) : undefined) ?? byName.get(`${unitId(p.unitCode)}|${p.fullName}`)
    if (id === undefined)
      throw new Error(`Không tìm thấy kiểm sát viên ${p.fullName} (${p.unitCode}) trong cơ sở dữ liệu`)
    return id
  }
  return { unitId, personId }
}

/** One matter's rows, with ids given from the counters, and its row plan: stage, charges, measures and deadlines. */
const matterRows = (
  matter: DemoMatter,
  ids: { matter: number; subjects: number[]; events: number[] },
  refs: { unitId: number; prosecutorId: number | null },
  calendar: WorkingCalendar,
  today: IsoDate,
  nowTime: string,
): NewMatterRows => {
  const facts = factsOf(matter, ids)
  const { unitId, prosecutorId } = refs
  // Recorded by the assigned procurator, on the day of the act, at a time of the working day.
  const entered = new Map(
    matter.events.map((e, i) => [
      ids.events[i]!,
      `${e.occurredOn} ${demoEntryTime(ids.events[i]!, e.occurredAt, e.occurredOn === today ? nowTime : null)}:00+07`,
    ]),
  )
  return {
    matter: {
      id: ids.matter,
      unitId,
      kind: matter.kind,
      number: matter.number,
      title: matter.title,
      receivedOn: facts.receivedOn,
      prosecutorId,
    },
    subjects: matter.subjects.map((s, i) => ({
      id: ids.subjects[i]!,
      matterId: ids.matter,
      unitId,
      fullName: s.fullName,
      birthYear: s.birthYear,
      gender: s.gender,
    })),
    events: matter.events.map((e, i) => ({
      id: ids.events[i]!,
      matterId: ids.matter,
      unitId,
      subjectId: e.subjectIndex === null ? null : ids.subjects[e.subjectIndex]!,
      type: e.type,
      occurredOn: e.occurredOn,
      occurredAt: e.occurredAt,
      documentNumber: e.documentNumber,
      issuingBody: e.issuingBody,
      data: resolveEventData(e.data, ids.subjects),
      recordedBy: prosecutorId,
      recordedAt: entered.get(ids.events[i]!)!,
    })),
    // The rows recomputeMatter would store (register/row-plan.ts).
    plan: planMatterRows(facts, calendar, today, { responsibleId: prosecutorId, entered }),
  }
}

export const loadDemoActivity = async (
  db: Database,
  activity: DemoActivity,
  options: LoadActivityOptions,
): Promise<LoadActivityResult> => {
  const { today, nowTime = timeOfDayInVietnam(), onProgress = () => {} } = options
  return db.transaction(async (tx) => {
    const { unitId, personId } = await resolvers(tx)
    const earliest = activity.matters.reduce(
      (min, m) => (m.events[0] && m.events[0].occurredOn < min ? m.events[0].occurredOn : min),
      today,
    )
    // The official calendar (days off decreed by the Government), as the register service reads it.
    const calendar = await loadWorkingCalendar(tx, earliest)
    const next = {
      matter: await maxId(tx, 'matters'),
      subject: await maxId(tx, 'matter_subjects'),
      event: await maxId(tx, 'matter_events'),
    }
    const planned: NewMatterRows[] = activity.matters.map((matter) => {
      const ids = {
        matter: ++next.matter,
        subjects: matter.subjects.map(() => ++next.subject),
        events: matter.events.map(() => ++next.event),
      }
      return matterRows(
        matter,
        ids,
        { unitId: unitId(matter.unitCode), prosecutorId: personId(matter.prosecutor) },
        calendar,
        today,
        nowTime,
      )
    })

    const result = {
      matters: planned.length,
      subjects: planned.reduce((n, m) => n + m.subjects.length, 0),
      events: planned.reduce((n, m) => n + m.events.length, 0),
      deadlines: planned.reduce((n, m) => n + m.plan.deadlines.length, 0),
    }
    const total = result.matters + result.subjects + result.events + result.deadlines
    const labels = {
      matters: 'Vụ việc',
      subjects: 'Bị can, đương sự',
      events: 'Hành vi tố tụng',
      deadlines: 'Thời hạn',
    }
    let done = 0
    await writeRowPlans(tx, {
      kind: 'new',
      matters: planned,
      batch: BATCH,
      onBatch: (table, rows) => {
        done += rows
        onProgress(done, total, labels[table])
      },
    })
    // Ids were given here: move the sequences past them so the next matter recorded gets a fresh one.
    for (const table of ['matters', 'matter_subjects', 'matter_events'] as const) {
      await tx.execute(
        sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select max(id) from ${sql.identifier(table)}))`,
      )
    }

    await writeAudit(
      tx,
      { actorId: null, ip: null, requestId: null },
      { action: 'create', entity: 'demo_activity', entityId: null, unitId: null, after: { ...result, today } },
    )
    return result
  })
}
