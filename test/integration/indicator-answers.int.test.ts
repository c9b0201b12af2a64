// The dashboard's answers are kept in memory while their inputs have not moved (issue 12,
// speed): a second reading is the same answer, not a recomputation — and every input that
// changes a figure makes the next reading fresh: a crime report recorded, a target entered, a
// period closed, and a write made outside this server (another instance, a script).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { statisticsYearOf } from '@/domain/indicators/periods.ts'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type Agent, type TestApp } from '../support/test-app.ts'

type Value = { code: string; numerator: number; statusText: string }
type Values = { computedAt: string; indicators: Value[]; closure: { asOf: string } | null }

const CODE = 'TIN_BAO_GIAI_QUYET'

describe.each(ENGINES)('the dashboard answers kept in memory on %s', (engine) => {
  let t: TestApp
  let ksv: Agent
  let leader: Agent
  let stats: Agent
  let admin: Agent
  let kv6: number
  let thisYear: string
  let lastYear: string

  const values = async (period = thisYear, unitId = kv6): Promise<Values> => {
    const res = await leader.get(`/api/indicators/values?unitId=${unitId}&period=${period}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body
  }
  const valueOf = (body: Values, code: string) => body.indicators.find((i) => i.code === code)!

  beforeAll(async () => {
    t = await startTestApp(engine, { scale: 1 })
    ;[ksv, leader, stats, admin] = [
      await t.signIn('ksv'),
      await t.signIn('lanhdao'),
      await t.signIn('thongke'),
      await t.signIn('admin'),
    ]
    kv6 = await t.unitId('CT.KV6')
    const year = statisticsYearOf(t.today())
    thisYear = `NTK${year}`
    lastYear = `NTK${year - 1}`
  })
  afterAll(async () => t?.close())

  it('answers a second reading with the same answer, computed once', async () => {
    const first = await values()
    const second = await values()
    expect(second.computedAt).toBe(first.computedAt)
    expect(second).toEqual(first)
  })

  it('a crime report recorded makes the next reading count it', async () => {
    const before = valueOf(await values(), 'TIN_BAO_THU_LY').numerator
    const res = await ksv.post('/api/matters', {
      kind: 'crime_report',
      unitId: kv6,
      number: '5001/TB-KV6',
      title: 'Tin báo mất trộm xe máy tại phường Hưng Phú',
      prosecutorId: ksv.me.user.personId,
      subjects: [],
      initialEvent: {
        type: 'report_received',
        occurredOn: t.today(),
        documentNumber: null,
        issuingBody: null,
        data: { source: 'tin_bao', investigatingBody: 'Cơ quan CSĐT Công an TP Cần Thơ' },
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(valueOf(await values(), 'TIN_BAO_THU_LY').numerator).toBe(before + 1)
  })

  it('a target entered makes the next reading judge by it', async () => {
    const before = valueOf(await values(), CODE).statusText
    expect(before).not.toContain('99,5')
    const res = await admin.post(`/api/indicators/targets/${CODE}`, {
      comparison: '>=',
      value: 99.5,
      legalSource: 'Kế hoạch công tác năm của VKSND thành phố Cần Thơ',
      effectiveFrom: thisYear.replace(/NTK(\d+)/, (_, y) => `${Number(y) - 1}-12-01`),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(valueOf(await values(), CODE).statusText).toContain('99,5')
  })

  it('a period closed makes the next reading show the closure', async () => {
    expect((await values(lastYear)).closure).toBeNull()
    const closed = await stats.post('/api/indicators/closures', { unitId: kv6, period: lastYear })
    expect(closed.status, JSON.stringify(closed.body)).toBe(200)
    expect((await values(lastYear)).closure).not.toBeNull()
  })

  it('a write made outside this server (another instance, a script) is seen too', async () => {
    const before = await values()
    // Withdrawing every target of the code straight in the database: no request of this server knows.
    await t.database.handle.query(
      `UPDATE indicator_targets SET withdrawn_at = now(), withdrawal_reason = 'Thử nghiệm', withdrawn_by = $1
        WHERE indicator_code = $2 AND withdrawn_at IS NULL`,
      [admin.me.user.personId, CODE],
    )
    const after = await values()
    expect(after.computedAt).not.toBe(before.computedAt)
    expect(valueOf(after, CODE).statusText).not.toContain('99,5')
  })
})
