// The versioned Penal Code through the real server on both databases: a charge under Điều
// 256a (added by Luật 86/2025/QH15, in force 01/07/2025) is accepted for a matter received
// after that day and its category derived, and refused in Vietnamese for one received
// before (BLHS Điều 7 khoản 2: the matter's receivedOn stands for the offence date). The
// catalogue route shows the current text and, for an older offence, the text applied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eq, sql } from 'drizzle-orm'
import { matterEvents, matters, matterSubjects } from '@/server/db/schema.ts'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type Agent, type TestApp } from '../support/test-app.ts'

const BODY = 'Cơ quan CSĐT Công an TP Cần Thơ'

describe.each(ENGINES)('the versioned Penal Code on %s', (engine) => {
  let t: TestApp
  let ksv: Agent

  beforeAll(async () => {
    t = await startTestApp(engine)
    ksv = await t.signIn('ksv')
  })
  afterAll(async () => t?.close())

  const openCase = async (number: string, occurredOn: string, charge: unknown) =>
    ksv.post('/api/matters', {
      kind: 'criminal_case',
      unitId: await t.unitId('CT.KV6'),
      number,
      title: 'Sử dụng trái phép chất ma túy trong thời hạn quản lý sau cai nghiện',
      prosecutorId: ksv.me.user.personId,
      subjects: [{ fullName: 'Lỳ Lỳ Hừ', birthYear: 1990, gender: 'nam' }],
      initialEvent: {
        type: 'case_instituted',
        occurredOn,
        documentNumber: '12/QĐ-CSĐT',
        issuingBody: BODY,
        data: { charge, investigatingBody: BODY },
      },
    })

  it('accepts Điều 256a for a matter received after 01/07/2025 and derives its category from the 2025 text', async () => {
    const res = await openCase('20/2025/HS-KV6', '2025-07-10', { article: '256a', clause: 1 })
    expect(res.status).toBe(201)
    // Khoản 1: tù 02 – 03 năm → highest ≤ 03 năm → ít nghiêm trọng (BLHS Điều 9).
    expect(res.body.category).toBe('it_nghiem_trong')
    const suspect = res.body.subjects[0]
    // Khoản 2 (tái phạm): tù 03 – 05 năm → nghiêm trọng.
    const charged = await ksv.post(`/api/matters/${res.body.id}/events`, {
      type: 'suspect_instituted',
      occurredOn: '2025-07-11',
      subjectId: suspect.id,
      documentNumber: '13/QĐ-CSĐT',
      data: { charge: { article: '256a', clause: 2 } },
    })
    expect(charged.status).toBe(200)
    expect(charged.body.category).toBe('nghiem_trong')
    const [row] = await t.database.handle.db.select().from(matterSubjects).where(eq(matterSubjects.id, suspect.id))
    expect(row).toMatchObject({ chargeArticle: '256a', chargeClause: 2, category: 'nghiem_trong' })
    expect((await ksv.get('/api/matters?article=256a&closed=all')).body.items.map((m: { id: number }) => m.id)).toEqual(
      [res.body.id],
    )
  })

  it('refuses Điều 256a for a matter received before 01/07/2025, with a Vietnamese message, and records nothing', async () => {
    const [before] = await t.database.handle.db.select({ n: sql<number>`count(*)::int` }).from(matters)
    const res = await openCase('21/2025/HS-KV6', '2025-06-20', { article: '256a', clause: 1 })
    expect(res.status).toBe(422)
    expect(res.body.error.code).toBe('PENAL_CODE_NOT_IN_FORCE')
    expect(res.body.error.message).toBe(
      'Điều 256a BLHS (Tội sử dụng trái phép chất ma túy) có hiệu lực từ ngày 01/07/2025 (Luật 86/2025/QH15), không áp dụng đối với hành vi thực hiện trước ngày đó ' +
        '(Điều 7 khoản 2 BLHS: điều luật quy định một tội phạm mới không có hiệu lực hồi tố)',
    )
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain('data.charge.article')
    const [after] = await t.database.handle.db.select({ n: sql<number>`count(*)::int` }).from(matters)
    expect(after!.n).toBe(before!.n)
  })

  it('stores an article sent as a number (older clients) as its string id', async () => {
    const res = await openCase('22/2025/HS-KV6', '2025-03-03', { article: 173, clause: 1 })
    expect(res.status).toBe(201)
    const [event] = await t.database.handle.db.select().from(matterEvents).where(eq(matterEvents.matterId, res.body.id))
    expect(event!.data).toMatchObject({ charge: { article: '173', clause: 1 } })
  })

  it('shows the current text of Điều 194 and, for a 2024 offence, the text applied (the lighter 2025 one, Điều 7 khoản 3)', async () => {
    const res = await ksv.get('/api/penal-code?q=194&on=2024-03-10')
    expect(res.status).toBe(200)
    const item = res.body.items.find((a: { article: string }) => a.article === '194')
    expect(item).toMatchObject({ inForceFrom: '2025-07-01', law: 'Luật 86/2025/QH15' })
    expect(item.clauses[3]).toMatchObject({
      clause: 4,
      penaltyText: 'Cao nhất tù chung thân',
      category: 'dac_biet_nghiem_trong',
    })
    expect(item.applied.clauses[3]).toMatchObject({
      clause: 4,
      penaltyText: 'Cao nhất tù chung thân',
      retroactive: true,
      inForceFrom: '2025-07-01',
    })
    // Điều 249 khoản 1 for a 2024 offence: the 2017 text applies (the raised minimum does not reach back).
    const possession = (await ksv.get('/api/penal-code?q=249&on=2024-03-10')).body.items.find(
      (a: { article: string }) => a.article === '249',
    )
    expect(possession.applied.clauses[0]).toMatchObject({
      clause: 1,
      inForceFrom: '2018-01-01',
      retroactive: false,
      category: 'nghiem_trong',
    })
    // Điều 256a for an offence before it existed.
    const use = (await ksv.get('/api/penal-code?q=256a&on=2025-06-01')).body.items[0]
    expect(use.article).toBe('256a')
    expect(use.applied).toMatchObject({
      notInForce: expect.stringContaining('có hiệu lực từ ngày 01/07/2025'),
      clauses: [],
    })
  })
})
