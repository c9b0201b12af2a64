// Reads the register back from the database into the shape of the pure reference evaluator
// (src/domain/indicators/evaluate.ts), so tests can check the SQL engine against it.
import { sql } from 'drizzle-orm'
import type { ReferenceRegister } from '@/domain/indicators/evaluate.ts'
import type { Executor } from '@/server/db/client.ts'
import { runQuery } from '@/server/modules/indicators/figures.repository.ts'

const iso = (value: string | Date | null): string | null => (value === null ? null : new Date(value).toISOString())

export const readReferenceRegister = async (db: Executor): Promise<ReferenceRegister> => {
  const matters = await runQuery<{ id: number; unit_id: number; kind: string; prosecutor_id: number | null }>(
    db,
    sql`SELECT id, unit_id, kind, prosecutor_id FROM matters ORDER BY id`,
  )
  const subjects = await runQuery<{ id: number; matter_id: number }>(
    db,
    sql`SELECT id, matter_id FROM matter_subjects ORDER BY id`,
  )
  const events = await runQuery<{
    id: number
    matter_id: number
    type: string
    occurred_on: string
    subject_id: number | null
    data: Record<string, unknown>
    recorded_at: string
    voided_at: string | null
  }>(
    db,
    sql`SELECT id, matter_id, type, occurred_on::text AS occurred_on, subject_id, data, recorded_at, voided_at FROM matter_events ORDER BY id`,
  )
  // The entry times of the starting and closing acts are read from the acts themselves, not from
  // the copies on `deadlines` that the SQL engine reads: the comparison checks the copies too.
  const deadlines = await runQuery<{
    matter_id: number
    rule_code: string
    subject_id: number | null
    due_date: string | null
    status: string
    closed_on: string | null
    closed_by_type: string | null
    start_recorded_at: string | null
    closed_recorded_at: string | null
  }>(
    db,
    sql`SELECT d.matter_id, d.rule_code, d.subject_id, d.due_date::text AS due_date, d.status, d.closed_on::text AS closed_on, e.type AS closed_by_type,
               s.recorded_at AS start_recorded_at, e.recorded_at AS closed_recorded_at
          FROM deadlines d LEFT JOIN matter_events e ON e.id = d.closed_by_event_id LEFT JOIN matter_events s ON s.id = d.start_event_id ORDER BY d.id`,
  )
  const byId = new Map(
    matters.map((m) => [
      Number(m.id),
      {
        id: Number(m.id),
        unitId: Number(m.unit_id),
        kind: m.kind as never,
        prosecutorId: m.prosecutor_id === null ? null : Number(m.prosecutor_id),
        subjectIds: [] as number[],
        events: [] as never[],
        deadlines: [] as never[],
      },
    ]),
  )
  for (const s of subjects) byId.get(Number(s.matter_id))?.subjectIds.push(Number(s.id))
  for (const e of events)
    (byId.get(Number(e.matter_id))!.events as unknown[]).push({
      id: Number(e.id),
      type: e.type,
      occurredOn: e.occurred_on,
      subjectId: e.subject_id === null ? null : Number(e.subject_id),
      data: e.data,
      recordedAt: iso(e.recorded_at)!,
      voidedAt: iso(e.voided_at),
    })
  for (const d of deadlines)
    (byId.get(Number(d.matter_id))!.deadlines as unknown[]).push({
      ruleCode: d.rule_code,
      subjectId: d.subject_id === null ? null : Number(d.subject_id),
      dueDate: d.due_date,
      status: d.status,
      closedOn: d.closed_on,
      closedByType: d.closed_by_type,
      startRecordedAt: iso(d.start_recorded_at),
      closedRecordedAt: iso(d.closed_recorded_at),
    })
  return { matters: [...byId.values()] as ReferenceRegister['matters'] }
}
