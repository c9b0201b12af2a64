// The annual work plan through the HTTP API (issue 13): drafting, the cascade check against the
// superior plan (QĐ 515/2012), approval and issue with a number from the outgoing-document
// register, assignment inside the lead unit, progress and appraisal, amendment as a new version,
// and who may do what. Today is fixed at 15/06/2026, inside statistics year 2026 (01/12/2025–30/11/2026).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eq, sql } from 'drizzle-orm'
import { people } from '@/server/db/schema.ts'
import { manualClock } from '@/server/platform/time.ts'
import { ENGINES } from '../support/test-database.ts'
import { auditMark, expectAudited } from '../support/audit.ts'
import { signInOtherProvinceLeader } from '../support/other-province.ts'
import { startTestApp, type Agent, type TestApp } from '../support/test-app.ts'

const YEAR = 2026

describe.each(ENGINES)('the annual work plan on %s', (engine) => {
  let t: TestApp
  let thongke: Agent
  let lanhdao: Agent
  let truongphong: Agent
  let ksv: Agent
  let ksv2: Agent
  let ct: number
  let p1: number
  let kv6: number
  let kv7: number

  const ok = (res: { status: number; body: unknown }, status = 200) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status)
    return res.body as any
  }
  const planCount = async () => {
    const rows = await t.database.handle.db.execute(sql`select count(*)::int as n from plans`)
    return Number((rows as any).rows?.[0]?.n ?? (rows as any)[0]?.n)
  }

  /** A province plan with one target bound to an indicator and two tasks, issued by the committee. */
  const issuedProvincePlan = async (title: string) => {
    const plan = ok(
      await thongke.post('/api/plans', { unitId: ct, year: YEAR, kind: 'annual', title, documentCode: 'KH-VKS' }),
      201,
    )
    ok(
      await thongke.post(`/api/plans/${plan.id}/targets`, {
        indicatorCode: 'TIN_BAO_GIAI_QUYET',
        comparison: '>',
        value: 90,
      }),
      201,
    )
    const p1Task = ok(
      await thongke.post(`/api/plans/${plan.id}/tasks`, {
        title: 'Tăng cường trách nhiệm công tố trong hoạt động điều tra',
        workStream: 'prosecution',
        leadUnitId: p1,
        deadline: '2026-10-31',
        product: 'Báo cáo chuyên đề',
      }),
      201,
    )
    const kv6Task = ok(
      await thongke.post(`/api/plans/${plan.id}/tasks`, {
        title: 'Kiểm sát chặt chẽ việc giải quyết tố giác, tin báo về tội phạm',
        workStream: 'crime_reports',
        leadUnitId: kv6,
        supportingUnitIds: [p1],
        deadline: '2026-06-20',
        product: 'Không để tồn đọng tin báo quá hạn',
      }),
      201,
    )
    ok(await thongke.post(`/api/plans/${plan.id}/transition`, { action: 'submit' }))
    const issued = ok(
      await thongke.post(`/api/plans/${plan.id}/transition`, { action: 'issue', approver: 'procuracy_committee' }),
    )
    return { plan: issued, p1Task: p1Task.id as number, kv6Task: kv6Task.id as number }
  }

  beforeAll(async () => {
    t = await startTestApp(engine, { scale: 2, clock: manualClock(new Date('2026-06-15T03:00:00Z')) })
    thongke = await t.signIn('thongke')
    lanhdao = await t.signIn('lanhdao')
    truongphong = await t.signIn('truongphong')
    ksv = await t.signIn('ksv')
    ksv2 = await t.signIn('ksv2')
    ct = await t.unitId('CT')
    p1 = await t.unitId('CT.P1')
    kv6 = await t.unitId('CT.KV6')
    kv7 = await t.unitId('CT.KV7')
  })
  afterAll(async () => t?.close())

  it('issues the annual plan only when the Ủy ban kiểm sát approved it, numbering it 01/KH-VKS in the calendar year', async () => {
    const plan = ok(
      await thongke.post('/api/plans', { unitId: ct, year: YEAR, kind: 'annual', title: 'Kế hoạch công tác năm 2026' }),
      201,
    )
    expect(plan.status).toBe('draft')
    ok(
      await thongke.post(`/api/plans/${plan.id}/tasks`, {
        title: 'Nâng cao chất lượng tranh tụng',
        workStream: 'criminal_trial',
        leadUnitId: p1,
        deadline: '2026-11-30',
        product: 'Tổ chức 4 phiên tòa rút kinh nghiệm',
      }),
      201,
    )
    // Issued straight from the draft: not allowed (it must be submitted first).
    const early = await thongke.post(`/api/plans/${plan.id}/transition`, {
      action: 'issue',
      approver: 'procuracy_committee',
    })
    expect(early.status).toBe(409)
    expect(early.body.error.code).toBe('PLAN_TRANSITION_NOT_ALLOWED')
    ok(await thongke.post(`/api/plans/${plan.id}/transition`, { action: 'submit' }))
    // QĐ 515/2012: the annual plan is approved by the Ủy ban kiểm sát, not the chief procurator alone.
    const audits = await t.auditCount()
    const byChief = await thongke.post(`/api/plans/${plan.id}/transition`, {
      action: 'issue',
      approver: 'chief_procurator',
    })
    expect(byChief.status).toBe(422)
    expect(byChief.body.error.code).toBe('PLAN_APPROVER_NOT_ALLOWED')
    expect(await t.auditCount()).toBe(audits)
    expect(ok(await thongke.get(`/api/plans/${plan.id}`)).status).toBe('submitted')

    const issued = ok(
      await thongke.post(`/api/plans/${plan.id}/transition`, { action: 'issue', approver: 'procuracy_committee' }),
    )
    expect(issued.status).toBe('issued')
    expect(issued.issuedOn).toBe('2026-06-15')
    expect(issued.numberAndCode).toBe('01/KH-VKS')
    // The plan's change and its entry in the outgoing-document register.
    expect(await t.auditCount()).toBe(audits + 2)
    const register = ok(await thongke.get(`/api/documents?unitId=${ct}&year=2026`))
    expect(register.items.map((d: { numberText: string; sourceId: number }) => [d.numberText, d.sourceId])).toEqual([
      ['01/KH-VKS', plan.id],
    ])
  })

  it('audits every write: the plan, its targets and tasks, assignment, progress and appraisal', async () => {
    const since = await auditMark(t)
    const actorId = thongke.me.user.personId
    const plan = ok(
      await thongke.post('/api/plans', { unitId: ct, year: YEAR, kind: 'thematic', title: 'Kế hoạch chuyên đề' }),
      201,
    )
    await expectAudited(t, 'create', 'plan', plan.id, { since, unitId: ct, actorId })
    const target = ok(
      await thongke.post(`/api/plans/${plan.id}/targets`, {
        indicatorCode: 'TRUY_TO_DUNG_HAN',
        comparison: '>=',
        value: 100,
      }),
      201,
    )
    await expectAudited(t, 'create', 'plan_target', target.id, { since, unitId: ct, actorId })
    const body = {
      title: 'Kiểm sát chặt chẽ việc tạm giữ',
      workStream: 'custody_enforcement',
      leadUnitId: kv6,
      deadline: '2026-09-30',
      product: 'Báo cáo',
    }
    const task = ok(await thongke.post(`/api/plans/${plan.id}/tasks`, body), 201)
    await expectAudited(t, 'create', 'plan_task', task.id, { since, unitId: ct, actorId })
    ok(await thongke.put(`/api/plans/${plan.id}/tasks/${task.id}`, { ...body, deadline: '2026-10-31' }))
    await expectAudited(t, 'update', 'plan_task', task.id, { since, unitId: ct, actorId })
    ok(
      await thongke.put(`/api/plans/${plan.id}/targets/${target.id}`, {
        indicatorCode: 'TRUY_TO_DUNG_HAN',
        comparison: '=',
        value: 100,
      }),
    )
    await expectAudited(t, 'update', 'plan_target', target.id, { since, unitId: ct, actorId })
    ok(await thongke.post(`/api/plans/${plan.id}/transition`, { action: 'submit' }))
    ok(await thongke.post(`/api/plans/${plan.id}/transition`, { action: 'issue', approver: 'chief_procurator' }))
    const assignMark = await auditMark(t)
    ok(await lanhdao.post(`/api/plans/${plan.id}/tasks/${task.id}/assign`, { assigneeId: ksv.me.user.personId }))
    await expectAudited(t, 'update', 'plan_task', task.id, {
      since: assignMark,
      unitId: ct,
      actorId: lanhdao.me.user.personId,
    })
    const report = ok(
      await ksv.post(`/api/plans/${plan.id}/tasks/${task.id}/progress`, { note: 'Xong', completedOn: '2026-06-15' }),
      201,
    )
    await expectAudited(t, 'create', 'plan_task_progress', report.id, {
      since,
      unitId: ct,
      actorId: ksv.me.user.personId,
    })
    ok(await thongke.post(`/api/plans/${plan.id}/tasks/${task.id}/appraise`, { appraisal: 'passed' }))
    await expectAudited(t, 'update', 'plan_task_progress', report.id, { since, unitId: ct, actorId })
    // A draft's task deleted: its own audit row.
    const draft = ok(
      await thongke.post('/api/plans', { unitId: ct, year: YEAR, kind: 'thematic', title: 'Dự thảo xóa' }),
      201,
    )
    const gone = ok(await thongke.post(`/api/plans/${draft.id}/tasks`, body), 201)
    ok(await thongke.delete(`/api/plans/${draft.id}/tasks/${gone.id}`))
    await expectAudited(t, 'delete', 'plan_task', gone.id, { since, unitId: ct, actorId })
  })

  it('numbers the plans of one unit consecutively within the calendar year', async () => {
    const a = await issuedProvincePlan('Kế hoạch chuyên đề A')
    const b = await issuedProvincePlan('Kế hoạch chuyên đề B')
    const number = (p: { numberAndCode: string }) => Number(p.numberAndCode.split('/')[0])
    expect(number(b.plan)).toBe(number(a.plan) + 1)
  })

  it('never edits an issued plan in place: content and header changes are refused and change nothing', async () => {
    const { plan } = await issuedProvincePlan('Kế hoạch không sửa được')
    const before = ok(await thongke.get(`/api/plans/${plan.id}`))
    const patch = await thongke.patch(`/api/plans/${plan.id}`, { title: 'Đổi tên' })
    expect(patch.status).toBe(409)
    const task = await thongke.post(`/api/plans/${plan.id}/tasks`, {
      title: 'Nhiệm vụ thêm sau khi ban hành',
      workStream: 'sector_building',
      leadUnitId: ct,
      deadline: '2026-09-30',
    })
    expect(task.status).toBe(409)
    const after = ok(await thongke.get(`/api/plans/${plan.id}`))
    expect(after.title).toBe(before.title)
    expect(after.tasks).toHaveLength(before.tasks.length)
  })

  it('refuses bad input with a Vietnamese message and changes nothing', async () => {
    const plans = await planCount()
    const audits = await t.auditCount()
    const noTitle = await thongke.post('/api/plans', { unitId: ct, year: YEAR, kind: 'annual', title: '   ' })
    expect(noTitle.status).toBe(400)
    expect(noTitle.body.error.message).toMatch(/trích yếu/)
    const draft = ok(
      await thongke.post('/api/plans', { unitId: ct, year: YEAR, kind: 'thematic', title: 'Dự thảo' }),
      201,
    )
    const afterCreate = await t.auditCount()
    // A task without a deadline or a recurrence, led by a unit of another province, or due outside the year.
    const tn01 = await t.unitId('TN01')
    for (const [body, field] of [
      [{ title: 'Không có hạn', workStream: 'prosecution', leadUnitId: p1 }, 'deadline'],
      [{ title: 'Đơn vị ngoài', workStream: 'prosecution', leadUnitId: tn01, deadline: '2026-07-01' }, 'leadUnitId'],
      [{ title: 'Ngoài năm', workStream: 'prosecution', leadUnitId: p1, deadline: '2027-03-01' }, 'deadline'],
    ] as const) {
      const res = await thongke.post(`/api/plans/${draft.id}/tasks`, body)
      expect(res.status, JSON.stringify(res.body)).toBe(422)
      expect(res.body.error.details[0].path).toBe(field)
    }
    const rate = await thongke.post(`/api/plans/${draft.id}/targets`, {
      indicatorCode: 'TIN_BAO_GIAI_QUYET',
      comparison: '>=',
      value: 120,
    })
    expect(rate.status).toBe(422)
    const free = await thongke.post(`/api/plans/${draft.id}/targets`, {
      indicatorCode: null,
      comparison: '>=',
      value: 2,
    })
    expect(free.status).toBe(422)
    expect(await t.auditCount()).toBe(afterCreate)
    expect(await planCount()).toBe(plans + 1)
    expect(ok(await thongke.get(`/api/plans/${draft.id}`)).tasks).toEqual([])
    expect(afterCreate).toBe(audits + 1)
  })

  it("lets a regional procuracy read the province plan but not change it, and hides another region's plan", async () => {
    const { plan } = await issuedProvincePlan('Kế hoạch tỉnh cho khu vực đọc')
    expect(ok(await ksv.get(`/api/plans/${plan.id}`)).title).toBe('Kế hoạch tỉnh cho khu vực đọc')
    expect((await ksv.patch(`/api/plans/${plan.id}`, { title: 'Sửa' })).status).toBe(403)
    const kv7Plan = ok(
      await thongke.post('/api/plans', {
        unitId: kv7,
        year: YEAR,
        kind: 'implementing',
        title: 'Chương trình của KV7',
      }),
      201,
    )
    expect((await ksv.get(`/api/plans/${kv7Plan.id}`)).status).toBe(404)
    expect((await ksv.patch(`/api/plans/${kv7Plan.id}`, { title: 'Chiếm' })).status).toBe(404)
    expect(ok(await ksv.get('/api/plans')).items.map((p: { id: number }) => p.id)).not.toContain(kv7Plan.id)
    // Another province sees neither.
    const other = await signInOtherProvinceLeader(t)
    expect((await other.get(`/api/plans/${plan.id}`)).status).toBe(404)
  })

  it("catches a lower unit's target set below the province's before the programme can be issued (QĐ 515/2012)", async () => {
    const { plan, kv6Task } = await issuedProvincePlan('Kế hoạch tỉnh có chỉ tiêu 90%')
    const lower = ok(
      await thongke.post('/api/plans', {
        unitId: kv6,
        year: YEAR,
        kind: 'implementing',
        title: 'Chương trình công tác của VKSND khu vực 6',
        superiorPlanId: plan.id,
      }),
      201,
    )
    ok(
      await thongke.post(`/api/plans/${lower.id}/targets`, {
        indicatorCode: 'TIN_BAO_GIAI_QUYET',
        comparison: '>',
        value: 85,
      }),
      201,
    )
    ok(
      await thongke.post(`/api/plans/${lower.id}/tasks`, {
        title: 'Giải quyết dứt điểm tin báo tồn đọng',
        workStream: 'crime_reports',
        leadUnitId: kv6,
        deadline: '2026-08-31',
        product: 'Không còn tin báo tồn đọng quá hạn',
        superiorTaskId: kv6Task,
      }),
      201,
    )
    const cascade = ok(await thongke.get(`/api/plans/${lower.id}/cascade`))
    expect(cascade.violations).toHaveLength(1)
    expect(cascade.violations[0].message).toMatch(/85/)
    expect(cascade.violations[0].message).toMatch(/90/)
    ok(await thongke.post(`/api/plans/${lower.id}/transition`, { action: 'submit' }))
    const refused = await thongke.post(`/api/plans/${lower.id}/transition`, {
      action: 'issue',
      approver: 'chief_procurator',
    })
    expect(refused.status).toBe(422)
    expect(refused.body.error.code).toBe('PLAN_CASCADE_VIOLATIONS')
    const lowers = ok(await lanhdao.get(`/api/plans/${plan.id}/lower`))
    const kv6Row = lowers.units.find((u: { unitId: number }) => u.unitId === kv6)
    expect(kv6Row.plans.map((p: { id: number }) => p.id)).toEqual([lower.id])
    expect(kv6Row.issued).toBe(false)
    // Returned, raised to 92%, issued: the superior now sees it issued.
    ok(
      await thongke.post(`/api/plans/${lower.id}/transition`, {
        action: 'return',
        reason: 'Chỉ tiêu thấp hơn cấp trên',
      }),
    )
    const target = ok(await thongke.get(`/api/plans/${lower.id}`)).targets[0]
    ok(
      await thongke.put(`/api/plans/${lower.id}/targets/${target.id}`, {
        indicatorCode: 'TIN_BAO_GIAI_QUYET',
        comparison: '>',
        value: 92,
      }),
    )
    ok(await thongke.post(`/api/plans/${lower.id}/transition`, { action: 'submit' }))
    ok(await thongke.post(`/api/plans/${lower.id}/transition`, { action: 'issue', approver: 'chief_procurator' }))
    const after = ok(await lanhdao.get(`/api/plans/${plan.id}/lower`))
    expect(after.units.find((u: { unitId: number }) => u.unitId === kv6).issued).toBe(true)
  })

  it('assigns a task inside its lead unit only, and lets the assignee report while others may not', async () => {
    const { plan, p1Task, kv6Task } = await issuedProvincePlan('Kế hoạch giao việc')
    const db = t.database.handle.db
    const [p1Person] = await db.select({ id: people.id }).from(people).where(eq(people.unitId, p1)).limit(1)
    // The head of Phòng 1 assigns the Phòng 1 task, not the KV6 one, and only to Phòng 1 staff.
    ok(await truongphong.post(`/api/plans/${plan.id}/tasks/${p1Task}/assign`, { assigneeId: p1Person!.id }))
    expect(
      (await truongphong.post(`/api/plans/${plan.id}/tasks/${kv6Task}/assign`, { assigneeId: p1Person!.id })).status,
    ).toBe(403)
    const outsider = await truongphong.post(`/api/plans/${plan.id}/tasks/${p1Task}/assign`, {
      assigneeId: ksv.me.user.personId,
    })
    expect(outsider.status).toBe(422)
    expect(outsider.body.error.code).toBe('PLAN_TASK_NOT_ASSIGNABLE')

    // A prosecutor of KV6 reports only once the task is assigned to them; KV7's never.
    const report = { note: 'Đã rà soát 45 tin báo tồn đọng', percent: 40 }
    expect((await ksv.post(`/api/plans/${plan.id}/tasks/${kv6Task}/progress`, report)).status).toBe(403)
    ok(await lanhdao.post(`/api/plans/${plan.id}/tasks/${kv6Task}/assign`, { assigneeId: ksv.me.user.personId }))
    ok(await ksv.post(`/api/plans/${plan.id}/tasks/${kv6Task}/progress`, report), 201)
    // KV7 reads the province's plan (it implements it too) but reports nothing on KV6's task.
    expect((await ksv2.post(`/api/plans/${plan.id}/tasks/${kv6Task}/progress`, report)).status).toBe(403)
    const mine = ok(await ksv.get('/api/plans/my-tasks'))
    const task = mine.items.find((i: { id: number }) => i.id === kv6Task)
    // Due 20/06/2026, 5 days after 15/06: within the 7-day window.
    expect(task.state).toBe('due_soon')
    expect(task.percent).toBe(40)
  })

  it('appraises a reported completion: đạt keeps it done on time, chưa đạt reopens it', async () => {
    const { plan, kv6Task } = await issuedProvincePlan('Kế hoạch thẩm định')
    ok(await lanhdao.post(`/api/plans/${plan.id}/tasks/${kv6Task}/assign`, { assigneeId: ksv.me.user.personId }))
    // Nothing to appraise before a completion is reported.
    expect(
      (await thongke.post(`/api/plans/${plan.id}/tasks/${kv6Task}/appraise`, { appraisal: 'passed' })).status,
    ).toBe(409)
    ok(
      await ksv.post(`/api/plans/${plan.id}/tasks/${kv6Task}/progress`, {
        note: 'Hoàn thành, không còn tin báo quá hạn',
        percent: 100,
        completedOn: '2026-06-14',
        evidence: [{ kind: 'link', ref: 'Báo cáo số 12/BC-VKS', label: 'Báo cáo kết quả' }],
      }),
      201,
    )
    const stateOf = async () =>
      ok(await thongke.get(`/api/plans/${plan.id}`)).tasks.find((x: { id: number }) => x.id === kv6Task).state
    expect(await stateOf()).toBe('done_on_time')
    // Only the plan owner appraises: the prosecutor who reported may not.
    expect((await ksv.post(`/api/plans/${plan.id}/tasks/${kv6Task}/appraise`, { appraisal: 'passed' })).status).toBe(
      403,
    )
    ok(
      await thongke.post(`/api/plans/${plan.id}/tasks/${kv6Task}/appraise`, {
        appraisal: 'not_passed',
        note: 'Thiếu số liệu',
      }),
    )
    // Due 20/06, 5 days left, reopened: due soon again.
    expect(await stateOf()).toBe('due_soon')
    const detail = ok(await thongke.get(`/api/plans/${plan.id}`))
    expect(detail.totalsLine).toBe(
      '2 nhiệm vụ; hoàn thành 0 (đúng hạn 0, quá hạn 0); chưa hoàn thành 2 (trong hạn 2, quá hạn 0)',
    )
  })

  it('amends an issued plan as a new version, keeping the issued text and the progress of its tasks', async () => {
    const { plan, kv6Task } = await issuedProvincePlan('Kế hoạch sẽ điều chỉnh')
    ok(await lanhdao.post(`/api/plans/${plan.id}/tasks/${kv6Task}/assign`, { assigneeId: ksv.me.user.personId }))
    ok(await ksv.post(`/api/plans/${plan.id}/tasks/${kv6Task}/progress`, { note: 'Đang thực hiện', percent: 30 }), 201)
    const missing = await thongke.post(`/api/plans/${plan.id}/amend`, { reason: 'Bổ sung nhiệm vụ' })
    expect(missing.status).toBe(400)
    const amendment = ok(
      await thongke.post(`/api/plans/${plan.id}/amend`, {
        reason: 'Bổ sung nhiệm vụ chuyển đổi số',
        documentNumber: '15/QĐ-VKS',
        documentDate: '2026-06-12',
      }),
      201,
    )
    expect(amendment.version).toBe(2)
    expect(amendment.status).toBe('draft')
    expect(amendment.taskCount).toBe(2)
    expect(
      (
        await thongke.post(`/api/plans/${plan.id}/amend`, {
          reason: 'Lần nữa',
          documentNumber: '16/QĐ-VKS',
          documentDate: '2026-06-13',
        })
      ).status,
    ).toBe(409)
    ok(
      await thongke.post(`/api/plans/${amendment.id}/tasks`, {
        title: 'Đẩy mạnh chuyển đổi số, số hóa hồ sơ vụ án',
        workStream: 'digital_transformation',
        leadUnitId: ct,
        recurrence: 'quarterly',
        product: 'Báo cáo quý về chuyển đổi số',
      }),
      201,
    )
    ok(await thongke.post(`/api/plans/${amendment.id}/transition`, { action: 'submit' }))
    const issued = ok(
      await thongke.post(`/api/plans/${amendment.id}/transition`, { action: 'issue', approver: 'procuracy_committee' }),
    )
    expect(issued.status).toBe('amended')
    expect(issued.tasks).toHaveLength(3)
    const carried = issued.tasks.find((x: { title: string }) => x.title.startsWith('Kiểm sát chặt chẽ'))
    expect(carried.progress.map((p: { note: string }) => p.note)).toEqual(['Đang thực hiện'])
    expect(carried.assigneeId).toBe(ksv.me.user.personId)
    const original = ok(await thongke.get(`/api/plans/${plan.id}`))
    expect(original.status).toBe('issued')
    expect(original.amendedById).toBe(amendment.id)
    expect(original.tasks).toHaveLength(2)
    // The superseded version takes no more progress; the amendment does.
    expect((await ksv.post(`/api/plans/${plan.id}/tasks/${kv6Task}/progress`, { note: 'Muộn' })).status).toBe(409)
    ok(
      await ksv.post(`/api/plans/${amendment.id}/tasks/${carried.id}/progress`, { note: 'Tiếp tục', percent: 60 }),
      201,
    )
    const mine = ok(await ksv.get('/api/plans/my-tasks'))
    expect(mine.items.filter((i: { planId: number }) => i.planId === plan.id)).toEqual([])
  })
})
