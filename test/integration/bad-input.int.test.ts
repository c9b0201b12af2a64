// Values that used to reach the database and come back as a 500: each is refused with 400, the
// project's error body, the field named, a Vietnamese message, and nothing written.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type Agent, type Response, type TestApp } from '../support/test-app.ts'

/** Words of the framework's and zod's own English messages. */
const ENGLISH = /Too (big|small)|[Ee]xpected|Invalid|Unexpected|must|Route .* not found|Bad Request/
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i

const expectRefused = (res: Response, field?: string) => {
  expect(res.status, JSON.stringify(res.body)).toBe(400)
  expect(res.body.error.code).toMatch(/^[A-Z][A-Z_]+$/)
  expect(res.body.error.message).toMatch(VIETNAMESE)
  if (field !== undefined) {
    const details: { path: string; message: string }[] = res.body.error.details ?? []
    expect(
      details.map((d) => d.path),
      JSON.stringify(details),
    ).toContain(field)
    expect(details.find((d) => d.path === field)!.message).toMatch(VIETNAMESE)
  }
}

describe.each(ENGINES)('bad values on %s', (engine) => {
  let t: TestApp
  let admin: Agent
  let ksv: Agent
  let unitId: number
  let matterId: number
  const counts = async () => {
    const [row] = await t.database.handle.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM matters) AS matters, (SELECT count(*)::int FROM matter_events) AS events,
              (SELECT count(*)::int FROM units) AS units, (SELECT count(*)::int FROM indicator_targets) AS targets,
              (SELECT count(*)::int FROM official_calendar_entries) AS calendar, (SELECT count(*)::int FROM audit_log) AS audit`,
    )
    return row
  }
  const report = (over: Record<string, unknown> = {}, event: Record<string, unknown> = {}) => ({
    kind: 'crime_report',
    unitId,
    number: `${Math.floor(Math.random() * 1e9)}/2026/TB-KV6`,
    title: 'Tin báo mất trộm xe máy',
    subjects: [],
    initialEvent: {
      type: 'report_received',
      occurredOn: '2026-11-02',
      data: { source: 'tin_bao', investigatingBody: 'Công an phường Vị Tân' },
      ...event,
    },
    ...over,
  })

  beforeAll(async () => {
    t = await startTestApp(engine)
    admin = await t.signIn('admin')
    ksv = await t.signIn('ksv')
    unitId = await t.unitId('CT.KV6')
    const created = await ksv.post('/api/matters', report())
    expect(created.status).toBe(201)
    matterId = created.body.id
  })
  afterAll(() => t.close())

  it('refuses path ids that are not canonical decimal integers of PostgreSQL’s integer', async () => {
    for (const id of ['2147483648', '99999999999999999999', '0x10', '1e3', '%201', '01', '-1', '0', '1.0']) {
      const res = await ksv.get(`/api/matters/${id}`)
      expectRefused(res, 'id')
    }
    expectRefused(await admin.patch('/api/units/2147483648', { name: 'Đơn vị' }), 'id')
    expectRefused(await ksv.post(`/api/matters/${matterId}/events/9999999999/void`, { reason: 'Ghi nhầm' }), 'eventId')
    // A year is four decimal digits too (found by the fuzz suite: 0x7EA and " 2026" were 2026).
    for (const year of ['0x7EA', '%202026', '2026.0', '2e3']) {
      expectRefused(await ksv.get(`/api/calendar/${year}`), 'year')
      expectRefused(await admin.delete(`/api/calendar/${year}/confirmation`), 'year')
      expectRefused(await ksv.get(`/api/indicators/periods?year=${year}`), 'year')
    }
    expect((await ksv.get('/api/calendar/2026')).status).toBe(200)
  })

  it('refuses integers beyond PostgreSQL’s integer in filters and bodies', async () => {
    const before = await counts()
    expectRefused(await ksv.get('/api/matters?unitId=2147483648'), 'unitId')
    expectRefused(await ksv.get('/api/matters?page=99999999999'), 'page')
    expectRefused(await ksv.get('/api/deadlines?unitId=1e3'), 'unitId')
    expectRefused(await ksv.post('/api/matters', report({ unitId: 2147483648 })), 'unitId')
    // biome-ignore lint/correctness/noPrecisionLoss: a number past 2^53 is what this line sends
    expectRefused(await ksv.post('/api/matters', report({ prosecutorId: 9007199254740993 })), 'prosecutorId')
    expect(await counts()).toEqual(before)
  })

  it('refuses dates that do not exist, or lie outside 1900–2100, in units, matters, targets, the calendar and filters', async () => {
    const before = await counts()
    for (const date of ['2026-02-30', '2026-13-01', '0000-00-00', '2025-02-29', '9999-12-31', '1899-12-31']) {
      expectRefused(await ksv.post('/api/matters', report({}, { occurredOn: date })), 'initialEvent.occurredOn')
      expectRefused(
        await admin.post('/api/units', {
          code: 'CT.P77',
          name: 'Phòng thử',
          level: 'department',
          parentId: await t.unitId('CT'),
          validFrom: date,
        }),
        'validFrom',
      )
      expectRefused(
        await admin.post('/api/indicators/targets/TIN_BAO_GIAI_QUYET', {
          comparison: '>=',
          value: 90,
          legalSource: 'Nghị quyết 96/2019/QH14',
          effectiveFrom: date,
        }),
        'effectiveFrom',
      )
      expectRefused(await admin.post('/api/calendar/official', { date, kind: 'day_off', reason: 'Nghỉ thử' }), 'date')
      expectRefused(await ksv.get(`/api/matters?from=${date}`), 'from')
      expectRefused(await ksv.get(`/api/penal-code?on=${date}`), 'on')
      expectRefused(await admin.get(`/api/audit?to=${date}`), 'to')
    }
    // A leap day that exists is a date like any other.
    expect((await ksv.get('/api/matters?from=2024-02-29')).status).toBe(200)
    expect(await counts()).toEqual(before)
  })

  it('refuses NUL, other control characters, lone surrogates and direction overrides in any text, and blank-looking titles', async () => {
    const before = await counts()
    for (const title of [
      'Tin báo\u0000',
      'Tin\u0007báo',
      'Tin báo \uD800',
      'Tin báo \uDC00 lẻ',
      'Tin báo \u202Eoãb niT',
      'Tin báo \u2066ẩn\u2069',
      '\u200B\u200B',
      '\u200D \uFEFF',
    ]) {
      expectRefused(await ksv.post('/api/matters', report({ title })), 'title')
    }
    expectRefused(
      await ksv.post('/api/matters', report({}, { data: { source: 'tin_bao', investigatingBody: 'Công an\u0000' } })),
      'initialEvent.data.investigatingBody',
    )
    expectRefused(await ksv.get('/api/matters?q=tr%E1%BB%99m%00'), 'q')
    // Bytes that are not UTF-8 in a query string are decoded to U+FFFD: a search like any other.
    expect((await ksv.get('/api/matters?q=%ED%A0%80')).status).toBe(200)
    // Ordinary Vietnamese with line breaks and tabs is text like any other.
    expect((await ksv.post('/api/matters', report({ title: 'Tin báo trộm cắp\ttài sản' }))).status).toBe(201)
    expect((await counts())!.matters).toBe(before!.matters! + 1)
  })

  it('refuses JSON nested thousands of levels deep in an act’s data', async () => {
    const before = await counts()
    const deep = `${'{"a":'.repeat(5000)}"đáy"${'}'.repeat(5000)}`
    const res = await ksv.raw({
      method: 'POST',
      url: `/api/matters/${matterId}/events`,
      headers: { 'x-csrf-token': ksv.csrfToken },
      rawBody: `{"type":"report_decided","occurredOn":"2026-11-20","data":{"decision":"khoi_to","nested":${deep}}}`,
    })
    expectRefused(res)
    expect(await counts()).toEqual(before)
  })

  it('answers an over-long path parameter with the project’s own error body', async () => {
    const res = await ksv.get(`/api/matters/${'1'.repeat(500)}`)
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(500)
    expect(res.body.error.code).toMatch(/^[A-Z][A-Z_]+$/)
    expect(res.body.error.message).toMatch(VIETNAMESE)
    expect(JSON.stringify(res.body)).not.toMatch(ENGLISH)
  })

  it('answers a void reason over 500 characters with the limit and the length in Vietnamese, the field named', async () => {
    const opening = (await ksv.get(`/api/matters/${matterId}`)).body.events[0].id
    const res = await ksv.post(`/api/matters/${matterId}/events/${opening}/void`, { reason: 'x'.repeat(600) })
    expectRefused(res, 'reason')
    expect(res.body.error.code).toBe('VALIDATION_FAILED')
    expect(res.body.error.message).toBe('Lý do hủy tối đa 500 ký tự (đang có 600)')
    expect(res.body.error.details).toEqual([{ path: 'reason', message: 'Lý do hủy tối đa 500 ký tự (đang có 600)' }])
    expect(JSON.stringify(res.body)).not.toMatch(ENGLISH)
    // The length counted is the one checked: spaces around the reason are not part of it.
    const padded = await ksv.post(`/api/matters/${matterId}/events/${opening}/void`, {
      reason: `   ${'x'.repeat(501)}   `,
    })
    expect(padded.body.error.message).toBe('Lý do hủy tối đa 500 ký tự (đang có 501)')
  })

  it('answers a body that is not JSON, or an empty one, with its own code in Vietnamese, not the parser’s English', async () => {
    for (const rawBody of ['{"reason": "Ghi nhầm",', '{reason: 1}', 'not json']) {
      const res = await ksv.raw({
        method: 'POST',
        url: `/api/matters/${matterId}/events/1/void`,
        headers: { 'x-csrf-token': ksv.csrfToken },
        rawBody,
      })
      expect(res.status, JSON.stringify(res.body)).toBe(400)
      expect(res.body.error.code).toBe('BODY_INVALID_JSON')
      expect(res.body.error.message).toBe('Dữ liệu gửi lên không đúng định dạng JSON')
      expect(JSON.stringify(res.body)).not.toMatch(ENGLISH)
    }
  })

  it('answers an unknown API address in Vietnamese', async () => {
    const res = await ksv.get('/api/khong-co-dia-chi-nay')
    expect(res.status).toBe(404)
    expect(res.body.error).toMatchObject({ code: 'NOT_FOUND', message: 'Không tìm thấy địa chỉ yêu cầu' })
  })
})

describe.each(ENGINES)('the smaller refusals on %s', (engine) => {
  let t: TestApp
  let admin: Agent
  let ksv: Agent
  beforeAll(async () => {
    t = await startTestApp(engine)
    admin = await t.signIn('admin')
    ksv = await t.signIn('ksv')
  })
  afterAll(() => t.close())

  it('answers 409 with a reason, not 500, to deleting a unit whose register holds matters', async () => {
    const created = await admin.post('/api/units', {
      code: 'CT.P78',
      name: 'Phòng thử xóa',
      level: 'department',
      parentId: await t.unitId('CT'),
      validFrom: '2026-01-01',
    })
    expect(created.status).toBe(201)
    await t.database.handle.query(
      `INSERT INTO matters (unit_id, kind, number, title, received_on, stage, stage_label) VALUES ($1, 'crime_report', '1/2026/TB-P78', 'Tin báo của phòng thử', '2026-11-02', 'moi_thu_ly', 'Mới thụ lý')`,
      [created.body.id],
    )
    const before = await t.auditCount()
    const res = await admin.delete(`/api/units/${created.body.id}`)
    expect(res.status).toBe(409)
    expect(res.body.error).toMatchObject({ code: 'UNIT_HAS_DEPENDANTS' })
    expect(res.body.error.message).toContain('vụ việc')
    expect(await t.auditCount()).toBe(before)
  })

  it('finds %, _ and \\ in a search as the characters typed, not as wildcards', async () => {
    const unitId = await t.unitId('CT.KV6')
    const create = (number: string, title: string) =>
      ksv.post('/api/matters', {
        kind: 'crime_report',
        unitId,
        number,
        title,
        subjects: [],
        initialEvent: {
          type: 'report_received',
          occurredOn: '2026-11-02',
          data: { source: 'tin_bao', investigatingBody: 'Công an phường Vị Tân' },
        },
      })
    expect((await create('501/2026/TB-KV6', 'Lãi suất 100 phần trăm')).status).toBe(201)
    expect((await create('502/2026/TB-KV6', 'Lãi suất 10% mỗi tháng')).status).toBe(201)
    expect((await create('503/2026/TB-KV6', 'Mã ab_cd trên hóa đơn')).status).toBe(201)
    expect((await create('504/2026/TB-KV6', 'Mã abxcd trên hóa đơn')).status).toBe(201)
    const titles = async (q: string) =>
      ((await ksv.get(`/api/matters?q=${encodeURIComponent(q)}`)).body.items as { title: string }[]).map((m) => m.title)
    expect(await titles('10%')).toEqual(['Lãi suất 10% mỗi tháng'])
    expect(await titles('ab_cd')).toEqual(['Mã ab_cd trên hóa đơn'])
    expect(await titles('%')).toEqual(['Lãi suất 10% mỗi tháng'])
    expect(await titles('\\')).toEqual([])

    // Two spaces typed between words (or a tab pasted in) find what one space finds.
    expect(await titles('Lãi  suất   10%')).toEqual(['Lãi suất 10% mỗi tháng'])
    expect(await titles('Mã\tab_cd')).toEqual(['Mã ab_cd trên hóa đơn'])
  })

  it('says which limit a search exceeded, on the search field, in Vietnamese', async () => {
    for (const url of [
      `/api/matters?q=${'a'.repeat(101)}`,
      `/api/people?q=${'a'.repeat(101)}`,
      `/api/penal-code?q=${'a'.repeat(101)}`,
    ]) {
      const res = await ksv.get(url)
      expectRefused(res, 'q')
      expect(res.body.error.details.find((d: { path: string }) => d.path === 'q').message).toBe(
        'Từ khóa tìm kiếm tối đa 100 ký tự (đang có 101)',
      )
      // Said above the list too: a list has no field to mark.
      expect(res.body.error.message).toBe('Từ khóa tìm kiếm tối đa 100 ký tự (đang có 101)')
    }
    // 100 characters once the spaces are folded are accepted.
    expect(
      (await ksv.get(`/api/matters?q=${encodeURIComponent(`${'a'.repeat(50)}    ${'b'.repeat(49)}`)}`)).status,
    ).toBe(200)
  })

  it('answers zod’s own checks in Vietnamese words, not its English ones', async () => {
    const res = await ksv.get('/api/matters?kind=xyz')
    expectRefused(res, 'kind')
    expect(res.body.error.details.find((d: { path: string }) => d.path === 'kind').message).toBe(
      'Chọn một giá trị trong danh sách',
    )
    expect(JSON.stringify(res.body)).not.toMatch(/[Ee]xpected|Too big|Invalid/)
  })
})

describe('the web app’s files', () => {
  let t: TestApp
  let web: string
  beforeAll(async () => {
    web = mkdtempSync(join(tmpdir(), 'kiemsat-web-'))
    writeFileSync(join(web, 'index.html'), '<html>kiemsat</html>')
    mkdirSync(join(web, 'assets'))
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)')
    t = await startTestApp('pglite', { scale: 1, config: { webRoot: web } })
  })
  afterAll(async () => {
    await t.close()
    rmSync(web, { recursive: true, force: true })
  })

  it('answers 404 with the project’s body to a path that climbs out of the web folder, and serves the app otherwise', async () => {
    // (A literal /../, or /%2e%2e/, is resolved by the URL parser before any route sees it.)
    for (const url of [
      '/assets/..%2f..%2f..%2fetc%2fpasswd',
      '/assets/%252e%252e/%252e%252e/etc/passwd',
      '/..%5c..%5cetc%5cpasswd',
    ]) {
      const res = await t.anonymous({ method: 'GET', url })
      expect(res.status, url).toBe(404)
      expect(res.body.error.code).toBe('NOT_FOUND')
    }
    expect((await t.anonymous({ method: 'GET', url: '/assets/app.js' })).body).toBe('console.log(1)')
    expect((await t.anonymous({ method: 'GET', url: '/vu-viec/12' })).body).toContain('kiemsat')
  })
})
