// Rút chỉ tiêu: a target entered by mistake is withdrawn by an administrator of the unit that
// keeps it, with a reason; it stays on the record but is no longer in force, the one before it is
// in force again, and a later target can be entered. Target changes are audited under that unit,
// so its audit viewer (administrators and leadership of the unit) shows them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type Agent, type TestApp } from '../support/test-app.ts'

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i
const CODE = 'TIN_BAO_GIAI_QUYET'
const LEGAL = 'Kế hoạch công tác năm 2026 của VKSND thành phố Cần Thơ'

type HistoryRow = {
  id: number
  value: number | null
  effectiveFrom: string
  effectiveTo: string | null
  unitId: number | null
  withdrawnAt: string | null
  withdrawnByName: string | null
  withdrawalReason: string | null
}

describe.each(ENGINES)('withdrawing a target on %s', (engine) => {
  let t: TestApp
  let admin: Agent
  let leader: Agent
  let ksv: Agent
  let thongke: Agent
  let ct: number
  const history = async (code = CODE) => (await admin.get(`/api/indicators/targets/${code}`)).body.items as HistoryRow[]
  const current = async (code = CODE) =>
    (
      (await admin.get('/api/indicators/catalogue')).body.items as {
        code: string
        target: { value: number | null; effectiveFrom: string } | null
      }[]
    ).find((i) => i.code === code)!.target
  const targets = async () =>
    (
      await t.database.handle.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM indicator_targets WHERE withdrawn_at IS NOT NULL',
      )
    )[0]!.n
  /** An administrator over the whole tree (VKSNDTC): no demo login has that grant. */
  const rootAdmin = async (): Promise<Agent> => {
    const [root] = await t.database.handle.query<{ id: number }>(
      `SELECT id FROM units WHERE parent_id IS NULL ORDER BY id LIMIT 1`,
    )
    const [xem] = await t.database.handle.query<{ id: number }>(`SELECT id FROM people WHERE username = 'xem'`)
    await t.database.handle.query(
      `INSERT INTO role_grants (person_id, role, unit_id) VALUES ($1, 'admin', $2) ON CONFLICT DO NOTHING`,
      [xem!.id, root!.id],
    )
    return t.signIn('xem')
  }

  beforeAll(async () => {
    t = await startTestApp(engine, { scale: 1 })
    admin = await t.signIn('admin')
    leader = await t.signIn('lanhdao')
    ksv = await t.signIn('ksv')
    thongke = await t.signIn('thongke')
    ct = await t.unitId('CT')
  })
  afterAll(() => t?.close())

  it('withdraws a target entered by mistake: kept with who and why, no longer in force, the one before in force again, a later one can be entered', async () => {
    const shipped = await current()
    // A target from a day far ahead (the 31/12/9999 of the report, now inside the date range) blocks every later one.
    const mistake = await admin.post(`/api/indicators/targets/${CODE}`, {
      comparison: '>=',
      value: 99,
      legalSource: LEGAL,
      effectiveFrom: '2100-12-31',
    })
    expect(mistake.status, JSON.stringify(mistake.body)).toBe(200)
    const wrong = mistake.body.items[0] as HistoryRow
    expect(wrong).toMatchObject({ effectiveFrom: '2100-12-31', unitId: ct, withdrawnAt: null })
    const blocked = await admin.post(`/api/indicators/targets/${CODE}`, {
      comparison: '>=',
      value: 92,
      legalSource: LEGAL,
      effectiveFrom: '2027-01-01',
    })
    expect(blocked.status).toBe(409)
    expect(blocked.body.error.code).toBe('TARGET_DATE_CONFLICT')

    const withdrawn = await admin.post(`/api/indicators/targets/${wrong.id}/withdraw`, {
      reason: 'Nhập nhầm ngày áp dụng (năm 2100)',
    })
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    const row = (withdrawn.body.items as HistoryRow[]).find((r) => r.id === wrong.id)!
    expect(row).toMatchObject({
      withdrawalReason: 'Nhập nhầm ngày áp dụng (năm 2100)',
      withdrawnByName: admin.me.user.fullName,
    })
    expect(row.withdrawnAt).not.toBeNull()
    // The shipped target is the one in force again, open-ended.
    expect(
      (withdrawn.body.items as HistoryRow[]).find((r) => r.id !== wrong.id && r.withdrawnAt === null),
    ).toMatchObject({ effectiveTo: null })
    expect(await current()).toEqual(shipped)

    // The day is free again, and a target from an earlier day is accepted.
    const later = await admin.post(`/api/indicators/targets/${CODE}`, {
      comparison: '>=',
      value: 92,
      legalSource: LEGAL,
      effectiveFrom: '2027-01-01',
    })
    expect(later.status, JSON.stringify(later.body)).toBe(200)
    const again = await admin.post(`/api/indicators/targets/${CODE}`, {
      comparison: '>=',
      value: 93,
      legalSource: LEGAL,
      effectiveFrom: '2100-12-31',
    })
    expect(again.status, JSON.stringify(again.body)).toBe(200)
    const rows = await history()
    expect(rows.filter((r) => r.effectiveFrom === '2100-12-31')).toHaveLength(2)
    expect(rows.find((r) => r.effectiveFrom === '2027-01-01')).toMatchObject({ effectiveTo: '2100-12-30' })
  })

  it('puts the neighbours back together when a target between two others is withdrawn, and never counts it in the figures', async () => {
    const code = 'TRUY_TO_DUNG_HAN'
    const a = await admin.post(`/api/indicators/targets/${code}`, {
      comparison: '>=',
      value: 80,
      legalSource: LEGAL,
      effectiveFrom: '2026-01-01',
    })
    expect(a.status, JSON.stringify(a.body)).toBe(200)
    const b = await admin.post(`/api/indicators/targets/${code}`, {
      comparison: '>=',
      value: 1,
      legalSource: LEGAL,
      effectiveFrom: '2026-03-01',
    })
    const c = await admin.post(`/api/indicators/targets/${code}`, {
      comparison: '>=',
      value: 85,
      legalSource: LEGAL,
      effectiveFrom: '2027-01-01',
    })
    expect(c.status).toBe(200)
    expect(await current(code)).toMatchObject({ value: 1 })
    const middle = (b.body.items as HistoryRow[])[0]!
    expect(
      (await admin.post(`/api/indicators/targets/${middle.id}/withdraw`, { reason: 'Giá trị 1% nhập nhầm' })).status,
    ).toBe(200)
    const rows = await history(code)
    expect(rows.find((r) => r.effectiveFrom === '2026-01-01')).toMatchObject({
      effectiveTo: '2026-12-31',
      withdrawnAt: null,
    })
    expect(await current(code)).toMatchObject({ value: 80, effectiveFrom: '2026-01-01' })
  })

  it('refuses a short or missing reason, a second withdrawal, an unknown id and anyone but an administrator of the keeping unit — changing nothing', async () => {
    const set = await admin.post(`/api/indicators/targets/KIEN_NGHI_CHAP_NHAN`, {
      comparison: '>=',
      value: 70,
      legalSource: LEGAL,
      effectiveFrom: '2026-06-01',
    })
    expect(set.status, JSON.stringify(set.body)).toBe(200)
    const id = (set.body.items as HistoryRow[])[0]!.id
    const withdrawnBefore = await targets()
    const auditBefore = await t.auditCount()

    for (const body of [{ reason: 'ab' }, { reason: '   ' }, {}, { reason: 'x'.repeat(501) }]) {
      const res = await admin.post(`/api/indicators/targets/${id}/withdraw`, body)
      expect(res.status).toBe(400)
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain('reason')
    }
    for (const agent of [ksv, thongke, leader]) {
      const res = await agent.post(`/api/indicators/targets/${id}/withdraw`, { reason: 'Không có quyền rút' })
      expect(res.status, agent.username).toBe(403)
      expect(res.body.error.code).toBe('FORBIDDEN')
    }
    const unknown = await admin.post('/api/indicators/targets/999999/withdraw', { reason: 'Không tồn tại' })
    expect(unknown.status).toBe(404)
    expect(unknown.body.error).toMatchObject({ code: 'TARGET_NOT_FOUND' })
    expect(unknown.body.error.message).toMatch(VIETNAMESE)
    // A shipped target (kept by the whole tree) is not a provincial administrator's to withdraw.
    const shipped = (await history()).find((r) => r.unitId === null)!
    const notTheirs = await admin.post(`/api/indicators/targets/${shipped.id}/withdraw`, {
      reason: 'Rút chỉ tiêu mặc định',
    })
    expect(notTheirs.status).toBe(403)
    expect(await targets()).toBe(withdrawnBefore)
    expect(await t.auditCount()).toBe(auditBefore)

    expect((await admin.post(`/api/indicators/targets/${id}/withdraw`, { reason: 'Nhập nhầm' })).status).toBe(200)
    const twice = await admin.post(`/api/indicators/targets/${id}/withdraw`, { reason: 'Nhập nhầm lần hai' })
    expect(twice.status).toBe(409)
    expect(twice.body.error.code).toBe('TARGET_ALREADY_WITHDRAWN')
    expect(await targets()).toBe(withdrawnBefore + 1)
  })

  it('lets an administrator of the whole tree withdraw what the tree keeps, and no provincial administrator withdraw it', async () => {
    const root = await rootAdmin()
    const set = await root.post(`/api/indicators/targets/XET_XU_TRUC_TUYEN`, {
      comparison: '>=',
      value: 10,
      legalSource: 'Kế hoạch của VKSND tối cao',
      effectiveFrom: '2026-06-01',
    })
    expect(set.status, JSON.stringify(set.body)).toBe(200)
    const row = (set.body.items as HistoryRow[])[0]!
    expect(row.unitId).not.toBe(ct)
    const provincial = await admin.post(`/api/indicators/targets/${row.id}/withdraw`, { reason: 'Không thuộc quyền' })
    expect(provincial.status).toBe(403)
    expect(
      (await root.post(`/api/indicators/targets/${row.id}/withdraw`, { reason: 'Giao nhầm chỉ tiêu' })).status,
    ).toBe(200)
  })

  it('audits target changes under the keeping unit, with the reason, so that unit’s audit viewer shows them', async () => {
    const set = await admin.post(`/api/indicators/targets/KHANG_NGHI_DS_CHAP_NHAN`, {
      comparison: '>=',
      value: 60,
      legalSource: LEGAL,
      effectiveFrom: '2026-06-01',
    })
    expect(set.status, JSON.stringify(set.body)).toBe(200)
    const id = (set.body.items as HistoryRow[])[0]!.id
    expect(
      (await admin.post(`/api/indicators/targets/${id}/withdraw`, { reason: 'Nhập nhầm chỉ tiêu kháng nghị' })).status,
    ).toBe(200)
    for (const viewer of [admin, leader]) {
      const res = await viewer.get(`/api/audit?entity=indicator_target&entityId=${id}`)
      expect(res.status, viewer.username).toBe(200)
      const rows = res.body.items as { action: string; unitId: number | null; after: any }[]
      expect(rows.map((r) => r.action).sort(), viewer.username).toEqual(['create', 'withdraw'])
      expect(rows.every((r) => r.unitId === ct)).toBe(true)
      expect(rows.find((r) => r.action === 'withdraw')!.after).toMatchObject({
        reason: 'Nhập nhầm chỉ tiêu kháng nghị',
      })
    }
  })
})
