// The demo register loaded in bulk on each engine: every row is there, the stored state and
// deadlines are exactly what the register service's recomputeMatter would store, the id
// sequences continue after the loaded rows, and the load takes seconds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { and, asc, count, eq, gt, inArray, lte, sql } from 'drizzle-orm'
import { addDays } from '@/domain/calendar/index.ts'
import { generateDemoActivity } from '@/demo/activity.ts'
import { generateDemoOrganisation } from '@/demo/organisation.ts'
import { createRandom } from '@/demo/random.ts'
import { DEMO_PASSWORD } from '@/demo/types.ts'
import type { Executor } from '@/server/db/client.ts'
import { deadlines, matterEvents, matters, matterSubjects, people } from '@/server/db/schema.ts'
import { loadWorkingCalendar } from '@/server/modules/calendar/calendar.service.ts'
import { recomputeMatter } from '@/server/modules/register/recompute.ts'
import { findMatter, loadMatter } from '@/server/modules/register/register.repository.ts'
import { loadDemoActivity, type LoadActivityResult } from '@/server/seed/load-activity.ts'
import { loadOrganisation } from '@/server/seed/load-organisation.ts'
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/test-database.ts'

// A day with nine months before the July 2025 reform in the window, so history is loaded too.
const TODAY = '2026-03-16'
const organisation = generateDemoOrganisation({ seed: 2026, scale: 1 })
const activity = generateDemoActivity({ seed: 2026, organisation, today: TODAY })
const totals = {
  matters: activity.matters.length,
  subjects: activity.matters.reduce((n, m) => n + m.subjects.length, 0),
  events: activity.matters.reduce((n, m) => n + m.events.length, 0),
}

const rowCount = async (
  db: Executor,
  table: typeof matters | typeof matterSubjects | typeof matterEvents | typeof deadlines,
) => {
  const [row] = await db.select({ n: count() }).from(table)
  return Number(row?.n ?? 0)
}

/** Everything recomputeMatter may write for a matter, without the "updated at" stamps it refreshes. */
const storedState = async (db: Executor, id: number) => {
  const [matter] = await db.select().from(matters).where(eq(matters.id, id))
  const subjects = await db
    .select()
    .from(matterSubjects)
    .where(eq(matterSubjects.matterId, id))
    .orderBy(asc(matterSubjects.id))
  const rows = await db.select().from(deadlines).where(eq(deadlines.matterId, id)).orderBy(asc(deadlines.key))
  const { updatedAt: _m, ...matterFields } = matter!
  return { matter: matterFields, subjects, deadlines: rows.map(({ updatedAt: _d, ...d }) => d) }
}

describe.each(ENGINES)('demo register on %s', (engine) => {
  let t: TestDatabase
  let loaded: LoadActivityResult
  let elapsedMs = 0

  beforeAll(async () => {
    t = await createTestDatabase(engine)
    await loadOrganisation(t.handle.db, organisation, DEMO_PASSWORD)
    const started = performance.now()
    loaded = await loadDemoActivity(t.handle.db, activity, { today: TODAY, nowTime: '08:05' })
    elapsedMs = performance.now() - started
    console.info(
      `[${engine}] ${loaded.matters} vụ việc, ${loaded.subjects} bị can/đương sự, ${loaded.events} hành vi, ${loaded.deadlines} thời hạn: ${Math.round(elapsedMs)} ms`,
    )
  })
  afterAll(async () => t?.drop())

  it('stores every matter, subject and event, and one deadline row per derived deadline', async () => {
    const { db } = t.handle
    expect(loaded).toMatchObject(totals)
    expect(await rowCount(db, matters)).toBe(totals.matters)
    expect(await rowCount(db, matterSubjects)).toBe(totals.subjects)
    expect(await rowCount(db, matterEvents)).toBe(totals.events)
    expect(await rowCount(db, deadlines)).toBe(loaded.deadlines)
    expect(loaded.deadlines).toBeGreaterThan(totals.matters)
  })

  it('spreads the entry times over the working day, and enters no act of today after now (issue 12, item 16)', async () => {
    const rows = await t.handle.db
      .select({
        on: matterEvents.occurredOn,
        at: sql<string>`to_char(${matterEvents.recordedAt} AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI')`,
      })
      .from(matterEvents)
    const times = rows.map((r) => r.at.slice(11))
    expect(new Set(times).size).toBeGreaterThan(300)
    expect(times.filter((x) => x === '16:30').length / times.length).toBeLessThan(0.01)
    expect(rows.every((r) => r.at.slice(0, 10) === r.on)).toBe(true)
    const ofToday = rows.filter((r) => r.on === TODAY)
    expect(ofToday.length).toBeGreaterThan(0)
    expect(ofToday.every((r) => r.at.slice(11) <= '08:05')).toBe(true)
  })

  it('loads in a few seconds', () => {
    expect(elapsedMs).toBeLessThan(20_000)
  })

  it('stores exactly what recomputeMatter stores, for 20 matters drawn at random', async () => {
    const { db } = t.handle
    const random = createRandom(engine === 'pglite' ? 1 : 2)
    const ids = await db.select({ id: matters.id, kind: matters.kind }).from(matters).orderBy(asc(matters.id))
    // Five of each kind, so that reports, cases, civil and administrative matters are all covered.
    const sample = ['crime_report', 'criminal_case', 'civil', 'administrative'].flatMap((kind) => {
      const pool = ids.filter((m) => m.kind === kind)
      return Array.from({ length: 5 }, () => random.pick(pool).id)
    })
    for (const id of sample) {
      const before = await storedState(db, id)
      const moved = await db.transaction(async (tx) => {
        const matter = (await findMatter(tx, id))!
        return recomputeMatter(
          tx,
          await loadMatter(tx, matter),
          await loadWorkingCalendar(tx, matter.receivedOn),
          TODAY,
        )
      })
      expect(moved, `matter ${id}`).toEqual([])
      expect(await storedState(db, id), `matter ${id}`).toEqual(before)
    }
  })

  it('continues the id sequences after the loaded rows', async () => {
    const { db } = t.handle
    const [unit] = await db.select({ unitId: matters.unitId }).from(matters).limit(1)
    const [row] = await db
      .insert(matters)
      .values({
        unitId: unit!.unitId,
        kind: 'civil',
        number: 'thu-nghiem/2026/DS',
        title: 'Vụ việc thử nghiệm',
        receivedOn: TODAY,
        stage: 'moi_thu_ly',
        stageLabel: 'Mới thụ lý',
      })
      .returning({ id: matters.id })
    expect(row!.id).toBe(totals.matters + 1)
    await db.delete(matters).where(eq(matters.id, row!.id))
  })

  it('gives ksv and ksv2 open deadlines due within the coming 7 days', async () => {
    const { db } = t.handle
    for (const username of ['ksv', 'ksv2']) {
      const [person] = await db.select({ id: people.id }).from(people).where(eq(people.username, username))
      const due = await db
        .select({ n: count() })
        .from(deadlines)
        .where(
          and(
            eq(deadlines.responsibleId, person!.id),
            eq(deadlines.status, 'open'),
            gt(deadlines.dueDate, TODAY),
            lte(deadlines.dueDate, addDays(TODAY, 7)),
          ),
        )
      expect(Number(due[0]?.n), username).toBeGreaterThan(0)
    }
    const statuses = await db
      .select({ status: deadlines.status, n: count() })
      .from(deadlines)
      .where(inArray(deadlines.status, ['missed', 'suspended']))
      .groupBy(deadlines.status)
    expect(statuses.map((s) => s.status).sort()).toEqual(['missed', 'suspended'])
  })
})
