// A small seeded PRNG so the demo organisation is reproducible: Math.random would
// give every start-up (and every test run) different people.

export type Random = {
  /** Uniform in [0, 1). */
  next: () => number
  /** Uniform integer in [min, max], both inclusive. */
  int: (min: number, max: number) => number
  chance: (probability: number) => boolean
  pick: <T>(items: readonly T[]) => T
  /** Picks an item with probability proportional to its weight. */
  weighted: <T>(items: readonly (readonly [T, number])[]) => T
}

/** mulberry32: 32-bit state, fast, good enough for demo data (not for anything secret). */
const mulberry32 = (seed: number): (() => number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Derives an independent seed for a sub-stream, so that e.g. adding benchmark
 * provinces does not change the people generated for the demo province.
 */
export const deriveSeed = (seed: number, stream: number): number => {
  let h = (Math.trunc(seed) ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0
  return (h ^ (h >>> 16)) >>> 0
}

export const createRandom = (seed: number): Random => {
  const next = mulberry32(Math.trunc(seed))
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)]
    if (item === undefined) throw new RangeError('pick from an empty list')
    return item
  }
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0)
    let r = next() * total
    for (const [item, weight] of items) {
      r -= weight
      if (r < 0) return item
    }
    const last = items[items.length - 1]
    if (last === undefined) throw new RangeError('weighted pick from an empty list')
    return last[0]
  }
  return { next, int, chance: (p) => next() < p, pick, weighted }
}
