// Many rows in one INSERT with a single parameter: the rows as one JSON document, unpacked
// by jsonb_to_recordset. Measured on 10,000 matters, building a VALUES list with one bind
// parameter per cell cost more than the database's own work; this costs a JSON.stringify.
import { getTableColumns, getTableName, sql } from 'drizzle-orm'
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core'
import type { Executor } from '../../db/client.ts'

// Serial types create sequences; as a record's field type they are plain integers.
const FIELD_TYPES: Record<string, string> = { serial: 'integer', bigserial: 'bigint' }

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`

/** Inserts rows that all give the same columns (those of the first row); the others take their defaults. */
export const insertAsJson = async <T extends PgTable>(
  tx: Executor,
  table: T,
  rows: T['$inferInsert'][],
  batch = 5_000,
): Promise<void> => {
  const first = rows[0]
  if (!first) return
  const columns = getTableColumns(table) as Record<string, PgColumn>
  const keys = Object.keys(first).filter((key) => columns[key] !== undefined)
  const names = keys.map((key) => columns[key]!.name)
  const list = sql.raw(names.map(quoted).join(', '))
  const fields = sql.raw(
    keys
      .map(
        (key) =>
          `${quoted(columns[key]!.name)} ${FIELD_TYPES[columns[key]!.getSQLType()] ?? columns[key]!.getSQLType()}`,
      )
      .join(', '),
  )
  const target = sql.raw(quoted(getTableName(table)))

  for (let i = 0; i < rows.length; i += batch) {
    const records = rows.slice(i, i + batch).map((row) => {
      const record: Record<string, unknown> = {}
      keys.forEach((key, k) => {
        record[names[k]!] = (row as Record<string, unknown>)[key] ?? null
      })
      return record
    })
    await tx.execute(
      sql`insert into ${target} (${list}) select ${list} from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as r(${fields})`,
    )
  }
}

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
