// Excel in and out of the register through the real server on both databases: the template,
// an all-or-nothing import with its derived stages and deadlines, row errors in Vietnamese
// with nothing written, reach, the exports (audited), and an import of a few hundred rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { and, count, eq, sql } from 'drizzle-orm'
import { DEMO_PASSWORD } from '@/demo/types.ts'
import { addDays } from '@/domain/calendar/index.ts'
import { XLSX_MIME } from '@/shared/api/register-excel.ts'
import { auditLog, matters, people } from '@/server/db/schema.ts'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type TestApp } from '../support/test-app.ts'

type Session = {
  get: (url: string) => Promise<{ status: number; headers: Record<string, unknown>; raw: Buffer; json: () => any }>
  upload: (
    url: string,
    file: Buffer,
  ) => Promise<{ status: number; headers: Record<string, unknown>; raw: Buffer; json: () => any }>
}

/** Binary up- and downloads need the raw body, which the shared agent turns into JSON. */
const sessionOf = async (t: TestApp, username: string): Promise<Session> => {
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_PASSWORD },
  })
  const cookie = `ks_session=${login.cookies.find((c) => c.name === 'ks_session')!.value}`
  const csrf = login.json().csrfToken as string
  const wrap = (res: Awaited<ReturnType<TestApp['app']['inject']>>) => ({
    status: res.statusCode,
    headers: res.headers,
    raw: res.rawPayload,
    json: () => res.json(),
  })
  return {
    get: async (url) => wrap(await t.app.inject({ method: 'GET', url, headers: { cookie } })),
    upload: async (url, file) =>
      wrap(
        await t.app.inject({
          method: 'POST',
          url,
          headers: { cookie, 'x-csrf-token': csrf, 'content-type': XLSX_MIME },
          payload: file,
        }),
      ),
  }
}

type Row = Partial<
  Record<
    | 'number'
    | 'kind'
    | 'title'
    | 'receivedOn'
    | 'unitCode'
    | 'prosecutor'
    | 'source'
    | 'body'
    | 'article'
    | 'clause'
    | 'point'
    | 'subjects',
    string | number | Date
  >
>

const COLUMN_ORDER = [
  'number',
  'kind',
  'title',
  'receivedOn',
  'unitCode',
  'prosecutor',
  'source',
  'body',
  'article',
  'clause',
  'point',
  'subjects',
] as const

/** Fills the downloaded template below its (untouched) example row, as a user would. */
const fillTemplate = async (template: Buffer, rows: Row[]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(template as never)
  const sheet = workbook.getWorksheet('Sổ thụ lý')!
  rows.forEach((row, i) => {
    const excelRow = sheet.getRow(3 + i)
    COLUMN_ORDER.forEach((key, c) => {
      if (row[key] !== undefined) excelRow.getCell(c + 1).value = row[key]!
    })
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const readBook = async (buffer: Buffer) => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as never)
  return workbook
}

const headersOf = (sheet: ExcelJS.Worksheet): string[] => (sheet.getRow(1).values as unknown[]).slice(1).map(String)

describe.each(ENGINES)('register import and export in Excel on %s', (engine) => {
  let t: TestApp
  let ksv: Session
  let ksv2: Session
  let template: Buffer
  let kv6: number
  const matterCount = async () => (await t.database.handle.db.select({ n: count() }).from(matters))[0]!.n

  beforeAll(async () => {
    t = await startTestApp(engine)
    ksv = await sessionOf(t, 'ksv')
    ksv2 = await sessionOf(t, 'ksv2')
    kv6 = await t.unitId('CT.KV6')
    template = (await ksv.get('/api/register/import/template')).raw
  })
  afterAll(async () => t?.close())

  it('serves a real template: headers, a guide sheet, a frozen header and an italic example row', async () => {
    const res = await ksv.get('/api/register/import/template')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe(XLSX_MIME)
    expect(res.headers['content-disposition']).toMatch(/attachment; filename=".+\.xlsx"/)
    const book = await readBook(res.raw)
    const sheet = book.getWorksheet('Sổ thụ lý')!
    expect(headersOf(sheet)).toEqual([
      'Số thụ lý *',
      'Loại vụ việc *',
      'Tóm tắt *',
      'Ngày thụ lý *',
      'Mã đơn vị *',
      'Kiểm sát viên (tên đăng nhập hoặc họ tên)',
      'Nguồn tin',
      'Cơ quan (điều tra, tòa án) *',
      'Điều BLHS',
      'Khoản',
      'Điểm',
      'Bị can / đương sự',
    ])
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.getRow(2).getCell(1).font?.italic).toBe(true)
    const guide = book.getWorksheet('Hướng dẫn')!
    const text = (guide.getSheetValues() as unknown[][]).flat().join(' ')
    for (const header of ['Ngày thụ lý', 'Mã đơn vị', 'Điều BLHS', 'Bị can / đương sự', 'dd/mm/yyyy'])
      expect(text).toContain(header)
  })

  it('imports a valid 3-row file in one go: a dry run first writes nothing, then stage, deadlines and one audit row', async () => {
    const file = await fillTemplate(template, [
      {
        number: '01/2026/TB-KV6',
        kind: 'Tin báo',
        title: 'Tin báo mất trộm xe mô tô tại chợ Vị Thanh',
        receivedOn: new Date(Date.UTC(2026, 9, 20)),
        unitCode: 'CT.KV6',
        source: 'Tố giác',
        body: 'Công an phường Vị Tân',
      },
      {
        number: '02/2026/HS-KV6',
        kind: 'Vụ án hình sự',
        title: 'Trộm cắp xe mô tô tại phường Vị Tân',
        receivedOn: '02/03/2026',
        unitCode: 'ct.kv6',
        prosecutor: 'ksv',
        body: 'Cơ quan CSĐT Công an TP Cần Thơ',
        article: 173,
        clause: 1,
        subjects: 'Lâm Văn Tèo; Trần Thị Bé',
      },
      {
        number: '03/2026/DS-KV6',
        kind: 'Dân sự',
        title: 'Tranh chấp hợp đồng vay tài sản',
        receivedOn: '15/10/2026',
        unitCode: 'CT.KV6',
        body: 'Tòa án nhân dân khu vực 6 – Cần Thơ',
      },
    ])
    const [mattersBefore, auditBefore] = [await matterCount(), await t.auditCount()]
    const dry = await ksv.upload('/api/register/import?dryRun=true', file)
    expect(dry.status).toBe(200)
    expect(dry.json()).toEqual({ imported: 3, dryRun: true })
    expect([await matterCount(), await t.auditCount()]).toEqual([mattersBefore, auditBefore])

    const res = await ksv.upload('/api/register/import', file)
    expect(res.status).toBe(200)
    expect(res.json()).toEqual({ imported: 3, dryRun: false })
    expect(await matterCount()).toBe(mattersBefore + 3)
    expect(await t.auditCount()).toBe(auditBefore + 1)
    const [audit] = await t.database.handle.db.select().from(auditLog).where(eq(auditLog.entity, 'register_import'))
    expect(audit).toMatchObject({
      action: 'create',
      unitId: kv6,
      after: expect.objectContaining({ rows: 3, matters: 3, byUnit: { 'CT.KV6': 3 } }),
    })

    const agent = await t.signIn('ksv')
    const list = (await agent.get(`/api/matters?unitId=${kv6}&q=2026/HS-KV6`)).body
    expect(list.total).toBe(1)
    const criminal = (await agent.get(`/api/matters/${list.items[0].id}`)).body
    expect(criminal).toMatchObject({
      stage: 'dang_dieu_tra',
      category: 'it_nghiem_trong',
      prosecutorName: expect.any(String),
    })
    expect(criminal.subjects.map((s: { fullName: string }) => s.fullName)).toEqual(['Lâm Văn Tèo', 'Trần Thị Bé'])
    // The same investigation deadline the form gives (register.int.test.ts): Art. 172(1), 2 months
    // from 02/03/2026, moved off the 1/5 holiday weekend to Monday 04/05/2026.
    expect(criminal.deadlines.find((d: { ruleCode: string }) => d.ruleCode === 'BLTTHS_172_DIEU_TRA')).toMatchObject({
      dueDate: '2026-05-04',
    })
    expect(criminal.events[0]).toMatchObject({
      type: 'case_instituted',
      occurredOn: '2026-03-02',
      data: { charge: { article: '173', clause: 1, point: null } },
    })

    const report = (await agent.get(`/api/matters?unitId=${kv6}&q=01/2026/TB-KV6`)).body.items[0]
    expect(report).toMatchObject({
      stage: 'dang_giai_quyet',
      receivedOn: '2026-10-20',
      nextDueDate: expect.any(String),
    })
    const civil = (await agent.get(`/api/matters?unitId=${kv6}&q=03/2026/DS-KV6`)).body.items[0]
    expect(civil).toMatchObject({ kind: 'civil', stage: 'dang_giai_quyet' })

    // Each deadline keeps when its starting act was entered, as recompute copies it (indicators "as of" a day).
    const { rows } =
      (await t.database.handle.db.execute(sql`SELECT count(*)::int AS n, count(*) FILTER (WHERE d.start_recorded_at = e.recorded_at)::int AS same
        FROM deadlines d JOIN matters m ON m.id = d.matter_id JOIN matter_events e ON e.id = d.start_event_id WHERE m.number LIKE '0_/2026/%-KV6'`)) as unknown as {
        rows: { n: number; same: number }[]
      }
    expect(rows[0]!.n).toBeGreaterThan(0)
    expect(rows[0]!.same).toBe(rows[0]!.n)
  })

  it('an imported matter reads exactly like the same matter typed in the form', async () => {
    const agent = await t.signIn('ksv')
    const typed = await agent.post('/api/matters', {
      kind: 'criminal_case',
      unitId: kv6,
      number: '05/2026/HS-KV6',
      title: 'Lừa đảo chiếm đoạt tài sản qua mạng',
      prosecutorId: agent.me.user.personId,
      subjects: [{ fullName: 'Phạm Văn Một' }],
      initialEvent: {
        type: 'case_instituted',
        occurredOn: '2026-09-14',
        issuingBody: 'Cơ quan CSĐT Công an TP Cần Thơ',
        data: { charge: { article: 174, clause: 3, point: 'a' }, investigatingBody: 'Cơ quan CSĐT Công an TP Cần Thơ' },
      },
    })
    expect(typed.status).toBe(201)
    const file = await fillTemplate(template, [
      {
        number: '06/2026/HS-KV6',
        kind: 'Vụ án hình sự',
        title: 'Lừa đảo chiếm đoạt tài sản qua mạng',
        receivedOn: '14/09/2026',
        unitCode: 'CT.KV6',
        prosecutor: 'ksv',
        body: 'Cơ quan CSĐT Công an TP Cần Thơ',
        article: 'Điều 174',
        clause: 3,
        point: 'a',
        subjects: 'Phạm Văn Một',
      },
    ])
    expect((await ksv.upload('/api/register/import', file)).status).toBe(200)
    const imported = (
      await agent.get(
        `/api/matters/${(await agent.get(`/api/matters?unitId=${kv6}&q=06/2026/HS-KV6`)).body.items[0].id}`,
      )
    ).body

    const view = (m: any) => ({
      ...Object.fromEntries(
        [
          'kind',
          'title',
          'receivedOn',
          'stage',
          'stageLabel',
          'category',
          'closed',
          'prosecutorName',
          'nextDueDate',
        ].map((k) => [k, m[k]]),
      ),
      subjects: m.subjects.map((s: any) => ({
        fullName: s.fullName,
        charge: s.charge,
        category: s.category,
        measure: s.measure,
      })),
      events: m.events.map((e: any) => ({
        type: e.type,
        occurredOn: e.occurredOn,
        issuingBody: e.issuingBody,
        data: e.data,
      })),
      deadlines: m.deadlines.map((d: any) => ({ ...d, id: 0, matterId: 0, matterNumber: '' })),
    })
    expect(view(imported)).toEqual(view(typed.body))
    expect(imported.deadlines.length).toBeGreaterThan(0)
  })

  it("refuses a file with bad rows: each row's problem in Vietnamese, nothing written, an error report to download", async () => {
    const file = await fillTemplate(template, [
      {
        number: '10/2026/TB-KV6',
        kind: 'Tin báo',
        title: 'Tin báo hợp lệ',
        receivedOn: '01/11/2026',
        unitCode: 'CT.KV6',
        source: 'Tin báo',
        body: 'Công an phường Vị Tân',
      },
      {
        number: '11/2026/TB-KV6',
        kind: 'Tin báo',
        title: 'Ngày không có trong lịch',
        receivedOn: '31/02/2026',
        unitCode: 'CT.KV6',
        source: 'Tin báo',
        body: 'Công an phường Vị Tân',
      },
      {
        number: '12/2026/HS-KV6',
        kind: 'Vụ án hình sự',
        title: 'Điều luật không có trong danh mục',
        receivedOn: '01/11/2026',
        unitCode: 'CT.KV6',
        body: 'Cơ quan CSĐT',
        article: 300,
        clause: 1,
      },
      {
        number: '13/2026/TB-KV7',
        kind: 'Tin báo',
        title: 'Đơn vị ngoài phạm vi',
        receivedOn: '01/11/2026',
        unitCode: 'CT.KV7',
        source: 'Tin báo',
        body: 'Công an phường',
      },
      {
        number: '10/2026/TB-KV6',
        kind: 'Tin báo',
        title: 'Trùng số với dòng 3',
        receivedOn: '02/11/2026',
        unitCode: 'CT.KV6',
        source: 'Tin báo',
        body: 'Công an phường Vị Tân',
      },
    ])
    const [mattersBefore, auditBefore] = [await matterCount(), await t.auditCount()]
    const res = await ksv.upload('/api/register/import', file)
    expect(res.status).toBe(422)
    const { error } = res.json()
    expect(error.code).toBe('IMPORT_ROWS_INVALID')
    expect(error.message).toBe('Tệp có 4 dòng lỗi; chưa có dữ liệu nào được nhập')
    expect(error.details).toEqual([
      { path: 'row 4.Ngày thụ lý', message: 'Ngày 31/02/2026 không có trong lịch' },
      { path: 'row 5.Điều BLHS', message: 'Điều 300 BLHS chưa có trong danh mục tội danh của hệ thống' },
      { path: 'row 6.Mã đơn vị', message: 'Không có đơn vị mã "CT.KV7" trong phạm vi bạn được ghi sổ thụ lý' },
      { path: 'row 7.Số thụ lý', message: 'Số thụ lý "10/2026/TB-KV6" trùng với dòng 3 trong tệp (cùng đơn vị)' },
    ])
    expect(await matterCount()).toBe(mattersBefore)
    expect(await t.auditCount()).toBe(auditBefore)

    const report = await ksv.upload('/api/register/import?report=xlsx', file)
    expect(report.status).toBe(200)
    expect(report.headers['x-import-error-rows']).toBe('4')
    const sheet = (await readBook(report.raw)).getWorksheet('Sổ thụ lý')!
    const errorCol = headersOf(sheet).indexOf('Lỗi') + 1
    expect(errorCol).toBeGreaterThan(0)
    expect(sheet.getRow(3).getCell(errorCol).value).toBeNull()
    expect(sheet.getRow(4).getCell(errorCol).value).toBe('Ngày thụ lý: Ngày 31/02/2026 không có trong lịch')
    expect(sheet.getRow(4).getCell(errorCol).fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } })
    expect(await matterCount()).toBe(mattersBefore)

    // The report is the file to fix: corrected and sent back as it is, "Lỗi" column and all.
    sheet.getRow(4).getCell(4).value = '28/02/2026'
    sheet.getRow(5).getCell(9).value = 173
    sheet.getRow(6).getCell(5).value = 'CT.KV6'
    sheet.getRow(7).getCell(1).value = '14/2026/TB-KV6'
    const fixed = Buffer.from(await sheet.workbook.xlsx.writeBuffer())
    const again = await ksv.upload('/api/register/import', fixed)
    expect([again.status, again.json()]).toEqual([200, { imported: 5, dryRun: false }])
    expect(await matterCount()).toBe(mattersBefore + 5)
  })

  it('only matter.read holders export; the administrator does not read case data', async () => {
    expect((await (await sessionOf(t, 'admin')).get('/api/matters/export.xlsx')).status).toBe(403)
  })

  it("a number already in the unit's register, a missing cell and a future date are row errors too", async () => {
    const file = await fillTemplate(template, [
      {
        number: '02/2026/HS-KV6',
        kind: 'Vụ án hình sự',
        title: 'Số đã có trong sổ',
        receivedOn: '01/11/2026',
        unitCode: 'CT.KV6',
        body: 'Cơ quan CSĐT',
        article: 173,
        clause: 2,
      },
      {
        number: '20/2026/TB-KV6',
        kind: 'Tin báo',
        title: 'Thiếu nguồn tin và cơ quan',
        receivedOn: '01/11/2026',
        unitCode: 'CT.KV6',
      },
      {
        number: '21/2026/TB-KV6',
        kind: 'Tin báo',
        title: 'Ngày trong tương lai',
        receivedOn: addDays(t.today(), 3).split('-').reverse().join('/'),
        unitCode: 'CT.KV6',
        source: 'Tin báo',
        body: 'Công an phường',
      },
    ])
    const res = await ksv.upload('/api/register/import?dryRun=true', file)
    expect(res.status).toBe(422)
    const paths = res.json().error.details.map((d: { path: string }) => d.path)
    expect(paths).toEqual([
      'row 3.Số thụ lý',
      'row 4.Cơ quan (điều tra, tòa án)',
      'row 4.Nguồn tin',
      'row 5.Ngày thụ lý',
    ])
  })

  it('a prosecutor of CT.KV7 cannot import into CT.KV6', async () => {
    const file = await fillTemplate(template, [
      {
        number: '30/2026/TB-KV6',
        kind: 'Tin báo',
        title: 'Nhập trái phạm vi',
        receivedOn: '01/11/2026',
        unitCode: 'CT.KV6',
        source: 'Tin báo',
        body: 'Công an phường Vị Tân',
      },
    ])
    const before = await matterCount()
    const res = await ksv2.upload('/api/register/import', file)
    expect(res.status).toBe(422)
    expect(res.json().error.details).toEqual([
      { path: 'row 3.Mã đơn vị', message: 'Không có đơn vị mã "CT.KV6" trong phạm vi bạn được ghi sổ thụ lý' },
    ])
    expect(await matterCount()).toBe(before)
    // Leadership reads but does not record: no import at all.
    expect((await (await sessionOf(t, 'lanhdao')).upload('/api/register/import', file)).status).toBe(403)
  })

  it('refuses what is not a workbook', async () => {
    const res = await ksv.upload('/api/register/import', Buffer.from('không phải tệp Excel'))
    expect(res.status).toBe(422)
    expect(res.json().error.code).toBe('IMPORT_FILE_INVALID')
  })

  it("exports the filtered list: as many rows as the list's total, dates dd/mm/yyyy, audited", async () => {
    const agent = await t.signIn('ksv')
    const total = (await agent.get(`/api/matters?unitId=${kv6}&kind=criminal_case`)).body.total as number
    const auditBefore = await t.auditCount()
    const res = await ksv.get(`/api/matters/export.xlsx?unitId=${kv6}&kind=criminal_case`)
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe(XLSX_MIME)
    expect(res.headers['content-disposition']).toBe(`attachment; filename="so-thu-ly-${t.today()}.xlsx"`)
    const sheet = (await readBook(res.raw)).worksheets[0]!
    expect(sheet.rowCount - 1).toBe(total)
    expect(headersOf(sheet)).toContain('Ngày thụ lý')
    const dateCol = headersOf(sheet).indexOf('Ngày thụ lý') + 1
    expect(sheet.getColumn(dateCol).numFmt ?? sheet.getRow(2).getCell(dateCol).numFmt).toBe('dd/mm/yyyy')
    expect(await t.auditCount()).toBe(auditBefore + 1)
    const [row] = await t.database.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'export'), eq(auditLog.entity, 'matter')))
    expect(row).toMatchObject({
      unitId: kv6,
      after: expect.objectContaining({ rows: total, filter: expect.objectContaining({ kind: 'criminal_case' }) }),
    })

    const deadlines = await ksv.get(`/api/deadlines/export.xlsx?scope=unit&urgency=all&unitId=${kv6}`)
    expect(deadlines.status).toBe(200)
    const deadlineTotal = (await agent.get(`/api/deadlines?scope=unit&urgency=all&unitId=${kv6}`)).body.total as number
    const deadlineSheet = (await readBook(deadlines.raw)).worksheets[0]!
    expect(deadlineSheet.rowCount - 1).toBe(deadlineTotal)
    // Both readings of Điều 134: the counted due date, then the other reading's.
    expect(headersOf(deadlineSheet).slice(8, 10)).toEqual(['Hạn cuối', 'Hạn theo cách tính khác'])
    expect(deadlines.headers['content-disposition']).toMatch(/thoi-han-\d{4}-\d{2}-\d{2}\.xlsx/)
  })

  it('a prosecutor of CT.KV7 cannot export CT.KV6', async () => {
    expect((await ksv2.get(`/api/matters/export.xlsx?unitId=${kv6}`)).status).toBe(404)
  })

  it('documents the routes in OpenAPI', async () => {
    const res = await ksv.get('/api/docs/json')
    expect(res.status).toBe(200)
    expect(Object.keys(res.json().paths)).toEqual(
      expect.arrayContaining([
        '/api/register/import',
        '/api/register/import/template',
        '/api/matters/export.xlsx',
        '/api/deadlines/export.xlsx',
      ]),
    )
  })

  describe('messages that name what is wrong (issue 12, item 10)', () => {
    const valid: Row = {
      kind: 'Tin báo',
      title: 'Tin báo mất trộm tài sản',
      receivedOn: '01/11/2026',
      unitCode: 'CT.KV6',
      source: 'Tin báo',
      body: 'Công an phường Vị Tân',
    }
    /** The import's answer to the rows: each detail as [path, message], none written (a dry run). */
    const problemsOf = async (rows: Row[], session = ksv) => {
      const res = await session.upload('/api/register/import?dryRun=true', await fillTemplate(template, rows))
      return res.status === 200
        ? res.json()
        : [res.status, res.json().error.details.map((d: { path: string; message: string }) => [d.path, d.message])]
    }

    it('accepts a label differing only in case and spaces, and refuses one that differs by an accent, naming the one meant', async () => {
      expect(
        await problemsOf([
          { ...valid, number: '40/2026/TB-KV6', kind: '  tin   BÁO ', source: 'tố  GIÁC' },
          { ...valid, number: '41/2026/DS-KV6', kind: 'dân sự', source: undefined, body: 'Tòa án khu vực 6' },
        ]),
      ).toEqual({ imported: 2, dryRun: true })
      expect(
        await problemsOf([
          { ...valid, number: '42/2026/DS-KV6', kind: 'Dân sư', source: undefined, body: 'Tòa án khu vực 6' },
          { ...valid, number: '43/2026/HS-KV6', kind: 'Vu an hinh su', source: undefined, article: 173, clause: 1 },
          { ...valid, number: '44/2026/TB-KV6', source: 'To giac' },
          { ...valid, number: '45/2026/TB-KV6', kind: 'Khiếu nại' },
        ]),
      ).toEqual([
        422,
        [
          ['row 3.Loại vụ việc', 'Không có loại vụ việc "Dân sư"; có phải "Dân sự"?'],
          ['row 4.Loại vụ việc', 'Không có loại vụ việc "Vu an hinh su"; có phải "Vụ án hình sự"?'],
          ['row 5.Nguồn tin', 'Không có nguồn tin "To giac"; có phải "Tố giác"?'],
          ['row 6.Loại vụ việc', 'Loại vụ việc phải là một trong: Tin báo, Vụ án hình sự, Dân sự, Hành chính'],
        ],
      ])
    })

    it("reports every field's problem of a row, the summary's too", async () => {
      const future = addDays(t.today(), 3).split('-').reverse().join('/')
      expect(
        await problemsOf([
          // A short summary beside a unit out of reach and a date in the future.
          { ...valid, number: '46/2026/TB-KV6', title: 'Ab', unitCode: 'CT.KV7', receivedOn: future },
          // An empty summary asks for it, beside a misspelt source.
          { ...valid, number: '47/2026/TB-KV6', title: '  ', source: 'Tin bao' },
          // No other cell at fault: the short summary and the future date are both named.
          { ...valid, number: '48/2026/TB-KV6', title: 'Ab', receivedOn: future },
          // A name too short among the subjects, beside a clause that is not a number.
          {
            ...valid,
            number: '49/2026/HS-KV6',
            kind: 'Vụ án hình sự',
            source: undefined,
            article: 173,
            clause: 'hai',
            subjects: 'Lâm Văn Tèo; T',
          },
        ]),
      ).toEqual([
        422,
        [
          ['row 3.Mã đơn vị', 'Không có đơn vị mã "CT.KV7" trong phạm vi bạn được ghi sổ thụ lý'],
          ['row 3.Tóm tắt', 'Tóm tắt quá ngắn: ít nhất 3 ký tự'],
          ['row 3.Ngày thụ lý', 'Ngày không được sau ngày hôm nay'],
          ['row 4.Tóm tắt', 'Chưa nhập tóm tắt (cột bắt buộc)'],
          ['row 4.Nguồn tin', 'Không có nguồn tin "Tin bao"; có phải "Tin báo"?'],
          ['row 5.Tóm tắt', 'Tóm tắt quá ngắn: ít nhất 3 ký tự'],
          ['row 5.Ngày thụ lý', 'Ngày không được sau ngày hôm nay'],
          ['row 6.Khoản', 'Phải là số nguyên dương'],
          ['row 6.Bị can / đương sự', '"T": Họ tên quá ngắn'],
        ],
      ])
    })

    it('an article outside the Penal Code names the field and the code, in the answer and in the report', async () => {
      const rows: Row[] = [
        {
          ...valid,
          number: '50/2026/HS-KV6',
          kind: 'Vụ án hình sự',
          source: undefined,
          article: 999,
          clause: 1,
          title: 'Ab',
        },
        {
          ...valid,
          number: '51/2026/HS-KV6',
          kind: 'Vụ án hình sự',
          source: undefined,
          article: 'Điều 427',
          clause: 2,
        },
      ]
      expect(await problemsOf(rows)).toEqual([
        422,
        [
          ['row 3.Điều BLHS', 'Bộ luật Hình sự không có Điều 999 (các điều từ 1 đến 426)'],
          ['row 3.Tóm tắt', 'Tóm tắt quá ngắn: ít nhất 3 ký tự'],
          ['row 4.Điều BLHS', 'Bộ luật Hình sự không có Điều 427 (các điều từ 1 đến 426)'],
        ],
      ])
      const report = await ksv.upload('/api/register/import?report=xlsx', await fillTemplate(template, rows))
      const sheet = (await readBook(report.raw)).getWorksheet('Sổ thụ lý')!
      const errorCol = headersOf(sheet).indexOf('Lỗi') + 1
      expect(sheet.getRow(3).getCell(errorCol).value).toBe(
        'Điều BLHS: Bộ luật Hình sự không có Điều 999 (các điều từ 1 đến 426)\nTóm tắt: Tóm tắt quá ngắn: ít nhất 3 ký tự',
      )
    })

    it('the prosecutor is a username or a unique full name; two people of one name are refused with their usernames', async () => {
      const db = t.database.handle.db
      await db.insert(people).values([
        { fullName: 'Âu Dương Nguyệt Ánh', title: 'ksv_trung_cap', unitId: kv6, username: 'anh.adn' },
        { fullName: 'Tôn Thất Khải Hoàn', title: 'ksv_trung_cap', unitId: kv6, username: 'hoan.ttk2' },
        { fullName: 'Tôn Thất Khải Hoàn', title: 'ksv_so_cap', unitId: kv6, username: 'hoan.ttk' },
        { fullName: 'Lý Thị Kiều Diễm', title: 'ksv_so_cap', unitId: kv6, username: 'diem.ltk', active: false },
      ])
      expect(
        await problemsOf([
          { ...valid, number: '52/2026/TB-KV6', prosecutor: 'KSV' },
          { ...valid, number: '53/2026/TB-KV6', prosecutor: '  âu dương   NGUYỆT ánh ' },
        ]),
      ).toEqual({ imported: 2, dryRun: true })
      expect(
        await problemsOf([
          { ...valid, number: '54/2026/TB-KV6', prosecutor: 'Tôn Thất Khải Hoàn' },
          { ...valid, number: '55/2026/TB-KV6', prosecutor: 'Au Duong Nguyet Anh' },
          { ...valid, number: '56/2026/TB-KV6', prosecutor: 'Lý Thị Kiều Diễm' },
          { ...valid, number: '57/2026/TB-KV6', prosecutor: 'khong.co.ai' },
        ]),
      ).toEqual([
        422,
        [
          [
            'row 3.Kiểm sát viên (tên đăng nhập hoặc họ tên)',
            'Có 2 cán bộ cùng họ tên "Tôn Thất Khải Hoàn" trong phạm vi của bạn (tên đăng nhập: hoan.ttk, hoan.ttk2); hãy nhập tên đăng nhập của người được phân công',
          ],
          [
            'row 4.Kiểm sát viên (tên đăng nhập hoặc họ tên)',
            'Không có cán bộ họ tên "Au Duong Nguyet Anh" trong phạm vi của bạn; có phải "Âu Dương Nguyệt Ánh"?',
          ],
          [
            'row 5.Kiểm sát viên (tên đăng nhập hoặc họ tên)',
            'Không có cán bộ đang công tác với tên đăng nhập hoặc họ tên "Lý Thị Kiều Diễm" trong phạm vi của bạn',
          ],
          [
            'row 6.Kiểm sát viên (tên đăng nhập hoặc họ tên)',
            'Không có cán bộ đang công tác với tên đăng nhập hoặc họ tên "khong.co.ai" trong phạm vi của bạn',
          ],
        ],
      ])
      // Out of reach, a name is not found (and reveals nothing): a prosecutor of CT.KV7.
      expect(
        await problemsOf(
          [{ ...valid, number: '58/2026/TB-KV7', unitCode: 'CT.KV7', prosecutor: 'Âu Dương Nguyệt Ánh' }],
          ksv2,
        ),
      ).toEqual([
        422,
        [
          [
            'row 3.Kiểm sát viên (tên đăng nhập hoặc họ tên)',
            'Không có cán bộ đang công tác với tên đăng nhập hoặc họ tên "Âu Dương Nguyệt Ánh" trong phạm vi của bạn',
          ],
        ],
      ])

      // The matter imported by name is assigned to that person.
      const file = await fillTemplate(template, [
        { ...valid, number: '59/2026/TB-KV6', prosecutor: 'âu dương nguyệt ánh' },
      ])
      expect((await ksv.upload('/api/register/import', file)).status).toBe(200)
      const agent = await t.signIn('ksv')
      const item = (await agent.get(`/api/matters?unitId=${kv6}&q=59/2026/TB-KV6`)).body.items[0]
      expect(item.prosecutorName).toBe('Âu Dương Nguyệt Ánh')
    })

    it('reads the old header "Tên đăng nhập KSV"; the export carries the new one', async () => {
      const book = await readBook(
        await fillTemplate(template, [{ ...valid, number: '60/2026/TB-KV6', prosecutor: 'khong.co.ai' }]),
      )
      const sheet = book.getWorksheet('Sổ thụ lý')!
      const col = headersOf(sheet).indexOf('Kiểm sát viên (tên đăng nhập hoặc họ tên)') + 1
      sheet.getRow(1).getCell(col).value = 'Tên đăng nhập KSV'
      const old = Buffer.from(await book.xlsx.writeBuffer())
      const res = await ksv.upload('/api/register/import?dryRun=true', old)
      expect(res.status).toBe(422)
      expect(res.json().error.details).toEqual([
        {
          path: 'row 3.Kiểm sát viên (tên đăng nhập hoặc họ tên)',
          message: 'Không có cán bộ đang công tác với tên đăng nhập hoặc họ tên "khong.co.ai" trong phạm vi của bạn',
        },
      ])
      sheet.getRow(3).getCell(col).value = 'ksv'
      const fixed = await ksv.upload('/api/register/import?dryRun=true', Buffer.from(await book.xlsx.writeBuffer()))
      expect([fixed.status, fixed.json()]).toEqual([200, { imported: 1, dryRun: true }])

      const exported = await ksv.get(`/api/matters/export.xlsx?unitId=${kv6}`)
      expect(headersOf((await readBook(exported.raw)).worksheets[0]!)).toContain(
        'Kiểm sát viên (tên đăng nhập hoặc họ tên)',
      )
    })
  })

  it('imports 10,000 generated rows in one transaction, well within a minute', async () => {
    const size = 10_000
    const rows: Row[] = Array.from({ length: size }, (_, i) => ({
      number: `${1000 + i}/2026/HS-KV6`,
      kind: i % 2 === 0 ? 'Vụ án hình sự' : 'Tin báo',
      title: `Vụ việc nhập thử số ${i + 1}`,
      receivedOn: new Date(Date.UTC(2026, i % 10, 1 + (i % 28))),
      unitCode: 'CT.KV6',
      prosecutor: 'ksv',
      ...(i % 2 === 0
        ? { article: 173, clause: 1 + (i % 4), subjects: `Bị can ${i}; Người thứ hai ${i}` }
        : { source: 'Tin báo' }),
      body: 'Công an phường Vị Tân',
    }))
    const file = await fillTemplate(template, rows)
    const before = await matterCount()
    const started = performance.now()
    const res = await ksv.upload('/api/register/import', file)
    const ms = performance.now() - started
    expect(res.status).toBe(200)
    expect(res.json()).toEqual({ imported: size, dryRun: false })
    expect(await matterCount()).toBe(before + size)
    console.log(`[${engine}] imported ${size} rows in ${Math.round(ms)} ms (${Math.round((size / ms) * 1000)} rows/s)`)
    // Every matter carries what the form would have derived: its stage and its open deadline.
    const agent = await t.signIn('ksv')
    const last = (
      await agent.get(`/api/matters?unitId=${kv6}&q=${encodeURIComponent(`${1000 + size - 2}/2026/HS-KV6`)}`)
    ).body.items[0]
    const detail = (await agent.get(`/api/matters/${last.id}`)).body
    expect(detail).toMatchObject({ stage: 'dang_dieu_tra', subjects: [expect.anything(), expect.anything()] })
    expect(detail.deadlines.map((d: { ruleCode: string }) => d.ruleCode)).toContain('BLTTHS_172_DIEU_TRA')
  })
})
