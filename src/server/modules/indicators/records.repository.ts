// The drill-down's SQL: the records behind a figure (the compiled items of a numerator or a
// denominator, src/server/modules/indicators/compile-sql.ts) with their matter, unit, prosecutor
// and subject, paged, each page carrying the list's total and figure; and a figure per prosecutor.
import { sql, type SQL } from 'drizzle-orm'
import type { MatterKind } from '@/domain/register/matter-kinds.ts'
import type { Executor } from '../../db/client.ts'
import { runQuery } from './figures.repository.ts'

export type ItemRow = {
  matter_id: number
  subject_id: number | null
  unit_id: number
  unit_name: string
  number: string
  title: string
  kind: MatterKind
  received_on: string
  stage_label: string
  prosecutor_name: string | null
  subject_name: string | null
  amount: number | null
}

/** The records of `items`, newest first, with the list's total and figure on every row. */
export const findItemRows = async (
  db: Executor,
  items: SQL,
  prosecutorId: number | undefined,
  page: { limit: number; offset: number } | null,
) =>
  runQuery<ItemRow & { total: number; figure: number }>(
    db,
    sql`WITH items AS (${items})
      SELECT it.matter_id, it.subject_id, it.unit_id, u.name AS unit_name, m.number, m.title, m.kind, m.received_on::text AS received_on, m.stage_label,
             p.full_name AS prosecutor_name, s.full_name AS subject_name, it.amount,
             (count(*) OVER ())::int AS total, (coalesce(sum(it.amount) OVER (), count(*) OVER ()))::float8 AS figure
        FROM items it
        JOIN matters m ON m.id = it.matter_id
        JOIN units u ON u.id = it.unit_id
        LEFT JOIN people p ON p.id = m.prosecutor_id
        LEFT JOIN matter_subjects s ON s.id = it.subject_id
       WHERE ${prosecutorId === undefined ? sql`true` : sql`m.prosecutor_id = ${prosecutorId}`}
       ORDER BY m.received_on DESC, m.id DESC, it.subject_id
       ${page ? sql`LIMIT ${page.limit} OFFSET ${page.offset}` : sql``}`,
  )

/** A part's figure per prosecutor of the matters (null: not assigned). */
export const figuresByProsecutor = async (db: Executor, items: SQL) =>
  runQuery<{ prosecutor_id: number | null; figure: number }>(
    db,
    sql`WITH items AS (${items})
        SELECT prosecutor_id, (coalesce(sum(amount), count(*)))::float8 AS figure FROM items GROUP BY prosecutor_id`,
  )
