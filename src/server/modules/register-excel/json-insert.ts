// Ids for rows built in memory before they are written (bulk-create.ts).
import { getTableName, sql } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import type { Executor } from '../../db/client.ts'

/** Ids drawn from a table's serial sequence in one round trip, ascending. */
export const drawIds = async (tx: Executor, table: PgTable, count: number): Promise<number[]> => {
  if (count === 0) return []
  const [row] = await tx
    .select({ ids: sql<string>`string_agg(nextval(pg_get_serial_sequence(${getTableName(table)}, 'id'))::text, ',')` })
    .from(sql`generate_series(1, ${count}::int)`)
  return (row?.ids ?? '')
    .split(',')
    .map(Number)
    .sort((a, b) => a - b)
}
