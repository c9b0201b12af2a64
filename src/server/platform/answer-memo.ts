// Answers kept in memory, keyed by what they are computed from, and served as they are while
// their inputs have not moved (issue 12, speed). The caller reads a stamp of those inputs — one
// cheap read of counters that only grow, such as the newest register_changes row of the units
// concerned — and gives it with the answer's key; nothing is recomputed or re-read while the
// stamp is the same. Used by the dashboard and the leadership home (indicators/answer-memo.ts:
// the register, the targets and closed periods) and by the unit's deadline lists
// (register/deadlines-memo.ts). Answers are kept per unit tree: a new tree object (the tree's
// counter moved) starts afresh, so unit names in an answer are never older than the tree.
import type { UnitTree } from '@/domain/units/unit-tree.ts'

/** What a memoized answer depends on besides its own key: counters that only grow, joined by ':'. */
export type InputsStamp = string

/** Every part only grows, so a stamp read later is at least as large in each. */
const isNewer = (a: InputsStamp, b: InputsStamp): boolean => {
  const as = a.split(':').map(Number)
  const bs = b.split(':').map(Number)
  return a !== b && as.length === bs.length && as.every((part, i) => part >= bs[i]!)
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
