// Detention through the real server on both databases: the order's term and end day stored with
// the act, the clock run to the order's day (Điều 134 khoản 1 BLTTHS 2015: 01 tháng = 30 ngày),
// and the indicator "người bị tạm giữ, tạm giam quá hạn" counting a person whose order expired —
// including one held after the file changed hands with no new order (TAM_GIAM_KHONG_CO_LENH).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type Agent, type TestApp } from '../support/test-app.ts'

type Detail = {
  id: number
  subjects: { id: number; measure: string }[]
  deadlines: { ruleCode: string; dueDate: string | null; status: string; basis: string; subjectId: number | null }[]
}
type Value = { code: string; numerator: number }

const NTK2025 = 'NTK2025' // 01/12/2024 – 30/11/2025
const THEFT = { article: 173, clause: 1 } // BLHS Điều 173 khoản 1: ≤ 03 năm, ít nghiêm trọng

describe.each(ENGINES)('detention on %s', (engine) => {
  let t: TestApp
  let ksv: Agent
  let leader: Agent
  let unitId: number

  const overdue = async () => {
    const res = await leader.get(`/api/indicators/values?unitId=${unitId}&period=${NTK2025}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return (res.body.indicators as Value[]).find((i) => i.code === 'TAM_GIU_TAM_GIAM_QUA_HAN')!.numerator
  }
  const openCase = async (number: string): Promise<Detail> => {
    const res = await ksv.post('/api/matters', {
      kind: 'criminal_case',
      unitId,
      number,
      title: 'Trộm cắp tài sản tại phường An Hòa',
      prosecutorId: ksv.me.user.personId,
      subjects: [{ fullName: 'Phan Văn Lộc', birthYear: 1990, gender: 'nam' }],
      initialEvent: {
        type: 'case_instituted',
        occurredOn: '2025-01-06',
        documentNumber: '12/QĐ-CSĐT',
        issuingBody: 'Cơ quan CSĐT Công an TP Cần Thơ',
        data: { charge: THEFT, investigatingBody: 'Cơ quan CSĐT Công an TP Cần Thơ' },
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body
  }
  const act = async (
    matter: Detail,
    type: string,
    occurredOn: string,
    extra: Record<string, unknown> = {},
  ): Promise<Detail> => {
    const res = await ksv.post(`/api/matters/${matter.id}/events`, {
      type,
      occurredOn,
      documentNumber: null,
      issuingBody: null,
      data: {},
      ...extra,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body
  }

  beforeAll(async () => {
    t = await startTestApp(engine)
    ksv = await t.signIn('ksv')
    leader = await t.signIn('lanhdao')
    unitId = await t.unitId('CT.KV6')
  })
  afterAll(async () => t?.close())

  it('counts a person whose detention order expired, and one held after the file changed hands without a new order', async () => {
    const before = await overdue()

    // A: a 02-month order from 10/01/2025 = 60 days: 10/01 + 59 (31/01 is +21, 28/02 +49) → 10/03/2025.
    // Still held today, long after: the Điều 173 deadline is overrun within NTK2025 (stored 'open';
    // the indicator counts an open deadline whose day has passed).
    let a = await openCase('31/2025/HS-KV6')
    const suspectA = a.subjects[0]!.id
    a = await act(a, 'suspect_instituted', '2025-01-08', { subjectId: suspectA, data: { charge: THEFT } })
    a = await act(a, 'detention_ordered', '2025-01-10', {
      subjectId: suspectA,
      data: { term: { amount: 2, unit: 'months' }, endsOn: '2025-03-10' },
    })
    expect(a.deadlines.find((d) => d.ruleCode === 'BLTTHS_173_TAM_GIAM')).toMatchObject({
      subjectId: suspectA,
      dueDate: '2025-03-10',
      status: 'open',
    })
    expect(a.subjects[0]!.measure).toBe('detention')

    // B: the same order, the file received on 03/03/2025 and no detention order for prosecution
    // (Điều 241) before the investigation order ran out on 10/03: held without a valid order.
    let b = await openCase('32/2025/HS-KV6')
    const suspectB = b.subjects[0]!.id
    b = await act(b, 'suspect_instituted', '2025-01-08', { subjectId: suspectB, data: { charge: THEFT } })
    b = await act(b, 'detention_ordered', '2025-01-10', {
      subjectId: suspectB,
      data: { term: { amount: 2, unit: 'months' } },
    })
    b = await act(b, 'investigation_concluded', '2025-03-01')
    b = await act(b, 'file_received', '2025-03-03')
    expect(b.deadlines.find((d) => d.ruleCode === 'BLTTHS_173_TAM_GIAM')).toMatchObject({
      dueDate: '2025-03-10',
      status: 'met',
    })
    const noOrder = b.deadlines.find((d) => d.ruleCode === 'TAM_GIAM_KHONG_CO_LENH')!
    expect(noOrder).toMatchObject({ subjectId: suspectB, dueDate: '2025-03-10', status: 'open' })
    expect(noOrder.basis).toMatch(
      /^Điều 134 khoản 1 BLTTHS 2015: lệnh tạm giam trước hết hiệu lực vào 24 giờ ngày 10\/03\/2025/,
    )

    // Two persons more in the indicator of khu vực 6.
    expect(await overdue()).toBe(before + 2)

    // A detention order for prosecution on 12/03 (late: B was held on 11/03 without an order) closes
    // the gap as missed — B stays counted; 241 itself: ≤ 20 ngày from 12/03 → 12/03 + 19 = 31/03/2025.
    b = await act(b, 'detention_ordered', '2025-03-12', {
      subjectId: suspectB,
      data: { term: { amount: 20, unit: 'days' } },
    })
    expect(b.deadlines.find((d) => d.ruleCode === 'TAM_GIAM_KHONG_CO_LENH')).toMatchObject({
      status: 'missed',
      dueDate: '2025-03-10',
    })
    expect(b.deadlines.find((d) => d.ruleCode === 'BLTTHS_241_TAM_GIAM_TRUY_TO')).toMatchObject({
      dueDate: '2025-03-31',
    })
    expect(await overdue()).toBe(before + 2)
  })

  it('keeps an order beyond the law on the legal end day, and refuses an end day before the order', async () => {
    let c = await openCase('33/2025/HS-KV6')
    const suspect = c.subjects[0]!.id
    c = await act(c, 'suspect_instituted', '2025-01-08', { subjectId: suspect, data: { charge: THEFT } })
    const refused = await ksv.post(`/api/matters/${c.id}/events`, {
      type: 'detention_ordered',
      occurredOn: '2025-01-10',
      subjectId: suspect,
      data: { endsOn: '2025-01-09' },
    })
    expect(refused.status).toBe(422)
    expect(refused.body.error.details).toContainEqual({
      path: 'data.endsOn',
      message: 'Ngày kết thúc tạm giam không được trước ngày ra lệnh, quyết định (10/01/2025)',
    })
    // 03 tháng ordered for an ít nghiêm trọng charge: Điều 173 allows 60 days → 10/03/2025.
    c = await act(c, 'detention_ordered', '2025-01-10', {
      subjectId: suspect,
      data: { term: { amount: 3, unit: 'months' } },
    })
    const detention = c.deadlines.find((d) => d.ruleCode === 'BLTTHS_173_TAM_GIAM')!
    expect(detention.dueDate).toBe('2025-03-10')
    expect(detention.basis).toContain('VI PHẠM')
  })
})
