// The register through the real server on both databases: a criminal case from institution
// to indictment, its deadlines worked by hand from the articles, and who may see and touch it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { and, eq } from 'drizzle-orm'
import { auditLog, deadlines } from '@/server/db/schema.ts'
import { addDays } from '@/domain/calendar/index.ts'
import { computeDigests } from '@/server/modules/digest/digest.service.ts'
import { createUnitTreeCache } from '@/server/platform/unit-tree-cache.ts'
import { ENGINES } from '../support/test-database.ts'
import { recomputeMoves, startTestApp, type Agent, type TestApp } from '../support/test-app.ts'

type Detail = {
  id: number
  stage: string
  category: string | null
  subjects: { id: number; fullName: string; measure: string }[]
  events: { id: number; type: string; voided: boolean }[]
  deadlines: {
    ruleCode: string
    dueDate: string | null
    alternativeDueDate: string | null
    status: string
    basis: string
    subjectId: number | null
  }[]
  moved?: { ruleName: string; from: string | null; to: string | null }[]
}

const deadlineOf = (detail: Detail, ruleCode: string) => detail.deadlines.find((d) => d.ruleCode === ruleCode)

describe.each(ENGINES)('the register on %s', (engine) => {
  let t: TestApp
  let ksv: Agent
  let ksv2: Agent
  let leader: Agent
  let admin: Agent
  let matter: Detail

  beforeAll(async () => {
    t = await startTestApp(engine)
    ksv = await t.signIn('ksv')
    ksv2 = await t.signIn('ksv2')
    leader = await t.signIn('lanhdao')
    admin = await t.signIn('admin')
  })
  afterAll(async () => t?.close())

  it('opens a criminal case: investigation deadline of Art. 172 from the institution, moved off the 1/5 holiday weekend', async () => {
    const before = await t.auditCount()
    const res = await ksv.post('/api/matters', {
      kind: 'criminal_case',
      unitId: await t.unitId('CT.KV6'),
      number: '12/2026/HS-KV6',
      title: 'Trộm cắp xe mô tô tại phường Vị Tân',
      prosecutorId: ksv.me.user.personId,
      subjects: [{ fullName: 'Lâm Văn Tèo', birthYear: 1995, gender: 'nam' }],
      initialEvent: {
        type: 'case_instituted',
        occurredOn: '2026-03-02',
        documentNumber: '45/QĐ-CSĐT',
        issuingBody: 'Cơ quan CSĐT Công an TP Cần Thơ',
        data: { charge: { article: 173, clause: 1 }, investigatingBody: 'Cơ quan CSĐT Công an TP Cần Thơ' },
      },
    })
    expect(res.status).toBe(201)
    matter = res.body
    // Art. 172(1): less serious crime (Art. 173(1): up to 3 years) → 2 months from 02/03/2026
    // = 02/05/2026, a Saturday after the 1/5 holiday → next working day Monday 04/05/2026.
    const investigation = deadlineOf(matter, 'BLTTHS_172_DIEU_TRA')!
    expect(investigation).toMatchObject({ dueDate: '2026-05-04', status: 'open' })
    expect(investigation.basis).toMatch(/Điều 172/)
    expect(await t.auditCount()).toBe(before + 1)
  })

  it('a charge raising the category lengthens the investigation deadline and reports what moved', async () => {
    const suspect = matter.subjects[0]!
    const res = await ksv.post(`/api/matters/${matter.id}/events`, {
      type: 'suspect_instituted',
      occurredOn: '2026-03-03',
      subjectId: suspect.id,
      documentNumber: '46/QĐ-CSĐT',
      data: { charge: { article: 173, clause: 2 } },
    })
    expect(res.status).toBe(200)
    matter = res.body
    // Art. 173(2) carries 2–7 years: a serious crime (BLHS Art. 9) → 3 months → 02/06/2026 (Tuesday).
    expect(matter.category).toBe('nghiem_trong')
    expect(deadlineOf(matter, 'BLTTHS_172_DIEU_TRA')!.dueDate).toBe('2026-06-02')
    expect(matter.moved).toEqual([expect.objectContaining({ from: '2026-05-04', to: '2026-06-02' })])
  })

  it('detention runs per suspect and does not move off days off', async () => {
    const suspect = matter.subjects[0]!
    const res = await ksv.post(`/api/matters/${matter.id}/events`, {
      type: 'detention_ordered',
      occurredOn: '2026-03-03',
      subjectId: suspect.id,
      data: {},
    })
    expect(res.status).toBe(200)
    matter = res.body
    expect(matter.subjects[0]!.measure).toBe('detention')
    const detention = matter.deadlines.find((d) => d.ruleCode === 'BLTTHS_173_TAM_GIAM')!
    // Art. 173: serious crime, 3 months = 90 days (Điều 134 khoản 1: 01 tháng = 30 ngày), the first day
    // counted: 03/03 + 89 (31/03 is +28, 30/04 +58) → Sunday 31/05/2026, not moved.
    expect(detention).toMatchObject({ subjectId: suspect.id, dueDate: '2026-05-31' })
  })

  it('offers the acts the case can take as it stands: those of the investigation, not of the trial or the appeal', async () => {
    const { offerableEventTypes: offered } = (await ksv.get(`/api/matters/${matter.id}`)).body as {
      offerableEventTypes: string[]
    }
    // Under investigation, suspect charged and detained: extending detention and the investigation are offered;
    // no indictment before the file is received (Điều 240), no trial before the court accepts the case (Điều 277),
    // no appeal before a first-instance judgment (Điều 331); the case is already instituted.
    expect(offered).toEqual(
      expect.arrayContaining(['detention_extended', 'investigation_extended', 'investigation_concluded']),
    )
    for (const type of [
      'indicted',
      'first_instance_trial',
      'appellate_trial',
      'appeal_protest',
      'case_instituted',
      'report_received',
    ])
      expect(offered, type).not.toContain(type)
  })

  it('refuses an indictment before the file is received, and a date in the future; nothing changes', async () => {
    const before = await t.auditCount()
    const early = await ksv.post(`/api/matters/${matter.id}/events`, {
      type: 'indicted',
      occurredOn: '2026-04-01',
      data: { charges: [{ subjectId: matter.subjects[0]!.id, charge: { article: 173, clause: 2 } }] },
    })
    expect(early.status).toBe(422)
    expect(early.body.error.code).toBe('EVENT_OUT_OF_ORDER')
    expect(early.body.error.message).toMatch(/hồ sơ/)
    const future = await ksv.post(`/api/matters/${matter.id}/events`, {
      type: 'investigation_concluded',
      occurredOn: '2099-01-01',
      data: {},
    })
    expect(future.status).toBe(422)
    expect(future.body.error.details.map((d: { path: string }) => d.path)).toContain('occurredOn')
    expect(await t.auditCount()).toBe(before)
    const reread = (await ksv.get(`/api/matters/${matter.id}`)).body as Detail
    expect(reread.events.map((e) => e.type)).toEqual(matter.events.map((e) => e.type))
  })

  it('takes the case to indictment: Art. 240 deadline from the file receipt, met by the indictment', async () => {
    for (const event of [
      { type: 'investigation_concluded', occurredOn: '2026-05-20', data: {} },
      { type: 'file_received', occurredOn: '2026-05-22', data: {} },
    ])
      expect((await ksv.post(`/api/matters/${matter.id}/events`, event)).status).toBe(200)
    const received = (await ksv.get(`/api/matters/${matter.id}`)).body as Detail
    expect(deadlineOf(received, 'BLTTHS_172_DIEU_TRA')!.status).toBe('met')
    // Art. 240(1): serious crime → 20 days from 22/05/2026. The procuracy's own limit counts the strict
    // reading of Điều 134: 22/05 is day 1 → 10/06/2026 (Wednesday); the lenient reading's 11/06 is kept beside it.
    expect(deadlineOf(received, 'BLTTHS_240_TRUY_TO')).toMatchObject({
      dueDate: '2026-06-10',
      alternativeDueDate: '2026-06-11',
      status: 'open',
    })

    const res = await ksv.post(`/api/matters/${matter.id}/events`, {
      type: 'indicted',
      occurredOn: '2026-06-05',
      documentNumber: '30/CT-VKS-KV6',
      data: { charges: [{ subjectId: matter.subjects[0]!.id, charge: { article: 173, clause: 2 } }] },
    })
    expect(res.status).toBe(200)
    matter = res.body
    expect(deadlineOf(matter, 'BLTTHS_240_TRUY_TO')!.status).toBe('met')
    expect(matter.stage).toBe('da_truy_to')
  })

  it('voids an event with a reason: kept, ignored by the derivation, audited', async () => {
    const indictment = matter.events.find((e) => e.type === 'indicted')!
    const before = await t.auditCount()
    const res = await ksv.post(`/api/matters/${matter.id}/events/${indictment.id}/void`, {
      reason: 'Ghi nhầm ngày ban hành cáo trạng',
    })
    expect(res.status).toBe(200)
    const after = res.body as Detail
    expect(after.events.find((e) => e.id === indictment.id)!.voided).toBe(true)
    expect(deadlineOf(after, 'BLTTHS_240_TRUY_TO')!.status).not.toBe('met')
    expect(await t.auditCount()).toBe(before + 1)
    const [row] = await t.database.handle.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entity, 'matter_event'),
          eq(auditLog.entityId, String(indictment.id)),
          eq(auditLog.action, 'update'),
        ),
      )
    expect(row).toBeDefined()
    // Recorded again, correctly.
    const again = await ksv.post(`/api/matters/${matter.id}/events`, {
      type: 'indicted',
      occurredOn: '2026-06-08',
      data: { charges: [{ subjectId: matter.subjects[0]!.id, charge: { article: 173, clause: 2 } }] },
    })
    expect(deadlineOf(again.body, 'BLTTHS_240_TRUY_TO')!.status).toBe('met')
  })

  it('a prosecutor of another regional procuracy cannot read or change the matter by id', async () => {
    const before = await t.auditCount()
    expect((await ksv2.get(`/api/matters/${matter.id}`)).status).toBe(404)
    const write = await ksv2.post(`/api/matters/${matter.id}/events`, {
      type: 'case_suspended',
      occurredOn: '2026-07-01',
      data: { reason: 'Thử truy cập trái phép' },
    })
    expect(write.status).toBe(404)
    expect(write.body.error.code).toBe('MATTER_NOT_FOUND')
    expect(
      (await ksv2.get('/api/matters?pageSize=200')).body.items.some((m: { id: number }) => m.id === matter.id),
    ).toBe(false)
    expect((await ksv2.get(`/api/matters?unitId=${await t.unitId('CT.KV6')}`)).status).toBe(404)
    expect(await t.auditCount()).toBe(before)
  })

  it('leadership reads (audited) but does not record; the administrator does not read case data', async () => {
    const before = await t.auditCount()
    expect((await leader.get(`/api/matters/${matter.id}`)).status).toBe(200)
    expect(await t.auditCount()).toBe(before + 1)
    const write = await leader.post(`/api/matters/${matter.id}/events`, {
      type: 'case_suspended',
      occurredOn: '2026-07-01',
      data: { reason: 'x' },
    })
    expect(write.status).toBe(403)
    expect((await admin.get(`/api/matters/${matter.id}`)).status).toBe(404)
  })

  it('finds the matter by a subject name without accents, by number and by charge article', async () => {
    const byName = await leader.get('/api/matters?q=lam%20van%20teo')
    expect(byName.body.items.map((m: { id: number }) => m.id)).toEqual([matter.id])
    expect((await leader.get('/api/matters?q=12/2026/hs')).body.total).toBe(1)
    expect((await leader.get('/api/matters?article=173')).body.items.map((m: { id: number }) => m.id)).toContain(
      matter.id,
    )
    expect((await leader.get('/api/matters?article=134')).body.items.map((m: { id: number }) => m.id)).not.toContain(
      matter.id,
    )
  })

  it("lists the prosecutor's deadlines with their basis", async () => {
    const res = await ksv.get('/api/deadlines?scope=mine&urgency=all')
    expect(res.status).toBe(200)
    const mine = res.body.items.filter((d: { matterId: number }) => d.matterId === matter.id)
    expect(mine.map((d: { ruleCode: string }) => d.ruleCode)).toEqual(
      expect.arrayContaining(['BLTTHS_172_DIEU_TRA', 'BLTTHS_240_TRUY_TO', 'BLTTHS_173_TAM_GIAM']),
    )
    expect(mine.every((d: { basis: string }) => d.basis.length > 10)).toBe(true)
    const stored = await t.database.handle.db.select().from(deadlines).where(eq(deadlines.matterId, matter.id))
    expect(stored.length).toBe(mine.length)
  })

  it('serves the Penal Code catalogue for the charge picker, searchable without accents', async () => {
    const res = await ksv.get('/api/penal-code?q=trom%20cap')
    expect(res.status).toBe(200)
    const theft = res.body.items.find((a: { article: string }) => a.article === '173')
    expect(theft.name).toBe('Tội trộm cắp tài sản')
    // BLHS Art. 9 from each clause's highest penalty: 3, 7, 15 and 20 years.
    expect(theft.clauses.map((c: { category: string }) => c.category)).toEqual([
      'it_nghiem_trong',
      'nghiem_trong',
      'rat_nghiem_trong',
      'dac_biet_nghiem_trong',
    ])
    expect((await ksv.get('/api/penal-code')).body.items.length).toBeGreaterThanOrEqual(60)
  })

  it('refuses a duplicate number in the same unit with a field message', async () => {
    const res = await ksv.post('/api/matters', {
      kind: 'crime_report',
      unitId: await t.unitId('CT.KV6'),
      number: '12/2026/HS-KV6',
      title: 'Tin báo trùng số',
      subjects: [],
      initialEvent: {
        type: 'report_received',
        occurredOn: '2026-11-02',
        data: { source: 'tin_bao', investigatingBody: 'Công an phường Vị Tân' },
      },
    })
    expect(res.status).toBe(409)
    expect(res.body.error.details).toEqual([{ path: 'number', message: 'Số thụ lý đã tồn tại' }])
  })

  it("computes the daily digest: the prosecutor sees their coming deadline, the leader their unit's, others nothing", async () => {
    const today = t.today()
    // Art. 147: 20 days from the receipt; received 18 days ago → due within 2–4 days (a day off may push it).
    const created = await ksv.post('/api/matters', {
      kind: 'crime_report',
      unitId: await t.unitId('CT.KV6'),
      number: '301/2026/TB-KV6',
      title: 'Tin báo mất trộm tài sản tại chợ Vị Thanh',
      prosecutorId: ksv.me.user.personId,
      subjects: [],
      initialEvent: {
        type: 'report_received',
        occurredOn: addDays(today, -18),
        data: { source: 'tin_bao', investigatingBody: 'Công an phường Vị Tân' },
      },
    })
    expect(created.status).toBe(201)
    const written = await computeDigests(
      t.database.handle.db,
      await createUnitTreeCache(t.database.handle.db).get(),
      today,
    )
    expect(written).toBeGreaterThanOrEqual(2)
    // Idempotent: a second run (another instance, a restart) writes nothing new.
    expect(
      await computeDigests(t.database.handle.db, await createUnitTreeCache(t.database.handle.db).get(), today),
    ).toBe(0)

    const mine = (await ksv.get('/api/digest')).body
    expect(mine.day).toBe(today)
    // Labelled on the home page with the time it was prepared (it is not recomputed on writes).
    expect(Math.abs(Date.parse(mine.preparedAt) - Date.now())).toBeLessThan(120_000)
    expect(mine.mine.items.map((i: { matterNumber: string }) => i.matterNumber)).toContain('301/2026/TB-KV6')
    expect(mine.mine.items.find((i: { matterNumber: string }) => i.matterNumber === '301/2026/TB-KV6').urgency).toMatch(
      /due_3|due_7/,
    )
    expect(mine.unit).toBeNull()
    const leader = (await t.signIn('lanhdao')).get('/api/digest')
    expect((await leader).body.unit.items.map((i: { matterNumber: string }) => i.matterNumber)).toContain(
      '301/2026/TB-KV6',
    )
    const other = (await ksv2.get('/api/digest')).body
    expect(JSON.stringify(other)).not.toContain('301/2026/TB-KV6')
  })

  it('an official calendar change moves the deadlines ending on that day, and says which', async () => {
    const created = await ksv.post('/api/matters', {
      kind: 'crime_report',
      unitId: await t.unitId('CT.KV6'),
      number: '250/2026/TB-KV6',
      title: 'Tin báo lừa đảo qua mạng',
      prosecutorId: ksv.me.user.personId,
      subjects: [],
      initialEvent: {
        type: 'report_received',
        occurredOn: '2026-10-01',
        data: { source: 'to_giac', investigatingBody: 'Công an phường Vị Tân' },
      },
    })
    // Art. 147(1): 20 days from Thursday 01/10/2026. Strict reading (counted): 01/10 is day 1 → Tuesday
    // 20/10/2026; lenient: Wednesday 21/10. A limit in days does not move under the strict reading.
    expect(deadlineOf(created.body, 'BLTTHS_147_NGUON_TIN')).toMatchObject({
      dueDate: '2026-10-20',
      alternativeDueDate: '2026-10-21',
    })
    // A day off on 21/10 moves only the lenient reading's date (21/10 → 22/10); the counted one stays.
    const lenientOnly = await admin.post('/api/calendar/official', {
      date: '2026-10-21',
      kind: 'day_off',
      reason: 'Nghỉ (dữ liệu kiểm thử)',
    })
    expect(lenientOnly.status).toBe(201)
    await recomputeMoves(admin, lenientOnly)
    expect(deadlineOf((await ksv.get(`/api/matters/${created.body.id}`)).body, 'BLTTHS_147_NGUON_TIN')).toMatchObject({
      dueDate: '2026-10-20',
      alternativeDueDate: '2026-10-22',
    })
    const lenientBack = await admin.delete(`/api/calendar/official/${lenientOnly.body.id}`)
    expect(lenientBack.status).toBe(200)
    await recomputeMoves(admin, lenientBack)
    expect(deadlineOf((await ksv.get(`/api/matters/${created.body.id}`)).body, 'BLTTHS_147_NGUON_TIN')).toMatchObject({
      alternativeDueDate: '2026-10-21',
    })
    const complex = await ksv.post(`/api/matters/${created.body.id}/events`, {
      type: 'report_complex',
      occurredOn: '2026-10-05',
      data: {},
    })
    expect(complex.status).toBe(200)
    // Found complex (khoản 2: 02 tháng), a limit in months with one reading (Điều 134 fixes its end): the
    // same-numbered day after 01/10 is Tuesday 01/12/2026, a working day; no alternative
    // (was: strict 30/11, alternative 01/12).
    expect(
      deadlineOf((await ksv.get(`/api/matters/${created.body.id}`)).body, 'BLTTHS_147_NGUON_TIN_PHUC_TAP'),
    ).toMatchObject({ dueDate: '2026-12-01', alternativeDueDate: null })

    // The deadlines move in a background job (test/integration/calendar-recompute.int.test.ts): its status lists them.
    const added = await admin.post('/api/calendar/official', {
      date: '2026-12-01',
      kind: 'day_off',
      reason: 'Nghỉ bù (dữ liệu kiểm thử)',
    })
    expect(added.status).toBe(201)
    added.body.moved = await recomputeMoves(admin, added)
    // 01/12 is now a day off → "ngày làm việc đầu tiên tiếp theo" (Điều 134) is Wednesday 02/12.
    expect(added.body.moved).toContainEqual(
      expect.objectContaining({
        matterId: created.body.id,
        matterNumber: '250/2026/TB-KV6',
        from: '2026-12-01',
        to: '2026-12-02',
      }),
    )
    expect(
      deadlineOf((await ksv.get(`/api/matters/${created.body.id}`)).body, 'BLTTHS_147_NGUON_TIN_PHUC_TAP'),
    ).toMatchObject({ dueDate: '2026-12-02', movedBecauseOfDayOff: true, alternativeDueDate: null })
    // The earlier case's deadlines are nowhere near that day and did not move.
    expect(added.body.moved.some((m: { matterId: number }) => m.matterId === matter.id)).toBe(false)

    const removed = await admin.delete(`/api/calendar/official/${added.body.id}`)
    removed.body.moved = await recomputeMoves(admin, removed)
    // Removed: 01/12 is a working day again and the deadline goes back to it.
    expect(removed.body.moved).toContainEqual(
      expect.objectContaining({ matterId: created.body.id, from: '2026-12-02', to: '2026-12-01' }),
    )
    expect(
      deadlineOf((await ksv.get(`/api/matters/${created.body.id}`)).body, 'BLTTHS_147_NGUON_TIN_PHUC_TAP'),
    ).toMatchObject({ dueDate: '2026-12-01', movedBecauseOfDayOff: false, alternativeDueDate: null })
  })
})
