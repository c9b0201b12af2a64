// The dashboard and the leadership home are what fifty people open at eight on a Monday, for the
// same few units and periods. Their answers are kept in memory, keyed by what they are computed
// from, and served as they are while the inputs have not moved: the register (register_changes,
// appended by triggers on every write), the targets and closed periods (the 'indicator_inputs'
// counter, bumped by triggers) and the unit tree (a new tree object whenever its counter moves).
// One read of two counters answers "still fresh?"; nothing is recomputed or re-read otherwise
// (issue 12, speed). Any register write anywhere makes every answer stale: rebuilding one from
// the per-unit figure cache costs a few milliseconds, and only the units written to recompute.
import { sql } from 'drizzle-orm'
import type { UnitTree } from '@/domain/units/unit-tree.ts'
import type { Executor } from '../../db/client.ts'
import { runQuery } from './figures.repository.ts'

/** What every memoized answer depends on besides its own key. */
export type InputsStamp = string

export const inputsStampOf = async (db: Executor): Promise<InputsStamp> => {
  const [row] = await runQuery<{ register: string | number; inputs: string | number }>(
    db,
    sql`SELECT coalesce((SELECT max(id) FROM register_changes), 0) AS register,
               coalesce((SELECT value FROM app_counters WHERE key = 'indicator_inputs'), 0) AS inputs`,
  )
  return `${row?.register ?? 0}:${row?.inputs ?? 0}`
}

type Entry = { stamp: InputsStamp; answer: Promise<unknown> }

/** Answers kept per unit tree; the oldest are dropped past this many per tree. */
const CAPACITY = 400

const memoByTree = new WeakMap<UnitTree, Map<string, Entry>>()

/**
 * The answer for `key` computed at `stamp`, or `compute()`'s, kept for the next caller with the
 * same stamp. Concurrent callers share one computation; a failed one is not kept.
 */
export const memoized = async <T>(
  tree: UnitTree,
  key: string,
  stamp: InputsStamp,
  compute: () => Promise<T>,
): Promise<T> => {
  let entries = memoByTree.get(tree)
  if (!entries) {
    entries = new Map()
    memoByTree.set(tree, entries)
  }
  const found = entries.get(key)
  if (found && found.stamp === stamp) {
    // Most recently used last, so the oldest is the first to go.
    entries.delete(key)
    entries.set(key, found)
    return found.answer as Promise<T>
  }
  const answer = compute()
  const entry: Entry = { stamp, answer }
  entries.delete(key)
  entries.set(key, entry)
  if (entries.size > CAPACITY) entries.delete(entries.keys().next().value!)
  answer.catch(() => {
    if (entries.get(key) === entry) entries.delete(key)
  })
  return answer
}
