// What an official-calendar change costs at national size, and what re-deriving every open
// deadline costs. Run bench/register-dataset.ts first.
//
// 1. As the demo administrator, POST /api/calendar/official a day off on the working day of
//    the coming month on which the most open deadlines end, and time the answer (the entry
//    and the `moved` list: recomputeForCalendarChange re-derives, in the same transaction,
//    every matter with a deadline whose end could roll over that day). Then DELETE it, which
//    moves them back, and time that too. The database ends as it began (but for updated_at).
//    Since the recompute runs as a background job, the answer is a notice and `moved` is empty:
//    bench/calendar-recompute-job.ts times the notice, the job and requests meanwhile.
// 2. Re-derive every matter that has an open (or suspended) deadline with the server's own
//    recomputeMatter, in transactions of --batch matters — all of them by default, or a
//    --sample of them with the total extrapolated; the run also stops at --max-seconds and
//    extrapolates from what it did. The output says which.
//
//   npx tsx bench/calendar-recompute.ts [--engine pglite] [--date YYYY-MM-DD] [--batch 200]
//                                       [--sample N] [--max-seconds 900] [--concurrency 1] [--skip-api] [--skip-all]
import { asc, inArray } from 'drizzle-orm'
import { matters } from '../src/server/db/schema.ts'
import { loadWorkingCalendar } from '../src/server/modules/calendar/calendar.service.ts'
import { recomputeMatter } from '../src/server/modules/register/recompute.ts'
import { loadMatter } from '../src/server/modules/register/register.repository.ts'
import { todayInVietnam } from '../src/server/platform/time.ts'
import { describeTarget, targetFrom } from './lib/engine.ts'
import { startServer, type BenchServer } from './lib/server.ts'
import { codeVersion, count, intFlag, machine, millis, now, parseFlags, seconds } from './lib/report.ts'

const flags = parseFlags(process.argv.slice(2))
const target = targetFrom(flags)
const pglite = target.engine === 'pglite'
const BATCH = intFlag(flags, 'batch', 200)
const SAMPLE = flags.sample === undefined ? null : intFlag(flags, 'sample', 0)
const MAX_SECONDS = intFlag(flags, 'max-seconds', pglite ? 600 : 900)
const CONCURRENCY = pglite ? 1 : intFlag(flags, 'concurrency', 1)

const busiestDay = async (server: BenchServer, today: string): Promise<string> => {
  if (typeof flags.date === 'string') return flags.date
  const calendar = await loadWorkingCalendar(server.db, '1900-01-01')
  const rows = await server.raw.query<{ day: string; n: string }>(
    `SELECT to_char(due_date, 'YYYY-MM-DD') AS day, count(*)::text AS n FROM deadlines
      WHERE status = 'open' AND due_date BETWEEN $1::date + 1 AND $1::date + 31 GROUP BY due_date ORDER BY count(*) DESC`,
    [today],
  )
  const day = rows.find((r) => !calendar.isDayOff(r.day))
  if (!day) throw new Error('no open deadline ends on a working day of the coming month')
  return day.day
}

const apiChange = async (server: BenchServer, today: string) => {
  const { raw } = server
  const admin = await server.signIn('admin')
  const date = await busiestDay(server, today)
  const existing = await raw.query<{ id: number }>(`SELECT id FROM official_calendar_entries WHERE date = $1::date`, [
    date,
  ])
  for (const e of existing) await admin.send('DELETE', `/api/calendar/official/${e.id}`)

  const [open] = await raw.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM deadlines WHERE status = 'open' AND due_date = $1::date`,
    [date],
  )
  console.log(`day off on ${date}: ${count(Number(open!.n))} open deadlines end that day`)
  // recomputeMatter stamps matters.updated_at: the matters touched since `since` are the ones the change re-derived.
  const clock = async () => (await raw.query<{ t: string }>(`SELECT clock_timestamp()::text AS t`))[0]!.t
  const rederived = async (since: string) =>
    Number(
      (
        await raw.query<{ n: string }>(
          `SELECT count(*)::text AS n FROM matters WHERE updated_at BETWEEN $1::timestamptz AND clock_timestamp()`,
          [since],
        )
      )[0]!.n,
    )

  const beforeAdd = await clock()
  const added = await admin.send('POST', '/api/calendar/official', {
    date,
    kind: 'day_off',
    reason: 'Nghỉ bù (đo hiệu năng)',
    legalSource: 'Thông báo thử nghiệm',
  })
  const movedOut = Array.isArray(added.body?.moved) ? added.body.moved.length : null
  const affected = await rederived(beforeAdd)
  console.log(
    `  POST /api/calendar/official → ${added.status} in ${seconds(added.ms)}: ${movedOut === null ? JSON.stringify(added.body).slice(0, 400) : `${count(movedOut)} deadlines moved, ${count(affected)} matters re-derived`}`,
  )
  if (added.status !== 201)
    return {
      date,
      open: Number(open!.n),
      affected,
      addMs: added.ms,
      moved: null,
      removeMs: null,
      movedBack: null,
      failed: `${added.status} ${JSON.stringify(added.body).slice(0, 300)}`,
    }
  const beforeRemove = await clock()
  const removed = await admin.send('DELETE', `/api/calendar/official/${added.body.id}`)
  const movedBack = Array.isArray(removed.body?.moved) ? removed.body.moved.length : null
  console.log(
    `  DELETE /api/calendar/official/${added.body.id} → ${removed.status} in ${seconds(removed.ms)}: ${movedBack === null ? JSON.stringify(removed.body).slice(0, 400) : `${count(movedBack)} deadlines moved back, ${count(await rederived(beforeRemove))} matters re-derived`}`,
  )
  return {
    date,
    open: Number(open!.n),
    affected,
    addMs: added.ms,
    moved: movedOut,
    removeMs: removed.ms,
    movedBack,
    failed: null,
  }
}

const recomputeOpen = async (server: BenchServer, today: string) => {
  const { db, raw } = server
  const ids = (
    await raw.query<{ matter_id: number }>(
      `SELECT DISTINCT matter_id FROM deadlines WHERE status IN ('open', 'suspended') ORDER BY matter_id`,
    )
  ).map((r) => r.matter_id)
  const wanted =
    SAMPLE === null
      ? ids
      : ids.filter((_, i) => i % Math.max(1, Math.floor(ids.length / SAMPLE)) === 0).slice(0, SAMPLE)
  const calendar = await loadWorkingCalendar(db, '1900-01-01')
  const batches: number[][] = []
  for (let i = 0; i < wanted.length; i += BATCH) batches.push(wanted.slice(i, i + BATCH))
  console.log(
    `\nrecompute: ${count(ids.length)} matters have an open or suspended deadline; re-deriving ${SAMPLE === null ? 'all of them' : `a sample of ${count(wanted.length)}`} in transactions of ${BATCH}, ${CONCURRENCY} at a time`,
  )

  let done = 0
  let moved = 0
  // After a change of the counting rules (run this on a register derived by the previous code),
  // which way the due dates moved: earlier is what a correction towards the law should give.
  let earlier = 0
  let later = 0
  let undated = 0
  let next = 0
  const started = now()
  const worker = async () => {
    while (next < batches.length && now() - started < MAX_SECONDS * 1000) {
      const batch = batches[next++]!
      await db.transaction(async (tx) => {
        const rows = await tx.select().from(matters).where(inArray(matters.id, batch)).orderBy(asc(matters.id))
        for (const matter of rows) {
          const changes = await recomputeMatter(tx, await loadMatter(tx, matter), calendar, today)
          moved += changes.length
          for (const c of changes) {
            if (c.from === null || c.to === null) undated++
            else if (c.to < c.from) earlier++
            else later++
          }
        }
      })
      done += batch.length
      if (done % (BATCH * 10) === 0)
        process.stdout.write(`\r  ${count(done)} / ${count(wanted.length)} (${seconds(now() - started)})   `)
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  const ms = now() - started
  process.stdout.write('\n')
  const perMatter = ms / done
  const complete = done === ids.length
  console.log(
    `  ${count(done)} matters in ${seconds(ms)}: ${millis(perMatter)} ms per matter, ${count(Math.round(1000 / perMatter))} matters/s; ${count(moved)} deadlines changed due date (${count(earlier)} earlier, ${count(later)} later, ${count(undated)} to or from no date)` +
      (complete
        ? ' — measured over all of them'
        : ` — extrapolated to all ${count(ids.length)}: ${seconds(perMatter * ids.length)}`),
  )
  return { all: ids.length, done, ms, perMatter, complete, moved, earlier, later, undated }
}

const main = async () => {
  const server = await startServer(target, { poolSize: Math.max(2, CONCURRENCY + 1) })
  const today = todayInVietnam()
  const [sizes] = await server.raw.query<{ matters: string; deadlines: string }>(
    `SELECT (SELECT count(*) FROM matters)::text AS matters, (SELECT count(*) FROM deadlines)::text AS deadlines`,
  )
  console.log(
    `calendar-recompute: ${describeTarget(target)}, ${count(Number(sizes!.matters))} matters, ${count(Number(sizes!.deadlines))} deadlines, today ${today}; ${machine()}; ${codeVersion()}\n`,
  )
  const api = flags['skip-api'] ? null : await apiChange(server, today)
  const all = flags['skip-all'] ? null : await recomputeOpen(server, today)

  console.log('\nsummary')
  if (api)
    console.log(
      `  day off ${api.date}: ${count(api.open)} open deadlines end that day, ${count(api.affected)} matters re-derived; ` +
        (api.failed
          ? `POST failed after ${seconds(api.addMs)}: ${api.failed}`
          : `POST ${seconds(api.addMs)} (${count(api.moved ?? 0)} moved), DELETE ${seconds(api.removeMs ?? NaN)} (${count(api.movedBack ?? 0)} moved back)`),
    )
  if (all)
    console.log(
      `  every open deadline: ${count(all.all)} matters, ${all.complete ? `${seconds(all.ms)} measured` : `${seconds(all.perMatter * all.all)} extrapolated from ${count(all.done)}`} (${millis(all.perMatter)} ms per matter, ${CONCURRENCY} at a time); ${count(all.moved)} due dates changed: ${count(all.earlier)} earlier, ${count(all.later)} later, ${count(all.undated)} to or from no date`,
    )
  await server.close()
}

await main()
