// Indicators through the real server on both databases, on a small register built by hand
// through the API: crime reports carried over, transferred, voided, decided at 23:59 on the
// last day of the statistics year, one recorded in a district merged into a regional
// procuracy on 01/7/2025. The expected figures are worked out in the comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { sql } from 'drizzle-orm'
import { statisticsYearOf } from '@/domain/indicators/periods.ts'
import { dashboardPeriods, warmFigures } from '@/server/modules/indicators/warm-figures.ts'
import { createUnitTreeCache } from '@/server/platform/unit-tree-cache.ts'
import { manualClock } from '@/server/platform/time.ts'
import { DEMO_PASSWORD } from '@/demo/types.ts'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type Agent, type TestApp } from '../support/test-app.ts'

type Value = {
  code: string
  numerator: number
  denominator: number | null
  value: number | null
  status: string
  statusText: string
  changeText: string
  reported: { numerator: number } | null
  correctionText: string | null
}

const NTK2025 = 'NTK2025' // 01/12/2024 – 30/11/2025

describe.each(ENGINES)('indicators on %s', (engine) => {
  let t: TestApp
  let ksv: Agent
  let ksv2: Agent
  let leader: Agent
  let stats: Agent
  let emulation: Agent
  let admin: Agent
  const ids: Record<string, number> = {}
  const unit: Record<string, number> = {}

  const exec = (query: ReturnType<typeof sql>) => t.database.handle.db.execute(query)
  /** How many figure rows are cached and when the newest was computed: unchanged means nothing was recomputed. */
  const cacheStamp = async () =>
    (
      (await exec(
        sql`SELECT count(*)::int AS n, max(computed_at)::text AS last FROM indicator_figure_cache`,
      )) as unknown as { rows: { n: number; last: string }[] }
    ).rows[0]!

  const report = async (key: string, unitCode: string, receivedOn: string, agent: Agent = ksv) => {
    const res = await agent.post('/api/matters', {
      kind: 'crime_report',
      unitId: unit[unitCode],
      number: `${key}/2025/TB`,
      title: `Tin báo ${key}`,
      prosecutorId: agent.me.user.personId,
      subjects: [],
      initialEvent: {
        type: 'report_received',
        occurredOn: receivedOn,
        documentNumber: null,
        issuingBody: null,
        data: { source: 'tin_bao', investigatingBody: 'Cơ quan CSĐT Công an TP Cần Thơ' },
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    ids[key] = res.body.id
  }
  const act = async (key: string, type: string, occurredOn: string, data: Record<string, unknown>) => {
    const res = await ksv.post(`/api/matters/${ids[key]}/events`, {
      type,
      occurredOn,
      documentNumber: null,
      issuingBody: null,
      data,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body.events.at(-1).id as number
  }
  const values = async (agent: Agent, unitCode: string, period: string, asOf?: string) => {
    const res = await agent.get(
      `/api/indicators/values?unitId=${unit[unitCode]}&period=${period}${asOf ? `&asOf=${asOf}` : ''}`,
    )
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body as {
      indicators: Value[]
      children: { code: string; values: Record<string, { numerator: number; denominator: number | null }> }[]
      closure: unknown
    }
  }
  const valueOf = (body: { indicators: Value[] }, code: string) => body.indicators.find((i) => i.code === code)!
  const records = async (agent: Agent, unitCode: string, code: string, part: string, asOf?: string) =>
    agent.get(
      `/api/indicators/records?unitId=${unit[unitCode]}&code=${code}&part=${part}&period=${NTK2025}${asOf ? `&asOf=${asOf}` : ''}`,
    )

  beforeAll(async () => {
    // One instant for the whole file: the figures warmed below and the requests that read them
    // agree on "today" even across midnight.
    t = await startTestApp(engine, { clock: manualClock(new Date()) })
    for (const code of ['CT', 'CT.KV6', 'CT.KV7', 'HG.VTA', 'CT.P1']) unit[code] = await t.unitId(code)
    ;[ksv, ksv2, leader, stats, emulation, admin] = await Promise.all([
      t.signIn('ksv'),
      t.signIn('ksv2'),
      t.signIn('lanhdao'),
      t.signIn('thongke'),
      t.signIn('thidua'),
      t.signIn('admin'),
    ])

    // R1 received before the statistics year, still undecided when it opened: carried over; decided in the year.
    await report('R1', 'CT.KV6', '2024-11-20')
    await act('R1', 'report_not_instituted', '2024-12-10', { reason: 'Không có sự việc phạm tội' })
    // R2 transferred to another body: out of the resolution rate (DOMAIN.md §3.2).
    await report('R2', 'CT.KV6', '2025-03-05')
    await act('R2', 'report_transferred', '2025-03-20', { toBody: 'Công an tỉnh Sóc Trăng' })
    // R3 received and decided on the last day of the year; the decision is entered at 23:59.
    await report('R3', 'CT.KV6', '2025-11-30')
    await act('R3', 'report_case_instituted', '2025-11-30', {})
    // R4 received in the year, decided the day after it ended: unresolved at the end.
    await report('R4', 'CT.KV6', '2025-11-25')
    await act('R4', 'report_not_instituted', '2025-12-01', { reason: 'Tranh chấp dân sự' })
    // R5 decided in February, but the decision was voided as a mistake on 15/12/2025.
    await report('R5', 'CT.KV6', '2025-02-01')
    const voided = await act('R5', 'report_administrative', '2025-02-10', {})
    const res = await ksv.post(`/api/matters/${ids.R5}/events/${voided}/void`, { reason: 'Ghi nhầm vụ việc khác' })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    // H1 in the Vị Thanh district procuracy, merged into khu vực 6 on 01/7/2025: its figures go to khu vực 6.
    await report('H1', 'HG.VTA', '2025-01-10')
    await act('H1', 'report_not_instituted', '2025-01-20', { reason: 'Không có sự việc phạm tội' })
    // K1 in khu vực 7: counted there, not in khu vực 6.
    await report('K1', 'CT.KV7', '2025-04-01', ksv2)

    // Everything was entered today; the register's history says when each act was entered:
    // at 16:00 on its own day, the R3 decision at 23:59 on 30/11/2025, the void on 15/12/2025.
    await exec(sql`UPDATE matter_events SET recorded_at = (occurred_on::text || 'T16:00:00+07:00')::timestamptz`)
    await exec(
      sql`UPDATE matter_events SET recorded_at = '2025-11-30T23:59:00+07:00' WHERE matter_id = ${ids.R3} AND type = 'report_case_instituted'`,
    )
    await exec(sql`UPDATE matter_events SET voided_at = '2025-12-15T09:00:00+07:00' WHERE id = ${voided}`)
    // The deadlines keep their acts' entry times, as recompute copies them.
    await exec(sql`UPDATE deadlines d SET start_recorded_at = (SELECT e.recorded_at FROM matter_events e WHERE e.id = d.start_event_id),
                                          closed_recorded_at = (SELECT e.recorded_at FROM matter_events e WHERE e.id = d.closed_by_event_id)`)
  })
  afterAll(async () => t?.close())

  it('counts the crime-report resolution rate of khu vực 6 as of today', async () => {
    const body = await values(leader, 'CT.KV6', NTK2025)
    // To resolve: R1 (carried over), R3, R4, R5, H1 (merged district); R2 transferred → 5.
    // Resolved in the year: R1, R3, H1 (R5's decision is void, R4 decided after the year) → 3.
    expect(valueOf(body, 'TIN_BAO_GIAI_QUYET')).toMatchObject({ numerator: 3, denominator: 5, value: 60 })
    // Supervised: R1, R2, R3, R4, R5, H1 → 6.
    expect(valueOf(body, 'TIN_BAO_THU_LY')).toMatchObject({ numerator: 6, denominator: null })
    // Unresolved at the end: R4, R5 → 2; their Art. 147 deadlines (20 days) had not run out by
    // 30/11/2025 for R4 (received 25/11), but had for R5 (received 01/02, decision voided).
    expect(valueOf(body, 'TIN_BAO_QUA_HAN')).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 50,
      status: 'missed',
    })
  })

  it('counts only what had been entered by the end of the "as of" day', async () => {
    // As of 30/11/2025: the decision on R3 (entered 23:59) counts; R5's decision was not yet voided.
    const last = await values(leader, 'CT.KV6', NTK2025, '2025-11-30')
    expect(valueOf(last, 'TIN_BAO_GIAI_QUYET')).toMatchObject({ numerator: 4, denominator: 5 })
    // As of 29/11/2025: R3 did not exist yet; R5 still counted as decided.
    const before = await values(leader, 'CT.KV6', NTK2025, '2025-11-29')
    expect(valueOf(before, 'TIN_BAO_GIAI_QUYET')).toMatchObject({ numerator: 3, denominator: 4 })
  })

  it('opens the exact records behind each figure, as a list and as an Excel file', async () => {
    const numerator = await records(leader, 'CT.KV6', 'TIN_BAO_GIAI_QUYET', 'numerator')
    expect(numerator.status).toBe(200)
    expect(numerator.body.figure).toBe(3)
    expect(numerator.body.total).toBe(3)
    expect(numerator.body.items.map((i: { number: string }) => i.number).sort()).toEqual([
      'H1/2025/TB',
      'R1/2025/TB',
      'R3/2025/TB',
    ])
    const denominator = await records(leader, 'CT.KV6', 'TIN_BAO_GIAI_QUYET', 'denominator', '2025-11-29')
    expect(denominator.body.items.map((i: { number: string }) => i.number).sort()).toEqual([
      'H1/2025/TB',
      'R1/2025/TB',
      'R4/2025/TB',
      'R5/2025/TB',
    ])

    // The download needs the raw bytes: sign in directly rather than through the JSON agent.
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'lanhdao', password: DEMO_PASSWORD },
    })
    const cookie = `ks_session=${login.cookies.find((c) => c.name === 'ks_session')!.value}`
    const file = await t.app.inject({
      method: 'GET',
      url: `/api/indicators/records.xlsx?unitId=${unit['CT.KV6']}&code=TIN_BAO_GIAI_QUYET&part=numerator&period=${NTK2025}`,
      headers: { cookie },
    })
    expect(file.statusCode).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(file.rawPayload as never)
    const sheet = workbook.getWorksheet('Hồ sơ')!
    expect(sheet.rowCount).toBe(1 + 3)
    expect([2, 3, 4].map((row) => String(sheet.getRow(row).getCell(2).value)).sort()).toEqual([
      'H1/2025/TB',
      'R1/2025/TB',
      'R3/2025/TB',
    ])
    expect(workbook.getWorksheet('Thông tin')!.getRow(3).getCell(2).value).toBe('3')
  })

  it('rolls up over the tree: the province equals the sum of its units, the merged district lands on its successor', async () => {
    const province = await values(leader, 'CT', NTK2025)
    const kv6 = province.children.find((c) => c.code === 'CT.KV6')!
    const kv7 = province.children.find((c) => c.code === 'CT.KV7')!
    expect(kv6.values.TIN_BAO_THU_LY!.numerator).toBe(6)
    expect(kv7.values.TIN_BAO_THU_LY!.numerator).toBe(1)
    const sum = province.children.reduce((s, c) => s + c.values.TIN_BAO_THU_LY!.numerator, 0)
    expect(valueOf(province, 'TIN_BAO_THU_LY').numerator).toBe(sum)
    expect(sum).toBe(7)
    // The district no longer exists at the end of the year: its figures are read at khu vực 6.
    const ceased = await leader.get(`/api/indicators/values?unitId=${unit['HG.VTA']}&period=${NTK2025}`)
    expect(ceased.status).toBe(422)
    expect(ceased.body.error.code).toBe('PERIOD_UNIT_NOT_IN_FORCE')
  })

  it('compares with the same period last year in a Vietnamese sentence', async () => {
    const body = await values(leader, 'CT.KV6', NTK2025)
    // NTK2024 (01/12/2023 – 30/11/2024): R1 was received on 20/11/2024 → 1 report supervised.
    expect(valueOf(body, 'TIN_BAO_THU_LY').changeText).toBe('tăng 5 vụ (500%) so với cùng kỳ năm trước')
  })

  it('keeps figures per unit and recomputes only the unit a write touched', async () => {
    await values(leader, 'CT', NTK2025)
    const cacheRows = async () =>
      (await exec(
        sql`SELECT unit_id, computed_at::text AS computed_at FROM indicator_figure_cache WHERE period_key = ${NTK2025} ORDER BY unit_id`,
      )) as unknown as { rows: { unit_id: number; computed_at: string }[] }
    const before = new Map((await cacheRows()).rows.map((r) => [Number(r.unit_id), r.computed_at]))
    await report('K2', 'CT.KV7', '2025-05-01', ksv2)
    const after = await values(leader, 'CT', NTK2025)
    expect(after.children.find((c) => c.code === 'CT.KV7')!.values.TIN_BAO_THU_LY!.numerator).toBe(2)
    const rows = new Map((await cacheRows()).rows.map((r) => [Number(r.unit_id), r.computed_at]))
    expect(rows.get(unit['CT.KV7']!)).not.toBe(before.get(unit['CT.KV7']!))
    expect(rows.get(unit['CT.KV6']!)).toBe(before.get(unit['CT.KV6']!))
  })

  it('warms the dashboard figures in the background, so the first request of the day computes nothing', async () => {
    const tree = await createUnitTreeCache(t.database.handle.db).get()
    const today = t.today()
    expect(await warmFigures(t.database.handle.db, tree, today)).toBe(dashboardPeriods(today).length)
    const before = await cacheStamp()
    const year = statisticsYearOf(today)
    await values(leader, 'CT', `NTK${year}`)
    expect(await cacheStamp()).toEqual(before)
  })

  it('keeps the change log to each unit’s newest change older than a day, and the figures stay fresh', async () => {
    const tree = await createUnitTreeCache(t.database.handle.db).get()
    const today = t.today()
    await warmFigures(t.database.handle.db, tree, today)
    const log = async () =>
      (
        (await exec(
          sql`SELECT unit_id, count(*)::int AS n, max(id)::text AS newest FROM register_changes GROUP BY unit_id ORDER BY unit_id`,
        )) as unknown as {
          rows: { unit_id: number; n: number; newest: string }[]
        }
      ).rows
    const before = await log()
    expect(before.some((row) => row.n > 1)).toBe(true)
    // Today's rows are kept; once they are two days old, only each unit's newest remains.
    await warmFigures(t.database.handle.db, tree, today)
    expect(await log()).toEqual(before)
    await exec(sql`UPDATE register_changes SET changed_at = changed_at - interval '2 days'`)
    const cached = await cacheStamp()
    await warmFigures(t.database.handle.db, tree, today)
    expect(await log()).toEqual(before.map((row) => ({ ...row, n: 1 })))
    // The versions did not move: nothing was recomputed.
    expect(await cacheStamp()).toEqual(cached)
  })

  it('closes a period: frozen as reported, later corrections shown as differences, the level above sees who closed', async () => {
    // The statistics year the server's clock is in has not ended (whatever the wall clock says).
    const notEnded = await stats.post('/api/indicators/closures', {
      unitId: unit['CT.KV6'],
      period: `NTK${statisticsYearOf(t.today())}`,
    })
    expect(notEnded.status).toBe(422)
    expect(notEnded.body.error.code).toBe('PERIOD_NOT_ENDED')
    const forbidden = await ksv.post('/api/indicators/closures', { unitId: unit['CT.KV6'], period: NTK2025 })
    expect(forbidden.status).toBe(403)

    const closed = await stats.post('/api/indicators/closures', { unitId: unit['CT.KV6'], period: NTK2025 })
    expect(closed.status, JSON.stringify(closed.body)).toBe(200)
    const again = await stats.post('/api/indicators/closures', { unitId: unit['CT.KV6'], period: NTK2025 })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('PERIOD_ALREADY_CLOSED')

    // A late entry in the closed year: the submitted figure stays, the difference is shown.
    await report('R6', 'CT.KV6', '2025-06-01')
    const body = await values(leader, 'CT.KV6', NTK2025)
    const supervised = valueOf(body, 'TIN_BAO_THU_LY')
    expect(supervised.numerator).toBe(7)
    expect(supervised.reported!.numerator).toBe(6)
    expect(supervised.correctionText).toContain('+1')

    const overview = await leader.get(`/api/indicators/closures?unitId=${unit.CT}&period=${NTK2025}`)
    const byCode = new Map(overview.body.items.map((i: { code: string; closure: unknown }) => [i.code, i.closure]))
    expect(byCode.get('CT.KV6')).toMatchObject({ asOf: expect.any(String) })
    expect(byCode.get('CT.KV7')).toBeNull()
  })

  it('lets a regional prosecutor see only their own unit, and opening records needs the right to read matters', async () => {
    expect((await values(ksv, 'CT.KV6', NTK2025)).indicators.length).toBeGreaterThan(10)
    for (const url of [
      `/api/indicators/values?unitId=${unit['CT.KV6']}&period=${NTK2025}`,
      `/api/indicators/values?unitId=${unit.CT}&period=${NTK2025}`,
      `/api/indicators/records?unitId=${unit['CT.KV6']}&code=TIN_BAO_GIAI_QUYET&part=numerator&period=${NTK2025}`,
      `/api/indicators/ranking?unitId=${unit.CT}&code=TIN_BAO_GIAI_QUYET&period=${NTK2025}`,
      `/api/indicators/trend?unitId=${unit['CT.KV6']}&code=TIN_BAO_GIAI_QUYET&year=2025`,
      `/api/indicators/prosecutors?unitId=${unit['CT.KV6']}&code=TIN_BAO_GIAI_QUYET&period=${NTK2025}`,
      `/api/indicators/closures?unitId=${unit['CT.KV6']}&period=${NTK2025}`,
    ]) {
      const res = await ksv2.get(url)
      expect(res.status, url).toBe(403)
      expect(res.body.error.code).toBe('FORBIDDEN')
    }
    // The emulation officer reads figures but not the case records behind them.
    expect((await values(emulation, 'CT', NTK2025)).indicators.length).toBeGreaterThan(10)
    expect((await records(emulation, 'CT.KV6', 'TIN_BAO_GIAI_QUYET', 'numerator')).status).toBe(403)
  })

  it('gives trends by month, a ranking of units and figures per prosecutor', async () => {
    const trend = await leader.get(`/api/indicators/trend?unitId=${unit['CT.KV6']}&code=TIN_BAO_THU_LY&year=2025`)
    expect(trend.status).toBe(200)
    expect(trend.body.months).toHaveLength(12)
    expect(trend.body.months[0].period.key).toBe('T2024-12')
    // December 2024: R1 carried over from November → 1; March 2025: R1? no (decided 10/12/2024); R2 received, R5 pending since February.
    expect(trend.body.months[0].current.numerator).toBe(1)
    // Cumulative by default (issue 12, item 3): each point counts from 01/12, so the last one is
    // the year's own figure, and a rate's curve agrees with the headline.
    expect(trend.body.view).toBe('cumulative')
    const rate = await leader.get(`/api/indicators/trend?unitId=${unit['CT.KV6']}&code=TIN_BAO_GIAI_QUYET&year=2025`)
    const year = valueOf(await values(leader, 'CT.KV6', NTK2025), 'TIN_BAO_GIAI_QUYET')
    const november = rate.body.months[11]
    expect(november.period.key).toBe('T2025-11')
    expect(november.counted).toMatchObject({ from: '2024-12-01', to: '2025-11-30' })
    expect({ numerator: november.current.numerator, denominator: november.current.denominator }).toEqual({
      numerator: year.numerator,
      denominator: year.denominator,
    })
    // The cumulative count never falls back from one month to the next.
    const counts = trend.body.months.map((m: { current: { denominator: number | null } }) => m.current.denominator ?? 0)
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1])
    // Month by month on request: November alone counts fewer than the whole year.
    const monthly = await leader.get(
      `/api/indicators/trend?unitId=${unit['CT.KV6']}&code=TIN_BAO_GIAI_QUYET&year=2025&view=monthly`,
    )
    expect(monthly.body.view).toBe('monthly')
    expect(monthly.body.months[11].counted.key).toBe('T2025-11')
    expect(monthly.body.months[11].countedLastYear.key).toBe('T2024-11')
    expect(monthly.body.months[11].current.denominator ?? 0).toBeLessThan(year.denominator ?? 0)
    const ranking = await leader.get(`/api/indicators/ranking?unitId=${unit.CT}&code=TIN_BAO_THU_LY&period=${NTK2025}`)
    expect(ranking.status).toBe(200)
    expect(ranking.body.items[0]).toMatchObject({ code: 'CT.KV6', rank: 1 })
    // On a rate, a unit that had nothing to resolve has no figure: listed after the ranked, without a rank.
    const rates = await leader.get(
      `/api/indicators/ranking?unitId=${unit.CT}&code=TIN_BAO_GIAI_QUYET&period=${NTK2025}`,
    )
    const items = rates.body.items as { code: string; rank: number | null; denominator: number; value: number | null }[]
    expect(items[0]).toMatchObject({ code: 'CT.KV6', rank: 1 })
    const noData = items.filter((i) => i.denominator === 0)
    expect(noData.length).toBeGreaterThan(0)
    expect(noData.every((i) => i.rank === null && i.value === null)).toBe(true)
    expect(items.slice(-noData.length)).toEqual(noData)
    const perProsecutor = await leader.get(
      `/api/indicators/prosecutors?unitId=${unit['CT.KV6']}&code=TIN_BAO_THU_LY&period=${NTK2025}`,
    )
    expect(perProsecutor.status).toBe(200)
    expect(perProsecutor.body.items).toEqual([
      expect.objectContaining({ prosecutorId: ksv.me.user.personId, numerator: 7 }),
    ])
  })

  it('lets only an administrator set a target from a date, and refuses bad input without changing anything', async () => {
    const code = 'TIN_BAO_GIAI_QUYET'
    const history = async () =>
      (await admin.get(`/api/indicators/targets/${code}`)).body.items as {
        comparison: string
        value: number | null
        effectiveFrom: string
        effectiveTo: string | null
      }[]
    expect(await history()).toHaveLength(1)
    const forbidden = await leader.post(`/api/indicators/targets/${code}`, {
      comparison: '>=',
      value: 95,
      legalSource: 'Kế hoạch công tác năm 2025',
      effectiveFrom: '2025-06-01',
    })
    expect(forbidden.status).toBe(403)
    const missingValue = await admin.post(`/api/indicators/targets/${code}`, {
      comparison: '>=',
      value: null,
      legalSource: 'Kế hoạch công tác năm 2025',
      effectiveFrom: '2025-06-01',
    })
    expect(missingValue.status).toBe(422)
    expect(missingValue.body.error.code).toBe('TARGET_INVALID')
    const tooEarly = await admin.post(`/api/indicators/targets/${code}`, {
      comparison: '>=',
      value: 95,
      legalSource: 'Kế hoạch công tác năm 2019',
      effectiveFrom: '2019-01-01',
    })
    expect(tooEarly.status).toBe(409)
    expect(await history()).toHaveLength(1)

    const set = await admin.post(`/api/indicators/targets/${code}`, {
      comparison: '>=',
      value: 50,
      legalSource: 'Kế hoạch công tác năm 2025 của VKSND thành phố Cần Thơ',
      effectiveFrom: '2025-06-01',
    })
    expect(set.status, JSON.stringify(set.body)).toBe(200)
    const rows = await history()
    expect(rows[0]).toMatchObject({ comparison: '>=', value: 50, effectiveFrom: '2025-06-01', effectiveTo: null })
    expect(rows[1]).toMatchObject({ effectiveTo: '2025-05-31' })
    // With R6 entered late: 3 of 6 = 50 % ≥ 50 %: met under the new target (missed against "> 90 %").
    expect(valueOf(await values(leader, 'CT.KV6', NTK2025), code).status).toBe('met')
  })

  it('answers bad periods with a Vietnamese message and a stable code', async () => {
    const malformed = await leader.get(`/api/indicators/values?unitId=${unit.CT}&period=2025`)
    expect(malformed.status).toBe(400)
    expect(malformed.body.error.code).toBe('VALIDATION_FAILED')
    expect(malformed.body.error.details).toContainEqual({ path: 'period', message: 'Kỳ thống kê không hợp lệ' })
    const impossible = await leader.get(`/api/indicators/values?unitId=${unit.CT}&period=K2025-02-30_2025-03-01`)
    expect(impossible.status).toBe(422)
    expect(impossible.body.error.code).toBe('PERIOD_INVALID')
    const future = await leader.get(`/api/indicators/values?unitId=${unit.CT}&period=${NTK2025}&asOf=2099-01-01`)
    expect(future.status).toBe(422)
    const count = await leader.get(
      `/api/indicators/records?unitId=${unit.CT}&code=TAM_GIU_TAM_GIAM_QUA_HAN&part=denominator&period=${NTK2025}`,
    )
    expect(count.status).toBe(422)
    expect(count.body.error.code).toBe('INDICATOR_NO_DENOMINATOR')
  })
})
