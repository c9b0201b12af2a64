// The SQL engine against the pure reference evaluator, on both databases, over the demo
// register (18 months of reports, cases, civil and administrative matters) with a history of
// when each act was entered (closing acts of deadlines entered up to 9 days late) and some acts
// voided: for every indicator, every recording unit,
// several periods and "as of" days, the SQL counts equal the reference counts, and the list
// behind each figure holds exactly the reference's items.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { INDICATOR_CATALOGUE } from '@/domain/indicators/catalogue.ts'
import { evaluateMeasure, figureOf, type ReferenceRegister } from '@/domain/indicators/evaluate.ts'
import { parsePeriodKey } from '@/domain/indicators/periods.ts'
import { generateDemoActivity } from '@/demo/activity.ts'
import { generateDemoOrganisation } from '@/demo/organisation.ts'
import { DEMO_PASSWORD } from '@/demo/types.ts'
import { compileItems } from '@/server/modules/indicators/compile-sql.ts'
import { computeFigures, runQuery } from '@/server/modules/indicators/figures.repository.ts'
import { loadDemoActivity } from '@/server/seed/load-activity.ts'
import { loadOrganisation } from '@/server/seed/load-organisation.ts'
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/test-database.ts'
import { readReferenceRegister } from '../support/reference-register.ts'

const TODAY = '2026-03-16'
const organisation = generateDemoOrganisation({ seed: 2026, scale: 1 })
const activity = generateDemoActivity({ seed: 2026, organisation, today: TODAY })

// Periods around the statistics-year boundary and the 01/7/2025 reform; "as of" days before and after.
const CASES: { period: string; asOf: string }[] = [
  { period: 'NTK2026', asOf: TODAY },
  { period: 'NTK2025', asOf: TODAY },
  { period: 'NTK2025', asOf: '2025-11-30' },
  { period: '6T2025', asOf: '2025-08-01' },
  { period: 'T2025-11', asOf: '2025-12-05' },
  { period: 'Q2025-3', asOf: TODAY },
  { period: 'K2025-06-15_2025-07-15', asOf: '2025-07-20' },
]

describe.each(ENGINES)('indicator SQL against the reference evaluator on %s', (engine) => {
  let t: TestDatabase
  let register: ReferenceRegister
  let unitIds: number[]

  beforeAll(async () => {
    t = await createTestDatabase(engine)
    const { db } = t.handle
    await loadOrganisation(db, organisation, DEMO_PASSWORD)
    await loadDemoActivity(db, activity, { today: TODAY })
    // A history of entry: each act entered 0–9 days after it happened, late in the day; one act
    // in 23 voided 3 days after it was entered. Deterministic, from the row ids.
    await db.execute(
      sql`UPDATE matter_events SET recorded_at = ((occurred_on + (id % 10)::int)::text || 'T23:' || lpad((id % 60)::text, 2, '0') || ':00+07:00')::timestamptz`,
    )
    await db.execute(
      sql`UPDATE matter_events SET voided_at = recorded_at + interval '3 days', void_reason = 'Ghi nhầm' WHERE id % 23 = 0`,
    )
    // The deadlines keep the entry times of their starting and closing acts, as recompute would
    // have copied them had the acts been entered so: "as of" a day before a closing act was
    // entered, its deadline is still open.
    await db.execute(sql`UPDATE deadlines d
      SET start_recorded_at = (SELECT e.recorded_at FROM matter_events e WHERE e.id = d.start_event_id),
          closed_recorded_at = (SELECT e.recorded_at FROM matter_events e WHERE e.id = d.closed_by_event_id)`)
    register = await readReferenceRegister(db)
    unitIds = (await runQuery<{ id: number }>(db, sql`SELECT id FROM units ORDER BY id`)).map((r) => Number(r.id))
  }, 120_000)
  afterAll(async () => t?.drop())

  it.each(CASES)('counts every indicator of every unit for $period as of $asOf', async ({ period: key, asOf }) => {
    const period = parsePeriodKey(key)!
    const figures = await computeFigures(t.handle.db, INDICATOR_CATALOGUE, unitIds, {
      periodKey: key,
      from: period.from,
      to: period.to,
      asOf,
    })
    let nonZero = 0
    for (const definition of INDICATOR_CATALOGUE) {
      for (const part of ['numerator', 'denominator'] as const) {
        if (!definition[part]) continue
        const expected = new Map<number, number>()
        const items = evaluateMeasure(definition, part, register, { period, asOf })
        for (const unitId of unitIds)
          expected.set(
            unitId,
            figureOf(
              items.filter((i) => i.unitId === unitId),
              definition.unitOfCount,
            ),
          )
        const actual = new Map(
          unitIds.map((unitId) => [unitId, figures.get(unitId)![definition.code]![part === 'numerator' ? 0 : 1]]),
        )
        expect(Object.fromEntries(actual), `${definition.code} ${part}`).toEqual(Object.fromEntries(expected))
        if (items.length > 0) nonZero++
      }
    }
    // The comparison is not vacuous: most figures have records behind them in the busy periods.
    if (key === 'NTK2026' || key === 'NTK2025') expect(nonZero).toBeGreaterThan(12)
  })

  it('lists exactly the reference items behind every numerator and denominator of the statistics year', async () => {
    const period = parsePeriodKey('NTK2026')!
    for (const definition of INDICATOR_CATALOGUE) {
      for (const part of ['numerator', 'denominator'] as const) {
        if (!definition[part]) continue
        const rows = await runQuery<{ matter_id: number; subject_id: number | null; amount: number | null }>(
          t.handle.db,
          compileItems(definition, part, { unitIds, from: period.from, to: period.to, asOf: TODAY }),
        )
        const actual = rows.map((r) => `${r.matter_id}/${r.subject_id ?? '-'}/${r.amount ?? '-'}`).sort()
        const expected = evaluateMeasure(definition, part, register, { period, asOf: TODAY })
          .map((i) => `${i.matterId}/${i.subjectId ?? '-'}/${i.amount ?? '-'}`)
          .sort()
        expect(actual, `${definition.code} ${part}`).toEqual(expected)
      }
    }
  })
})
