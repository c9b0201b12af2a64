// The emulation facts and history through the HTTP API (issue 14 items 1, 2, 8): CRUD of the
// facts with their "once" rules, bad input changing nothing, access by unit (a user of one unit
// cannot read another unit's people by guessing ids, a prosecutor cannot write facts), the audit
// row of every write, and the history of a regional procuracy that includes its predecessor
// district procuracy (merged 01/7/2025). Today is 15/06/2026 (emulation year 2026).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { manualClock } from '@/server/platform/time.ts'
import {
  loadCollectiveHistory,
  loadPersonHistory,
  type RecordAward,
  recordAward,
} from '@/server/modules/emulation/index.ts'
import { ENGINES } from '../support/test-database.ts'
import { auditMark, expectAudited } from '../support/audit.ts'
import { startTestApp, type Agent, type TestApp } from '../support/test-app.ts'

describe.each(ENGINES)('emulation facts on %s', (engine) => {
  let t: TestApp
  let truongphong: Agent
  let thidua: Agent
  let ksv: Agent
  let ksv2: Agent
  let p1: number
  let kv6: number
  let kv6Predecessor: number
  let p1Person: number
  let kv6Person: number

  const ok = (res: { status: number; body: unknown }, status = 200) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status)
    return res.body as any
  }
  const rows = async (query: ReturnType<typeof sql>) => {
    const result = await t.database.handle.db.execute(query)
    return ((result as any).rows ?? result) as any[]
  }
  const count = async (table: string) => Number((await rows(sql.raw(`select count(*)::int as n from ${table}`)))[0].n)

  beforeAll(async () => {
    t = await startTestApp(engine, { clock: manualClock(new Date('2026-06-15T03:00:00Z')) })
    truongphong = await t.signIn('truongphong')
    thidua = await t.signIn('thidua')
    ksv = await t.signIn('ksv')
    ksv2 = await t.signIn('ksv2')
    p1 = await t.unitId('CT.P1')
    kv6 = await t.unitId('CT.KV6')
    kv6Predecessor = (await rows(sql`select id from units where successor_id = ${kv6} order by id limit 1`))[0].id
    p1Person = (
      await rows(sql`select id from people where unit_id = ${p1} and username is null order by id limit 1`)
    )[0].id
    kv6Person = (
      await rows(sql`select id from people where unit_id = ${kv6} and username is null order by id limit 1`)
    )[0].id
  })
  afterAll(async () => t?.close())

  it('records a rating once per person and year, audited, and bad input changes nothing', async () => {
    const mark = await auditMark(t)
    const created = ok(
      await truongphong.post('/api/emulation/ratings', { personId: p1Person, year: 2025, rating: 'excellent' }),
      201,
    )
    expect(created.unitId).toBe(p1)
    await expectAudited(t, 'create', 'emulation_rating', created.id, { since: mark, unitId: p1 })

    const before = await count('person_year_ratings')
    const again = await truongphong.post('/api/emulation/ratings', { personId: p1Person, year: 2025, rating: 'good' })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('EMULATION_RATING_EXISTS')
    const bad = await truongphong.post('/api/emulation/ratings', { personId: p1Person, year: 2024, rating: 'xuat_sac' })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('Xếp loại chất lượng không hợp lệ')
    const badDays = await truongphong.post('/api/emulation/ratings', {
      personId: p1Person,
      year: 2024,
      rating: 'good',
      absenceDays: -1,
    })
    expect(badDays.status).toBe(400)
    expect(await count('person_year_ratings')).toBe(before)

    const m2 = await auditMark(t)
    const updated = ok(
      await truongphong.put(`/api/emulation/ratings/${created.id}`, {
        personId: p1Person,
        year: 2025,
        rating: 'good',
        absenceDays: 10,
      }),
    )
    expect(updated.rating).toBe('good')
    await expectAudited(t, 'update', 'emulation_rating', created.id, { since: m2, unitId: p1 })

    const facts = ok(await truongphong.get(`/api/emulation/facts?unitId=${p1}&year=2025`))
    expect(facts.people.find((p: any) => p.id === p1Person).rating.rating).toBe('good')

    const m3 = await auditMark(t)
    ok(await truongphong.delete(`/api/emulation/ratings/${created.id}`), 204)
    await expectAudited(t, 'delete', 'emulation_rating', created.id, { since: m3, unitId: p1 })
    expect(await count('person_year_ratings')).toBe(before - 1)
  })

  it('audits disciplines, reviews, initiatives, collective ratings, service start and awards', async () => {
    const cases: [string, string, Record<string, unknown>][] = [
      [
        'disciplines',
        'emulation_discipline',
        { personId: p1Person, form: 'khien_trach', decidedOn: '2025-03-01', decision: 'Quyết định số 5/QĐ-VKS' },
      ],
      ['reviews', 'emulation_review', { personId: p1Person, openedOn: '2026-05-01' }],
      [
        'initiatives',
        'emulation_initiative',
        {
          personId: p1Person,
          year: 2025,
          title: 'Sổ tay kiểm sát điều tra',
          scope: 'grassroots',
          decision: 'Quyết định số 12/QĐ-VKS',
          recognisedOn: '2025-10-20',
        },
      ],
      ['collective-ratings', 'emulation_collective_rating', { unitId: p1, year: 2025, rating: 'excellent' }],
      [
        'awards',
        'emulation_award',
        {
          award: 'lao_dong_tien_tien',
          personId: p1Person,
          year: 2024,
          decisionNumber: '10/QĐ-VKS',
          decidedOn: '2024-12-20',
        },
      ],
    ]
    for (const [path, entity, body] of cases) {
      const mark = await auditMark(t)
      const row = ok(await truongphong.post(`/api/emulation/${path}`, body), 201)
      await expectAudited(t, 'create', entity, row.id, { since: mark, unitId: p1 })
    }
    const mark = await auditMark(t)
    ok(await truongphong.put(`/api/emulation/people/${p1Person}/service-start`, { serviceStart: '2015-09-01' }))
    await expectAudited(t, 'create', 'emulation_service_start', p1Person, { since: mark, unitId: p1 })

    // Once per achievement; a discipline whose end precedes its decision; an award of nobody.
    const awards = await count('emulation_awards')
    const twice = await truongphong.post('/api/emulation/awards', {
      award: 'lao_dong_tien_tien',
      personId: p1Person,
      year: 2024,
      decisionNumber: '11/QĐ-VKS',
      decidedOn: '2024-12-21',
    })
    expect(twice.body.error.code).toBe('EMULATION_AWARD_EXISTS')
    const nobody = await truongphong.post('/api/emulation/awards', {
      award: 'giay_khen',
      year: 2024,
      decisionNumber: '12/QĐ-VKS',
      decidedOn: '2024-12-21',
    })
    expect(nobody.status).toBe(400)
    expect(await count('emulation_awards')).toBe(awards)
    const disciplines = await count('person_disciplines')
    const backwards = await truongphong.post('/api/emulation/disciplines', {
      personId: p1Person,
      form: 'canh_cao',
      decidedOn: '2025-03-01',
      inForceUntil: '2025-01-01',
      decision: 'Quyết định số 6/QĐ-VKS',
    })
    expect(backwards.status).toBe(400)
    expect(await count('person_disciplines')).toBe(disciplines)

    const history = ok(await truongphong.get(`/api/emulation/history/people/${p1Person}`))
    expect(history.history.underDisciplinaryReview).toBe(true)
    expect(history.history.serviceStart).toBe('2015-09-01')
    expect(history.history.years.find((y: any) => y.year === 2025).disciplines).toHaveLength(1)
  })

  it('keeps other units out: guessed ids answer 404, a prosecutor cannot write facts', async () => {
    // ksv2 (KV7) guesses a KV6 person and KV6 itself.
    expect((await ksv2.get(`/api/emulation/history/people/${kv6Person}`)).status).toBe(404)
    expect((await ksv2.get(`/api/emulation/history/units/${kv6}`)).status).toBe(404)
    expect((await ksv2.get(`/api/emulation/facts?unitId=${kv6}&year=2025`)).status).toBe(404)
    // ksv reads their own unit but writes nothing.
    ok(await ksv.get(`/api/emulation/history/people/${kv6Person}`))
    const before = await count('person_year_ratings')
    const write = await ksv.post('/api/emulation/ratings', { personId: kv6Person, year: 2025, rating: 'excellent' })
    expect(write.status).toBe(403)
    // The head of P1 cannot write KV6's facts either, nor read them.
    const head = await truongphong.post('/api/emulation/ratings', { personId: kv6Person, year: 2025, rating: 'good' })
    expect(head.status).toBe(404)
    expect(await count('person_year_ratings')).toBe(before)
    // Nor edit a KV6 row by its id.
    const row = ok(
      await thidua.post('/api/emulation/ratings', { personId: kv6Person, year: 2023, rating: 'good' }),
      201,
    )
    expect((await truongphong.delete(`/api/emulation/ratings/${row.id}`)).status).toBe(404)
    expect((await ksv.delete(`/api/emulation/ratings/${row.id}`)).status).toBe(403)
    expect(await count('person_year_ratings')).toBe(before + 1)
  })

  it("follows a regional procuracy's history into its predecessor district: 5 years in a row", async () => {
    // 2021–2024 the district procuracy (ceased 30/6/2025), 2025 the regional one that took it over.
    for (const [unitId, year] of [
      [kv6Predecessor, 2021],
      [kv6Predecessor, 2022],
      [kv6Predecessor, 2023],
      [kv6Predecessor, 2024],
      [kv6, 2025],
    ] as const) {
      ok(
        await thidua.post('/api/emulation/awards', {
          award: 'tap_the_lao_dong_tien_tien',
          unitId,
          year,
          decisionNumber: `${year}/QĐ-VKS`,
          decidedOn: `${year}-12-20`,
        }),
        201,
      )
      ok(await thidua.post('/api/emulation/collective-ratings', { unitId, year, rating: 'excellent' }), 201)
    }
    const view = ok(await thidua.get(`/api/emulation/history/units/${kv6}`))
    expect(view.predecessors.map((p: any) => p.id)).toContain(kv6Predecessor)
    expect(view.history.years.map((y: any) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025])
    expect(view.streaks).toContainEqual({ award: 'tap_the_lao_dong_tien_tien', lastYear: 2025, streak: 5, from: 2021 })

    const history = await loadCollectiveHistory(t.database.handle.db, kv6, 2024)
    expect(history!.awards.map((a) => a.year)).toEqual([2021, 2022, 2023, 2024])
    // The predecessor alone has only its own years.
    const alone = await loadCollectiveHistory(t.database.handle.db, kv6Predecessor, 2026)
    expect(alone!.years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024])
  })

  it("follows a person's years across units, each year with its unit", async () => {
    ok(
      await thidua.post('/api/emulation/ratings', {
        personId: kv6Person,
        year: 2024,
        unitId: kv6Predecessor,
        rating: 'excellent',
      }),
      201,
    )
    ok(await thidua.post('/api/emulation/ratings', { personId: kv6Person, year: 2025, rating: 'excellent' }), 201)
    const history = await loadPersonHistory(t.database.handle.db, kv6Person, 2025, '2026-06-15')
    expect(history!.years.map((y) => [y.year, y.unitId])).toEqual([
      [2023, kv6],
      [2024, kv6Predecessor],
      [2025, kv6],
    ])
    expect(await loadPersonHistory(t.database.handle.db, 999_999, 2025)).toBeNull()
  })

  it("imports a unit's ratings from Excel all or nothing, with row-by-row Vietnamese errors", async () => {
    const inject = async (agent: Agent, method: 'GET' | 'POST', url: string, payload?: Buffer) => {
      const res = await t.app.inject({
        method,
        url,
        headers: {
          cookie: `ks_session=${agent.sessionCookie}`,
          'x-csrf-token': agent.csrfToken,
          ...(payload ? { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } : {}),
        },
        ...(payload ? { payload } : {}),
      })
      return res
    }
    const template = await inject(truongphong, 'GET', `/api/emulation/ratings/template?unitId=${p1}&year=2022`)
    expect(template.statusCode).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(template.rawPayload as never)
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(1).getCell(3).value).toBe('Xếp loại chất lượng')
    const ids = [] as number[]
    sheet.eachRow((row, n) => {
      if (n > 1) ids.push(Number(row.getCell(1).value))
    })
    expect(ids).toContain(p1Person)
    sheet.getRow(2).getCell(3).value = 'Hoàn thành xuất sắc nhiệm vụ'
    sheet.getRow(3).getCell(3).value = 'Giỏi'
    sheet.getRow(3).getCell(4).value = -3
    const bad = Buffer.from(await workbook.xlsx.writeBuffer())
    const before = await count('person_year_ratings')
    const refused = await inject(truongphong, 'POST', `/api/emulation/ratings/import?unitId=${p1}&year=2022`, bad)
    expect(refused.statusCode).toBe(422)
    const body = refused.json()
    expect(body.error.code).toBe('EMULATION_IMPORT_INVALID')
    expect(body.error.details.map((d: any) => d.path)).toEqual(['Dòng 3', 'Dòng 3'])
    expect(body.error.details[0].message).toMatch(/Xếp loại "Giỏi" không hợp lệ/)
    expect(await count('person_year_ratings')).toBe(before)

    sheet.getRow(3).getCell(3).value = 'Hoàn thành tốt nhiệm vụ'
    sheet.getRow(3).getCell(4).value = 3
    const good = Buffer.from(await workbook.xlsx.writeBuffer())
    // A prosecutor of another unit may not import here.
    expect((await inject(ksv, 'POST', `/api/emulation/ratings/import?unitId=${p1}&year=2022`, good)).statusCode).toBe(
      404,
    )
    const mark = await auditMark(t)
    const imported = await inject(truongphong, 'POST', `/api/emulation/ratings/import?unitId=${p1}&year=2022`, good)
    expect(imported.statusCode, imported.body).toBe(200)
    expect(imported.json().created).toBe(ids.length)
    expect(await count('person_year_ratings')).toBe(before + ids.length)
    const [first] = await rows(
      sql`select id, rating from person_year_ratings where person_id = ${ids[0]} and year = 2022`,
    )
    expect(first.rating).toBe('excellent')
    await expectAudited(t, 'create', 'emulation_rating', first.id, { since: mark, unitId: p1 })
    // Imported again: the same rows are updated, none added.
    const again = await inject(truongphong, 'POST', `/api/emulation/ratings/import?unitId=${p1}&year=2022`, good)
    expect(again.json()).toEqual({ created: 0, updated: ids.length })
  })

  it('records an award decided by the awards module once, with its audit row', async () => {
    const db = t.database.handle.db
    const award: RecordAward = {
      award: 'chien_si_thi_dua_co_so',
      personId: p1Person,
      unitId: p1,
      year: 2025,
      decisionNumber: '20/QĐ-VKS',
      decidedOn: '2025-12-15',
      decisionId: 7,
      amount: 3_510_000,
    }
    const mark = await auditMark(t)
    const row = await db.transaction((tx) => recordAward(tx, { actorId: null, ip: null, requestId: null }, award))
    expect(row.decisionId).toBe(7)
    await expectAudited(t, 'create', 'emulation_award', row.id, { since: mark, unitId: p1 })
    await expect(
      db.transaction((tx) => recordAward(tx, { actorId: null, ip: null, requestId: null }, award)),
    ).rejects.toMatchObject({ code: 'EMULATION_AWARD_EXISTS' })
    const history = await loadPersonHistory(db, p1Person, 2025)
    expect(history!.awards.map((a) => a.award)).toContain('chien_si_thi_dua_co_so')
  })
})
