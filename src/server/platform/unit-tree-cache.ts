// Every request needs the unit tree to decide access. It is small (a few thousand units
// nationally) and rarely changes, so each instance caches it and re-reads it only when the
// 'units' counter, bumped in the same transaction as every unit write, has moved. That keeps
// several instances behind a load balancer consistent without any message bus.
import { asc, eq, sql } from 'drizzle-orm'
import { buildUnitTree, type UnitTree } from '@/domain/units/unit-tree.ts'
import type { UnitLevel } from '@/shared/vocabulary.ts'
import type { Database, Executor } from '../db/client.ts'
import { appCounters, units } from '../db/schema.ts'

const UNITS_COUNTER = 'units'

export const bumpUnitsVersion = async (tx: Executor): Promise<void> => {
  await tx
    .insert(appCounters)
    .values({ key: UNITS_COUNTER, value: 1 })
    .onConflictDoUpdate({ target: appCounters.key, set: { value: sql`${appCounters.value} + 1` } })
}

export type UnitTreeCache = { get: () => Promise<UnitTree> }

export const createUnitTreeCache = (db: Database): UnitTreeCache => {
  let cached: { version: number; tree: UnitTree } | null = null
  let loading: Promise<{ version: number; tree: UnitTree }> | null = null

  const load = async (version: number) => {
    const rows = await db
      .select({
        id: units.id,
        code: units.code,
        name: units.name,
        level: units.level,
        parentId: units.parentId,
        successorId: units.successorId,
        validFrom: units.validFrom,
        validTo: units.validTo,
      })
      .from(units)
      .orderBy(asc(units.sortOrder), asc(units.id))

    return { version, tree: buildUnitTree(rows.map((r) => ({ ...r, level: r.level as UnitLevel }))) }
  }

  return {
    get: async () => {
      const [row] = await db
        .select({ value: appCounters.value })
        .from(appCounters)
        .where(eq(appCounters.key, UNITS_COUNTER))
      const version = row?.value ?? 0
      if (cached && cached.version === version) return cached.tree
      // Concurrent requests share one reload instead of each reading the table.
      loading ??= load(version).finally(() => {
        loading = null
      })
      cached = await loading

      return cached.tree
    },
  }
}
