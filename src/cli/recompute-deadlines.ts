// `kiemsat recompute-deadlines`: derive every matter's deadlines again with the code now
// running. Needed once after an upgrade that changes how a limit is counted (the Điều 134
// reading of a month as 30 days for custody and detention, the custody deduction of Điều 118
// khoản 4): the stored deadlines were derived by the old code, and a matter is otherwise only
// derived again when it is next written to. The report says how many deadlines moved and how
// many moved earlier — each of those is a day on which someone might have been held too long.
import { todayInVietnam } from '@/server/platform/time.ts'
import { asc, inArray } from 'drizzle-orm'
import type { Database, Executor } from '@/server/db/client.ts'
import { deadlines, matters } from '@/server/db/schema.ts'
import type { CalendarMove } from '@/server/modules/calendar/index.ts'
import { recomputeMatters } from '@/server/modules/register/index.ts'
import { writeAudit } from '@/server/platform/audit.ts'
import { loadConfig } from '@/server/platform/config.ts'
import { formatDate, formatNumber } from '@/shared/format.ts'
import { describeTarget, openMigrated } from './database.ts'
import { progressBar } from './progress.ts'

export type RecomputeSummary = {
  matters: number
  moved: number
  earlier: number
  later: number
  /** Moves per rule, most first: which counting change moved what. */
  byRule: { ruleName: string; moved: number; earlier: number }[]
  /** Up to `examples` moves, the earliest-moving first: what a procurator should look at first. */
  examples: CalendarMove[]
  seconds: number
}

const isEarlier = (m: CalendarMove) => m.from !== null && m.to !== null && m.to < m.from
const isLater = (m: CalendarMove) => m.from !== null && m.to !== null && m.to > m.from
const daysEarlier = (m: CalendarMove) => (Date.parse(m.from!) - Date.parse(m.to!)) / 86_400_000

const movesByRule = (moves: CalendarMove[]) => {
  const byRule = new Map<string, { ruleName: string; moved: number; earlier: number }>()
  for (const m of moves) {
    const row = byRule.get(m.ruleCode) ?? { ruleName: m.ruleName, moved: 0, earlier: 0 }
    row.moved += 1
    if (isEarlier(m)) row.earlier += 1
    byRule.set(m.ruleCode, row)
  }
  return [...byRule.values()].sort((a, b) => b.moved - a.moved)
}

/** The matters to derive again: those with a deadline still running (all matters with `all`). */
const mattersToRecompute = async (db: Executor, all: boolean): Promise<number[]> => {
  const rows = all
    ? await db.select({ id: matters.id }).from(matters).orderBy(asc(matters.id))
    : await db
        .selectDistinct({ id: deadlines.matterId })
        .from(deadlines)
        .where(inArray(deadlines.status, ['open', 'suspended']))
        .orderBy(asc(deadlines.matterId))
  return rows.map((r) => r.id)
}

/**
 * Re-derives the matters in transactions of `batch` matters (a failure loses at most one batch,
 * and a rerun is idempotent: a matter already derived by this code moves nothing). One audit
 * row records the run and its counts.
 */
export const recomputeAllDeadlines = async (
  db: Database,
  options: { batch: number; all: boolean; examples?: number; onProgress?: (done: number, total: number) => void },
): Promise<RecomputeSummary> => {
  const started = performance.now()
  const ids = await mattersToRecompute(db, options.all)
  // One day for the whole run, so that a run crossing midnight derives every matter alike.
  const today = todayInVietnam()
  const moves: CalendarMove[] = []
  for (let i = 0; i < ids.length; i += options.batch) {
    const slice = ids.slice(i, i + options.batch)
    moves.push(...(await db.transaction((tx) => recomputeMatters(tx, slice, today))))
    options.onProgress?.(Math.min(i + options.batch, ids.length), ids.length)
  }
  const summary: RecomputeSummary = {
    matters: ids.length,
    moved: moves.length,
    earlier: moves.filter(isEarlier).length,
    later: moves.filter(isLater).length,
    byRule: movesByRule(moves),
    examples: [...moves]
      .sort((a, b) => (isEarlier(b) ? daysEarlier(b) : -1) - (isEarlier(a) ? daysEarlier(a) : -1))
      .slice(0, options.examples ?? 10),
    seconds: (performance.now() - started) / 1000,
  }
  await writeAudit(
    db,
    { actorId: null, ip: null, requestId: 'cli' },
    {
      action: 'update',
      entity: 'deadline',
      entityId: null,
      unitId: null,
      after: {
        command: 'recompute-deadlines',
        all: options.all,
        matters: summary.matters,
        moved: summary.moved,
        earlier: summary.earlier,
        later: summary.later,
      },
    },
  )
  return summary
}

export const runRecomputeDeadlines = async ({
  batch,
  all,
}: {
  batch?: string | undefined
  all: boolean
}): Promise<number> => {
  const config = loadConfig()
  const size = batch === undefined ? (config.databaseUrl ? 200 : 50) : Number(batch)
  if (!Number.isInteger(size) || size < 1 || size > 10_000) throw new Error('--batch phải là số nguyên từ 1 đến 10000')
  const handle = await openMigrated(config)
  try {
    console.log(`Tính lại thời hạn trên ${describeTarget(config)}…`)
    const progress = progressBar()
    const summary = await recomputeAllDeadlines(handle.db, {
      batch: size,
      all,
      onProgress: (done, total) => progress(done, total, 'hồ sơ'),
    })
    console.log(
      `Đã tính lại ${formatNumber(summary.matters)} hồ sơ trong ${summary.seconds.toFixed(1)} giây: ` +
        `${formatNumber(summary.moved)} thời hạn thay đổi, ${formatNumber(summary.earlier)} sớm hơn, ${formatNumber(summary.later)} muộn hơn.`,
    )
    for (const r of summary.byRule)
      console.log(`  ${r.ruleName}: ${formatNumber(r.moved)} thay đổi, ${formatNumber(r.earlier)} sớm hơn`)
    if (summary.examples.length > 0) console.log('Ví dụ (sớm hơn nhiều nhất trước):')
    for (const m of summary.examples)
      console.log(
        `  ${m.matterNumber}: ${m.ruleName} ${m.from ? formatDate(m.from) : '—'} → ${m.to ? formatDate(m.to) : '—'}`,
      )
  } finally {
    await handle.close()
  }
  return 0
}
