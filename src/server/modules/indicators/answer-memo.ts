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

/** Both parts only grow, so a stamp read later is at least as large in each. */
const isNewer = (a: InputsStamp, b: InputsStamp): boolean => {
  const [ar, ai] = a.split(':').map(Number) as [number, number]
  const [br, bi] = b.split(':').map(Number) as [number, number]
  return a !== b && ar >= br && ai >= bi
}

type Entry = {
  /** The newest answer computed, and the stamp read before computing it. */
  settled?: { stamp: InputsStamp; value: unknown }
  /** The computation under way for a newer stamp, if any. */
  pending?: { stamp: InputsStamp; promise: Promise<unknown> }
}

/** Answers kept per unit tree; the least recently used are dropped past this many per tree. */
const CAPACITY = 400

const memoByTree = new WeakMap<UnitTree, Map<string, Entry>>()

const entryOf = (tree: UnitTree, key: string): Entry => {
  let entries = memoByTree.get(tree)
  if (!entries) {
    entries = new Map()
    memoByTree.set(tree, entries)
  }
  const entry = entries.get(key) ?? {}
  // Most recently used last, so the oldest is the first to go.
  entries.delete(key)
  entries.set(key, entry)
  if (entries.size > CAPACITY) entries.delete(entries.keys().next().value!)
  return entry
}

/**
 * The answer for `key` at `stamp`:
 * - computed at this stamp already: that answer;
 * - being computed at this stamp for someone else: the previous answer, if there is one. It is
 *   older than the inputs by the length of one computation at most, and nobody but the first
 *   reader after a change waits for a recomputation (a reader who reads after their own write
 *   is that first reader, and sees it);
 * - otherwise computed now, this caller waiting, and kept. A failed computation is not kept.
 */
export const memoized = async <T>(
  tree: UnitTree,
  key: string,
  stamp: InputsStamp,
  compute: () => Promise<T>,
): Promise<T> => {
  const entry = entryOf(tree, key)
  if (entry.settled?.stamp === stamp) return entry.settled.value as T
  if (entry.pending?.stamp === stamp) return (entry.settled ? entry.settled.value : entry.pending.promise) as T
  const promise = compute()
  const pending = { stamp, promise }
  entry.pending = pending
  promise.then(
    (value) => {
      if (!entry.settled || isNewer(stamp, entry.settled.stamp)) entry.settled = { stamp, value }
      if (entry.pending === pending) delete entry.pending
    },
    () => {
      if (entry.pending === pending) delete entry.pending
    },
  )
  return promise
}
