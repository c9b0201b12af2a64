// Deadlines "as of" a day through the real server on both databases: recompute copies the entry
// times of the acts that start and close each deadline onto it (src/domain/register/row-plan.ts, deadlineRowOf),
// and an indicator as of a day before the closing act was entered counts the deadline as still
// open that day. The expected figures are worked out in the comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type Agent, type TestApp } from '../support/test-app.ts'

type Value = { code: string; numerator: number; denominator: number | null }

describe.each(ENGINES)('indicators as of a day, by when deadlines were closed on record, on %s', (engine) => {
  let t: TestApp
  let ksv: Agent
  let leader: Agent
  let matterId: number
  let caseId: number
  let unitId: number

  const rows = async <T>(query: ReturnType<typeof sql>) =>
    ((await t.database.handle.db.execute(query)) as unknown as { rows: T[] }).rows
  const value = async (code: string, asOf: string) => {
    const res = await leader.get(`/api/indicators/values?unitId=${unitId}&period=NTK2025&asOf=${asOf}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return (res.body.indicators as Value[]).find((i) => i.code === code)!
  }

  beforeAll(async () => {
    t = await startTestApp(engine)
    ;[ksv, leader] = await Promise.all([t.signIn('ksv'), t.signIn('lanhdao')])
    unitId = await t.unitId('CT.KV6')
    // A report received on 01/10/2025 and decided (not to institute a case) on 15/10/2025.
    const created = await ksv.post('/api/matters', {
      kind: 'crime_report',
      unitId,
      number: 'T1/2025/TB',
      title: 'Tin báo nhập muộn quyết định',
      prosecutorId: ksv.me.user.personId,
      subjects: [],
      initialEvent: {
        type: 'report_received',
        occurredOn: '2025-10-01',
        documentNumber: null,
        issuingBody: null,
        data: { source: 'tin_bao', investigatingBody: 'Cơ quan CSĐT Công an TP Cần Thơ' },
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    matterId = created.body.id
    const decided = await ksv.post(`/api/matters/${matterId}/events`, {
      type: 'report_not_instituted',
      occurredOn: '2025-10-15',
      documentNumber: null,
      issuingBody: null,
      data: { reason: 'Không có sự việc phạm tội' },
    })
    expect(decided.status, JSON.stringify(decided.body)).toBe(200)
    // The register's history: the receipt entered on its day, the decision only on 10/12/2025.
    await t.database.handle.db.execute(
      sql`UPDATE matter_events SET recorded_at = CASE type WHEN 'report_received' THEN '2025-10-01T16:00:00+07:00'::timestamptz ELSE '2025-12-10T09:00:00+07:00'::timestamptz END WHERE matter_id = ${matterId}`,
    )
    // Any later write derives the deadlines again, copying the acts' entry times.
    const added = await ksv.post(`/api/matters/${matterId}/subjects`, { fullName: 'Nguyễn Văn Tố' })
    expect(added.status, JSON.stringify(added.body)).toBe(200)

    // A case whose suspect was taken into custody on 01/10/2025 at 08:00 and never released or
    // detained: the custody limit (Điều 118, 3 days) ran out long before 30/11. The custody order
    // was entered only on 10/12/2025.
    const opened = await ksv.post('/api/matters', {
      kind: 'criminal_case',
      unitId,
      number: 'T2/2025/HS',
      title: 'Trộm cắp tài sản, tạm giữ nhập muộn',
      prosecutorId: ksv.me.user.personId,
      subjects: [{ fullName: 'Trần Văn Giữ' }],
      initialEvent: {
        type: 'case_instituted',
        occurredOn: '2025-09-30',
        documentNumber: null,
        issuingBody: null,
        data: { charge: { article: 173, clause: 1 }, investigatingBody: 'Cơ quan CSĐT Công an TP Cần Thơ' },
      },
    })
    expect(opened.status, JSON.stringify(opened.body)).toBe(201)
    caseId = opened.body.id
    const custody = await ksv.post(`/api/matters/${caseId}/events`, {
      type: 'custody_ordered',
      occurredOn: '2025-10-01',
      occurredAt: '08:00',
      subjectId: opened.body.subjects[0].id,
      documentNumber: null,
      issuingBody: null,
      data: {},
    })
    expect(custody.status, JSON.stringify(custody.body)).toBe(200)
    await t.database.handle.db.execute(
      sql`UPDATE matter_events SET recorded_at = CASE type WHEN 'custody_ordered' THEN '2025-12-10T09:00:00+07:00'::timestamptz ELSE '2025-09-30T16:00:00+07:00'::timestamptz END WHERE matter_id = ${caseId}`,
    )
    expect((await ksv.post(`/api/matters/${caseId}/subjects`, { fullName: 'Trần Văn Hai' })).status).toBe(200)
  })
  afterAll(async () => t?.close())

  it('recompute copies when the starting and closing acts were entered onto the deadline', async () => {
    const [row] = await rows<{ due_date: string; status: string; start_at: string; closed_at: string }>(
      sql`SELECT due_date::text, status, to_char(start_recorded_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI') AS start_at,
                 to_char(closed_recorded_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI') AS closed_at
            FROM deadlines WHERE matter_id = ${matterId} AND rule_code = 'BLTTHS_147_NGUON_TIN'`,
    )
    // Điều 147 khoản 1 BLTTHS: 20 days from the receipt. Counted under the strict reading of Điều 134
    // (the receipt is day 1): 01/10/2025 + 19 = Monday 20/10/2025 (the lenient 21/10 is shown beside it). Met on 15/10.
    expect(row).toEqual({
      due_date: '2025-10-20',
      status: 'met',
      start_at: '2025-10-01 16:00',
      closed_at: '2025-12-10 09:00',
    })
  })

  it('as of 30/11/2025 the decision was not on record: the report was unresolved and its deadline overdue', async () => {
    // Unresolved at the end of the statistics year as of 30/11: this report → 1; its last day
    // 21/10 had passed with no closing act on record → overdue → 1.
    expect(await value('TIN_BAO_QUA_HAN', '2025-11-30')).toMatchObject({ numerator: 1, denominator: 1 })
    expect(await value('TIN_BAO_GIAI_QUYET', '2025-11-30')).toMatchObject({ numerator: 0, denominator: 1 })
  })

  it('as of 10/12/2025, once the decision was entered, the same year counts it resolved in time', async () => {
    expect(await value('TIN_BAO_QUA_HAN', '2025-12-10')).toMatchObject({ numerator: 0, denominator: 0 })
    expect(await value('TIN_BAO_GIAI_QUYET', '2025-12-10')).toMatchObject({ numerator: 1, denominator: 1 })
  })

  it('a deadline started by an act entered after the as-of day did not exist on it', async () => {
    const [row] = await rows<{ due_date: string; status: string }>(
      sql`SELECT due_date::text, status FROM deadlines WHERE matter_id = ${caseId} AND rule_code = 'BLTTHS_118_TAM_GIU'`,
    )
    // Still open (no release, no detention), its last day well before 30/11/2025.
    expect(row!.status).toBe('open')
    expect(row!.due_date < '2025-11-30').toBe(true)
    // As of 30/11 the custody order was not on record: no one held beyond the limit; as of 10/12, one.
    expect(await value('TAM_GIU_TAM_GIAM_QUA_HAN', '2025-11-30')).toMatchObject({ numerator: 0 })
    expect(await value('TAM_GIU_TAM_GIAM_QUA_HAN', '2025-12-10')).toMatchObject({ numerator: 1 })
  })
})
