// The recompute after an official-calendar change, as the background job it now is: how long
// the change takes to answer (with its notice), how long until the job is done, and what
// ordinary requests cost meanwhile, against the same requests before the change.
// Run bench/register-dataset.ts first (any --matters; its bench_* users are used).
//
// 1. Baseline: --concurrency loops of ordinary requests (my deadlines, unit deadlines, a matters
//    list) for --baseline-seconds; p50/p99.
// 2. As the demo administrator, POST /api/calendar/official a day off on the working day of the
//    coming month on which the most open deadlines end (or --date). Time to the answer (the
//    notice: matters and deadlines to recompute, the job id), then poll the job's status
//    until done: time to done. The same ordinary requests run all along; their p50/p99.
// 3. DELETE the day again (its own job moves the deadlines back), measured the same way. The
//    database ends as it began (but for updated_at and the job rows).
//
//   npx tsx bench/calendar-recompute-job.ts [--engine pglite] [--date YYYY-MM-DD] [--batch N (default 50; 10 on PGlite)]
//                                           [--concurrency 4] [--baseline-seconds 10] [--max-seconds 900]
import { loadWorkingCalendar } from '../src/server/modules/calendar/calendar.service.ts'
import { todayInVietnam } from '../src/server/platform/time.ts'
import { describeTarget, targetFrom } from './lib/engine.ts'
import { startServer, type Agent, type BenchServer } from './lib/server.ts'
import { codeVersion, count, intFlag, machine, millis, now, parseFlags, percentile, seconds } from './lib/report.ts'

const flags = parseFlags(process.argv.slice(2))
const target = targetFrom(flags)
const BATCH = flags.batch === undefined ? undefined : intFlag(flags, 'batch', 50)
const CONCURRENCY = intFlag(flags, 'concurrency', 4)
const BASELINE_SECONDS = intFlag(flags, 'baseline-seconds', 10)
const MAX_SECONDS = intFlag(flags, 'max-seconds', 900)

const busiestDay = async (server: BenchServer, today: string): Promise<string> => {
  if (typeof flags.date === 'string') return flags.date
  const calendar = await loadWorkingCalendar(server.db, '1900-01-01')
  const rows = await server.raw.query<{ day: string }>(
    `SELECT to_char(due_date, 'YYYY-MM-DD') AS day FROM deadlines
      WHERE status = 'open' AND due_date BETWEEN $1::date + 1 AND $1::date + 31 GROUP BY due_date ORDER BY count(*) DESC`,
    [today],
  )
  const day = rows.find((r) => !calendar.isDayOff(r.day))
  if (!day) throw new Error('no open deadline ends on a working day of the coming month')
  return day.day
}

/** Signs in the benchmark dataset's user, or the demo one of the same role on a demo database. */
const signInEither = async (server: BenchServer, bench: string, demo: string): Promise<Agent> =>
  server.signIn(bench).catch(() => server.signIn(demo))

type Load = { stop: () => Promise<number[]> }

/** --concurrency loops over the ordinary requests until stopped; each request's time in ms. */
const startLoad = (urls: { agent: Agent; url: string }[]): Load => {
  const times: number[] = []
  let stopping = false
  let failures = 0
  const loop = async (offset: number) => {
    for (let i = offset; !stopping; i++) {
      const { agent, url } = urls[i % urls.length]!
      const res = await agent.get(url)
      if (res.status !== 200) failures++
      times.push(res.ms)
    }
  }
  const loops = Array.from({ length: CONCURRENCY }, (_, k) => loop(k))
  return {
    stop: async () => {
      stopping = true
      await Promise.all(loops)
      if (failures > 0) console.log(`  (${count(failures)} ordinary requests did not answer 200)`)
      return times.sort((a, b) => a - b)
    },
  }
}

const describeTimes = (times: number[]) =>
  `${count(times.length)} ordinary requests, p50 ${millis(percentile(times, 50))} ms, p99 ${millis(percentile(times, 99))} ms, max ${millis(times.at(-1) ?? NaN)} ms`

type Measured = {
  status: number
  noticeMs: number
  doneMs: number | null
  matters: number
  deadlines: number
  moved: number | null
  final: string
  times: number[]
}

/** One change while the load runs: the answer, then the job's status polled until it ends. */
const measureChange = async (
  admin: Agent,
  urls: { agent: Agent; url: string }[],
  change: () => Promise<{ status: number; ms: number; body: any }>,
): Promise<Measured & { body: any }> => {
  const load = startLoad(urls)
  const started = now()
  const res = await change()
  const noticeMs = now() - started
  const notice = res.body?.recompute
  let final = notice ? 'queued' : 'no job (nothing to recompute)'
  let doneMs: number | null = notice ? null : noticeMs
  let moved: number | null = notice ? null : 0
  while (notice && now() - started < MAX_SECONDS * 1000) {
    const status = (await admin.get(`/api/calendar/recomputes/${notice.jobId}`)).body
    if (status.status === 'done' || status.status === 'failed') {
      doneMs = now() - started
      final = `${status.status}: ${status.message}`
      moved = status.moved
      break
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const times = await load.stop()
  return {
    body: res.body,
    status: res.status,
    noticeMs,
    doneMs,
    matters: notice?.matters ?? 0,
    deadlines: notice?.deadlines ?? 0,
    moved,
    final,
    times,
  }
}

const report = (label: string, m: Measured) => {
  console.log(
    `${label} → ${m.status}; notice in ${millis(m.noticeMs)} ms: ${count(m.deadlines)} deadlines of ${count(m.matters)} matters to recompute`,
  )
  console.log(`  job ${m.final}`)
  console.log(
    `  done ${m.doneMs === null ? `not within ${MAX_SECONDS} s` : `${seconds(m.doneMs)} after the request`}; ${m.moved === null ? '?' : count(m.moved)} deadlines moved`,
  )
  console.log(`  meanwhile: ${describeTimes(m.times)}`)
}

const main = async () => {
  const server = await startServer(target, {
    poolSize: Math.max(4, CONCURRENCY + 2),
    config: { calendarRecomputeBatch: BATCH },
  })
  const today = todayInVietnam()
  const [sizes] = await server.raw.query<{ matters: string; deadlines: string }>(
    `SELECT (SELECT count(*) FROM matters)::text AS matters, (SELECT count(*) FROM deadlines)::text AS deadlines`,
  )
  console.log(
    `calendar-recompute-job: ${describeTarget(target)}, ${count(Number(sizes!.matters))} matters, ${count(Number(sizes!.deadlines))} deadlines, today ${today}; batches of ${BATCH ?? 'the default number of'} matters, ${CONCURRENCY} request loops; ${machine()}; ${codeVersion()}\n`,
  )

  const admin = await server.signIn('admin')
  const ksv = await signInEither(server, 'bench_ksv', 'ksv')
  const leader = await signInEither(server, 'bench_lanhdao', 'lanhdao')
  const urls = [
    { agent: ksv, url: '/api/deadlines?scope=mine' },
    { agent: ksv, url: '/api/deadlines?scope=unit' },
    { agent: leader, url: '/api/deadlines?scope=unit' },
    { agent: leader, url: '/api/matters' },
  ]

  const date = await busiestDay(server, today)
  const existing = await server.raw.query<{ id: number }>(
    `SELECT id FROM official_calendar_entries WHERE date = $1::date`,
    [date],
  )
  for (const e of existing) await admin.send('DELETE', `/api/calendar/official/${e.id}`)
  const [open] = await server.raw.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM deadlines WHERE status = 'open' AND due_date = $1::date`,
    [date],
  )
  console.log(`day off on ${date}: ${count(Number(open!.n))} open deadlines end that day\n`)

  const baseline = startLoad(urls)
  await new Promise((resolve) => setTimeout(resolve, BASELINE_SECONDS * 1000))
  const before = await baseline.stop()
  console.log(`baseline (${BASELINE_SECONDS} s, no recompute): ${describeTimes(before)}\n`)

  const added = await measureChange(admin, urls, () =>
    admin.send('POST', '/api/calendar/official', {
      date,
      kind: 'day_off',
      reason: 'Nghỉ bù (đo hiệu năng)',
      legalSource: 'Thông báo thử nghiệm',
    }),
  )
  report(`POST /api/calendar/official (day off ${date})`, added)
  if (added.status !== 201) throw new Error(`the change failed: ${JSON.stringify(added.body).slice(0, 300)}`)
  console.log()
  const removed = await measureChange(admin, urls, () =>
    admin.send('DELETE', `/api/calendar/official/${added.body.id}`),
  )
  report(`DELETE /api/calendar/official/${added.body.id}`, removed)

  console.log('\nsummary')
  console.log(`  baseline p99 ${millis(percentile(before, 99))} ms`)
  for (const [label, m] of [
    ['add', added],
    ['remove', removed],
  ] as const)
    console.log(
      `  ${label}: notice ${millis(m.noticeMs)} ms, done ${m.doneMs === null ? '—' : seconds(m.doneMs)} (${count(m.matters)} matters, ${m.moved ?? '?'} moved), ordinary p99 meanwhile ${millis(percentile(m.times, 99))} ms`,
    )
  await server.close()
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
