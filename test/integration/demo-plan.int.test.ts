// The demo plans (src/demo/plan.ts) loaded on each engine and read through the HTTP API as the
// demo's users see them (issue 13 item 10): the province's Kế hoạch 01/KH-VKS issued with a
// number from the register, its tasks' mix of states on a fixed day, and the one regional
// programme whose target is below the province's caught by the cascade check (QĐ 515/2012).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eq, sql } from 'drizzle-orm'
import { generateDemoOrganisation } from '@/demo/organisation.ts'
import { generateDemoPlans } from '@/demo/plan.ts'
import { auditLog, outgoingDocuments } from '@/server/db/schema.ts'
import { manualClock } from '@/server/platform/time.ts'
import { loadDemoPlans, type LoadPlanResult } from '@/server/seed/load-plan.ts'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type Agent, type TestApp } from '../support/test-app.ts'

const TODAY = '2026-12-04'

describe.each(ENGINES)('demo plans on %s', (engine) => {
  let t: TestApp
  let lanhdao: Agent
  let thongke: Agent
  let loaded: LoadPlanResult

  const ok = (res: { status: number; body: unknown }, status = 200) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status)
    return res.body as any
  }

  beforeAll(async () => {
    // 10:00 in Vietnam on TODAY: the server derives the tasks' states for that day.
    t = await startTestApp(engine, { scale: 1, clock: manualClock(new Date(`${TODAY}T03:00:00Z`)) })
    const organisation = generateDemoOrganisation({ seed: 2025, scale: 1 })
    const started = performance.now()
    loaded = await loadDemoPlans(t.database.handle.db, generateDemoPlans({ seed: 2025, organisation, today: TODAY }))
    console.info(
      `[${engine}] kế hoạch mẫu: ${JSON.stringify(loaded)} trong ${Math.round(performance.now() - started)} ms`,
    )
    lanhdao = await t.signIn('lanhdao')
    thongke = await t.signIn('thongke')
  }, 120_000)
  afterAll(async () => t?.close())

  const provincePlan = async () => {
    const { items } = ok(await lanhdao.get('/api/plans?year=2026'))
    return items.find((p: any) => p.kind === 'annual')
  }
  const programmeOf = async (code: string) => {
    const unitId = await t.unitId(code)
    const { items } = ok(await lanhdao.get('/api/plans?year=2026'))
    return items.find((p: any) => p.unitId === unitId)
  }

  it('lists the province plan as 01/KH-VKS, issued on 04/01/2026, with ten tasks', async () => {
    const plan = await provincePlan()
    expect(plan).toMatchObject({
      numberAndCode: '01/KH-VKS',
      status: 'issued',
      issuedOn: '2026-01-04',
      unitId: await t.unitId('CT'),
      taskCount: 10,
    })
    expect(loaded).toEqual({ plans: 5, targets: 8 + 4 * 3, tasks: 10 + 4 * 3, reports: loaded.reports })
  })

  it("shows the totals of the Government's form with overdue tasks on 04/12/2026", async () => {
    const detail = ok(await lanhdao.get(`/api/plans/${(await provincePlan()).id}`))
    // Hand-worked from the generator's scenarios (src/demo/plan.ts): done on time 1, 2, 3, 6;
    // late 4; overdue 5 and 10; in time 7 (in progress) and 8 (due soon); 9 paused.
    expect(detail.totalsLine).toBe(
      '10 nhiệm vụ; hoàn thành 5 (đúng hạn 4, quá hạn 1); chưa hoàn thành 4 (trong hạn 2, quá hạn 2); tạm dừng, điều chỉnh 1',
    )
    expect(detail.approver).toBe('procuracy_committee')
    expect(detail.signerPrefix).toBe('KT. VIỆN TRƯỞNG')
    expect(detail.tasks.every((task: any) => task.assigneeId !== null)).toBe(true)
  })

  it('shows the programmes below it: three issued, KV8 not', async () => {
    const lower = ok(await lanhdao.get(`/api/plans/${(await provincePlan()).id}/lower`))
    const issued = Object.fromEntries(lower.units.map((u: any) => [u.unitName, u.issued]))
    expect(Object.values(issued).filter(Boolean)).toHaveLength(3)
    const kv8 = await programmeOf('CT.KV8')
    expect(kv8).toMatchObject({ status: 'submitted', numberAndCode: null, kind: 'implementing' })
  })

  it("lists exactly one cascade violation for KV8's programme, and refuses its issue changing nothing", async () => {
    const kv8 = await programmeOf('CT.KV8')
    const cascade = ok(await lanhdao.get(`/api/plans/${kv8.id}/cascade`))
    expect(cascade.violations).toHaveLength(1)
    expect(cascade.violations[0].message).toMatch(/85%.*90%/)
    for (const code of ['CT.KV6', 'CT.KV7', 'CT.KV9']) {
      const other = ok(await lanhdao.get(`/api/plans/${(await programmeOf(code)).id}/cascade`))
      expect(other.violations).toEqual([])
    }

    const documentsBefore = await t.database.handle.db.select().from(outgoingDocuments)
    const auditBefore = await t.auditCount()
    const refused = await thongke.post(`/api/plans/${kv8.id}/transition`, {
      action: 'issue',
      approver: 'chief_procurator',
    })
    expect(refused.status).toBe(422)
    expect(refused.body.error.code).toBe('PLAN_CASCADE_VIOLATIONS')
    expect((await programmeOf('CT.KV8')).status).toBe('submitted')
    expect(await t.database.handle.db.select().from(outgoingDocuments)).toEqual(documentsBefore)
    expect(await t.auditCount()).toBe(auditBefore)
  })

  it('took the numbers from the register and wrote one audit row for the load', async () => {
    const { db } = t.database.handle
    // The province's plan and the three issued programmes, each 01 of its unit's register.
    const documents = await db.select().from(outgoingDocuments)
    expect(documents.map((d) => [d.number, d.code, d.type])).toEqual(Array(4).fill([1, 'KH-VKS', 'ke_hoach']))
    const rows = await db.select().from(auditLog).where(eq(auditLog.entity, 'demo_plan'))
    expect(rows).toHaveLength(1)
    expect(rows[0]!.after).toMatchObject({ plans: 5, tasks: 22, year: 2026 })
    const progress = await db.execute(sql`select count(*)::int as n from plan_task_progress`)
    const n = Number((progress as any).rows?.[0]?.n ?? (progress as any)[0]?.n)
    expect(n).toBe(loaded.reports)
  })
})
