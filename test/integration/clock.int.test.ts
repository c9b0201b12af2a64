// The server reads "today" from its clock (ServerDeps.clock), never from the wall clock: a test
// moves a deadline from "còn hạn" to "quá hạn" by moving the clock, without waiting a day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manualClock } from '@/server/platform/time.ts'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type Agent, type TestApp } from '../support/test-app.ts'

type Deadline = { ruleCode: string; dueDate: string | null; status: string; urgency: string | null }

describe.each(ENGINES)('the server clock on %s', (engine) => {
  // 17:00 on Friday 01/05/2026 in Vietnam (UTC+7).
  const clock = manualClock(new Date('2026-05-01T10:00:00Z'))
  let t: TestApp
  let ksv: Agent
  let matterId: number

  beforeAll(async () => {
    t = await startTestApp(engine, { clock })
    ksv = await t.signIn('ksv')
    const created = await ksv.post('/api/matters', {
      kind: 'criminal_case',
      unitId: await t.unitId('CT.KV6'),
      number: '77/2026/HS-KV6',
      title: 'Trộm cắp tài sản tại chợ Vị Thanh',
      prosecutorId: ksv.me.user.personId,
      subjects: [{ fullName: 'Nguyễn Văn Tư', birthYear: 1990, gender: 'nam' }],
      initialEvent: {
        type: 'case_instituted',
        occurredOn: '2026-03-02',
        documentNumber: '45/QĐ-CSĐT',
        issuingBody: 'Cơ quan CSĐT Công an TP Cần Thơ',
        data: { charge: { article: 173, clause: 1 }, investigatingBody: 'Cơ quan CSĐT Công an TP Cần Thơ' },
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    matterId = created.body.id
  })
  afterAll(async () => t?.close())

  const investigation = async (): Promise<Deadline> => {
    const res = await ksv.get(`/api/deadlines?scope=mine&pageSize=100`)
    expect(res.status).toBe(200)
    return res.body.items.find(
      (d: Deadline & { matterId: number }) => d.matterId === matterId && d.ruleCode === 'BLTTHS_172_DIEU_TRA',
    )
  }

  it('moves the investigation deadline from "còn hạn" through "đến hạn hôm nay" to "quá hạn" as the clock moves', async () => {
    // Điều 172 khoản 1 BLTTHS 2015: 2 months for a less serious crime (Điều 173 khoản 1 BLHS: up
    // to 3 years) from 02/03/2026 → 02/05/2026, a Saturday after the 30/4–1/5 holidays, so the
    // deadline rolls to the next working day, Monday 04/05/2026 (Điều 134).
    expect(await investigation()).toMatchObject({ dueDate: '2026-05-04', status: 'open', urgency: 'due_3' })

    // 23:59:59 on 04/05 in Vietnam is still the last day.
    clock.set(new Date('2026-05-04T16:59:59Z'))
    expect(await investigation()).toMatchObject({ dueDate: '2026-05-04', urgency: 'due_today' })

    // One second later it is 05/05 in Vietnam: overdue, without anyone waiting a day.
    clock.advance(1)
    expect(await investigation()).toMatchObject({ dueDate: '2026-05-04', urgency: 'overdue' })
    const overdueOnly = await ksv.get(`/api/deadlines?scope=mine&urgency=overdue&pageSize=100`)
    expect(overdueOnly.body.items.map((d: { matterId: number }) => d.matterId)).toContain(matterId)
  })

  it("refuses an act dated after the clock's today, and accepts it once the clock reaches that day", async () => {
    clock.set(new Date('2026-05-05T03:00:00Z')) // 10:00 on 05/05/2026
    const act = {
      type: 'investigation_concluded',
      occurredOn: '2026-05-06',
      documentNumber: '12/KLĐT',
      issuingBody: 'Cơ quan CSĐT Công an TP Cần Thơ',
      data: {},
    }
    const early = await ksv.post(`/api/matters/${matterId}/events`, act)
    expect(early.status).toBe(422)
    expect(JSON.stringify(early.body)).toMatch(/tương lai|sau ngày hôm nay/)

    clock.set(new Date('2026-05-06T03:00:00Z'))
    const onTheDay = await ksv.post(`/api/matters/${matterId}/events`, act)
    expect(onTheDay.status, JSON.stringify(onTheDay.body)).toBe(200)
  })
})
