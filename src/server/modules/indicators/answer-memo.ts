// The dashboard and the leadership home are what fifty people open at eight on a Monday, for the
// same few units and periods. Their answers are kept in memory, keyed by what they are computed
// from, and served as they are while the inputs have not moved: the register (register_changes,
// appended by triggers on every write), the targets and closed periods (the 'indicator_inputs'
// counter, bumped by triggers) and the unit tree (a new tree object whenever its counter moves).
// One read of two counters answers "still fresh?"; nothing is recomputed or re-read otherwise
// (issue 12, speed). Any register write anywhere makes every answer stale: rebuilding one from
// the per-unit figure cache costs a few milliseconds, and only the units written to recompute —
// while the first reader after the change waits for that, the others are given the answer
// before it (bench/README.md, "The dashboard under load").
import { sql } from 'drizzle-orm'
import type { Executor } from '../../db/client.ts'
import type { InputsStamp } from '../../platform/answer-memo.ts'
import { runQuery } from './figures.repository.ts'

export const inputsStampOf = async (db: Executor): Promise<InputsStamp> => {
  const [row] = await runQuery<{ register: string | number; inputs: string | number }>(
    db,
    sql`SELECT coalesce((SELECT max(id) FROM register_changes), 0) AS register,
               coalesce((SELECT value FROM app_counters WHERE key = 'indicator_inputs'), 0) AS inputs`,
  )
  return `${row?.register ?? 0}:${row?.inputs ?? 0}`
}
