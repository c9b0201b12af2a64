import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type Agent, type TestApp } from '../support/test-app.ts'

type Rule = { code: string; [key: string]: unknown }
const codesOf = (rules: { code: string }[]) => rules.map((r) => r.code)

describe.each(ENGINES)('deadlines on %s', (engine) => {
  let t: TestApp
  let ksv: Agent
  const preview = (body: unknown) => ksv.post('/api/deadlines/preview', body)

  beforeAll(async () => {
    t = await startTestApp(engine)
    ksv = await t.signIn('ksv')
  })
  afterAll(async () => t?.close())

  it('lists the rule catalogue with Vietnamese names, legal sources, effective dates and open questions', async () => {
    const res = await ksv.get('/api/deadlines/rules')
    expect(res.status).toBe(200)
    const rule = (code: string) => res.body.items.find((r: Rule) => r.code === code)
    expect(rule('BLTTHS_240_TRUY_TO')).toMatchObject({
      name: 'Thời hạn quyết định việc truy tố',
      article: 'Điều 240 BLTTHS 2015',
      effectiveFrom: '2018-01-01',
      effectiveTo: null,
      startEvent: 'kể từ ngày nhận hồ sơ',
      needsCategory: true,
      needsStartTime: false,
      nationalSecurity: 'not_applicable',
      counting: { countsStartDay: false, rollsOverDaysOff: true },
    })
    expect(rule('BLTTHS_240_TRUY_TO').legalSource).toMatch(/^Bộ luật Tố tụng hình sự 2015 .*Điều 240 khoản 1$/)
    expect(
      rule('BLTTHS_240_TRUY_TO').periods.find((p: { category: string }) => p.category === 'rat_nghiem_trong'),
    ).toMatchObject({
      base: { unit: 'days', amount: 30 },
      extensions: [{ max: { unit: 'days', amount: 15 }, grantedBy: 'Viện trưởng Viện kiểm sát' }],
      maxTotal: { unit: 'days', amount: 45 },
    })
    expect(rule('BLTTHS_240_TRUY_TO').unconfirmed.map((n: { field: string }) => n.field)).toEqual(
      expect.arrayContaining(['effectiveTo', 'counting']),
    )
    expect(rule('BLTTHS_118_TAM_GIU')).toMatchObject({
      needsCategory: false,
      needsStartTime: true,
      periods: [{ category: null, base: { unit: 'hours', amount: 72 } }],
    })
    expect(rule('BLTTHS_173_TAM_GIAM')).toMatchObject({
      nationalSecurity: 'not_encoded',
      counting: { countsStartDay: true, rollsOverDaysOff: false },
      extensionRequestDaysBeforeExpiry: 10,
    })
    expect(rule('BLTTHS_172_DIEU_TRA')).toMatchObject({
      nationalSecurity: 'supported',
      suspension: 'not_applicable',
      reading: null,
    })
    // Điều 134 read strictly for the procuracy's own limits (issue 9 item 6).
    expect(rule('BLTTHS_240_TRUY_TO')).toMatchObject({
      reading: { counts: 'strict', strict: { countsStartDay: true, rollsOverDaysOff: false } },
    })
    expect(codesOf(res.body.items)).toEqual(
      expect.arrayContaining(['BLTTHS_147_NGUON_TIN', 'BLTTHS_337_BAN_AN_CUNG_CAP', 'BLTTDS_280_BAN_AN_CUNG_CAP']),
    )
    expect(res.body.categories).toEqual([
      { code: 'it_nghiem_trong', label: 'Tội phạm ít nghiêm trọng' },
      { code: 'nghiem_trong', label: 'Tội phạm nghiêm trọng' },
      { code: 'rat_nghiem_trong', label: 'Tội phạm rất nghiêm trọng' },
      { code: 'dac_biet_nghiem_trong', label: 'Tội phạm đặc biệt nghiêm trọng' },
    ])
  })

  it('Điều 240, tội rất nghiêm trọng, hồ sơ nhận 02/03/2026, gia hạn 15 ngày → 16/04/2026, computed without saving anything', async () => {
    // Điều 240 khoản 1 BLTTHS 2015: the procuracy decides within 30 days of receiving the file
    // for a very serious crime; the Viện trưởng may extend by at most 15 days. Day 1 is the day
    // after receipt (cách tính thời hạn), so the 30 days are 03/03 … 01/04/2026 (a Wednesday);
    // the extension runs 02/04 … 16/04/2026, a Thursday and a working day (Giỗ Tổ is 26/04 that
    // year). The 45-day ceiling gives the same day: 02/03 + 45 days = 16/04/2026.
    // That is the lenient reading of Điều 134. The procuracy's own limit counts the strict one (issue 9
    // item 6): 02/03 is day 1, so the 30 days are 02/03 … 31/03 (a Tuesday), the extension 01/04 …
    // 15/04/2026 (a Wednesday, working) — the safe date; 16/04 is shown as the other reading's.
    const before = await t.auditCount()
    const body = {
      ruleCode: 'BLTTHS_240_TRUY_TO',
      category: 'rat_nghiem_trong',
      start: '2026-03-02',
      extensionsGranted: [{ unit: 'days', amount: 15 }],
    }
    const res = await preview(body)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      ruleCode: 'BLTTHS_240_TRUY_TO',
      ruleName: 'Thời hạn quyết định việc truy tố',
      dueDate: '2026-04-15',
      countedReading: 'strict',
      alternativeDueDate: '2026-04-16',
      dueTime: null,
      unadjustedDueDate: '2026-04-15',
      movedBecauseOfDayOff: false,
      dayOffReasons: [],
      basis:
        'Điều 240 BLTTHS 2015: 30 ngày kể từ ngày nhận hồ sơ, tội rất nghiêm trọng; gia hạn 15 ngày; hạn an toàn 15/04/2026; hạn cuối theo cách tính khác 16/04/2026',
      latestExtensionRequestDate: null,
      extensionsGranted: 1,
      extensionsRemaining: 0,
      maxDueDate: '2026-04-15',
      suspendedSince: null,
    })
    expect(codesOf(res.body.appliedRules)).toEqual([
      'BLTTHS_240_TRUY_TO',
      'COUNT_START_DAY_INCLUDED',
      'COUNT_DAYS_END_24H',
      'EXTENSION',
      'READING_STRICT',
    ])
    expect(res.body.appliedRules[3].text).toBe('Gia hạn lần 1: 15 ngày (tối đa 15 ngày; Viện trưởng Viện kiểm sát)')
    expect(res.body.unconfirmed.length).toBeGreaterThan(0)

    // Without the extension: strict 31/03/2026 (lenient 01/04), one extension left that would reach 15/04.
    const base = await preview({ ...body, extensionsGranted: [] })
    expect(base.body).toMatchObject({
      dueDate: '2026-03-31',
      alternativeDueDate: '2026-04-01',
      extensionsGranted: 0,
      extensionsRemaining: 1,
      maxDueDate: '2026-04-15',
    })
    expect(await t.auditCount()).toBe(before)
  })

  it('moves a deadline that ends in the Tết break to the first working day after it (Tết Bính Ngọ: 17/02/2026)', async () => {
    // Điều 277 (the court's 15 days after a file comes back from supplementary investigation, one
    // reading): 15 days from 01/02/2026 end on Monday 16/02, the last day of the old lunar year;
    // 17–20/02 are Tết, 21–22/02 a weekend → Monday 23/02/2026.
    const res = await preview({ ruleCode: 'BLTTHS_277_SAU_DIEU_TRA_BO_SUNG', start: '2026-02-01' })
    expect(res.body).toMatchObject({
      dueDate: '2026-02-23',
      unadjustedDueDate: '2026-02-16',
      movedBecauseOfDayOff: true,
      countedReading: null,
      alternativeDueDate: null,
    })
    expect(res.body.dayOffReasons).toEqual([
      { date: '2026-02-16', reasons: ['Tết Âm lịch (ngày cuối năm)'] },
      { date: '2026-02-17', reasons: ['Tết Âm lịch (mùng 1)'] },
      { date: '2026-02-18', reasons: ['Tết Âm lịch (mùng 2)'] },
      { date: '2026-02-19', reasons: ['Tết Âm lịch (mùng 3)'] },
      { date: '2026-02-20', reasons: ['Tết Âm lịch (mùng 4)'] },
      { date: '2026-02-21', reasons: ['Thứ Bảy'] },
      { date: '2026-02-22', reasons: ['Chủ nhật'] },
    ])
    expect(res.body.basis).toMatch(/hết hạn vào ngày nghỉ 16\/02\/2026, chuyển sang 23\/02\/2026$/)
    expect(codesOf(res.body.appliedRules)).toContain('DAY_OFF_ROLL_OVER')

    // Điều 240, tội nghiêm trọng, from 27/01/2026 under both readings of Điều 134. Lenient: day 1 is
    // 28/01, day 20 Monday 16/02 → 23/02 as above. Strict (counted): 27/01 is day 1, day 20 is Sunday
    // 15/02 — a day off that does not move.
    const prosecution = await preview({ ruleCode: 'BLTTHS_240_TRUY_TO', category: 'nghiem_trong', start: '2026-01-27' })
    expect(prosecution.body).toMatchObject({
      dueDate: '2026-02-15',
      unadjustedDueDate: '2026-02-15',
      movedBecauseOfDayOff: false,
      alternativeDueDate: '2026-02-23',
    })
    expect(prosecution.body.dayOffReasons).toEqual([{ date: '2026-02-15', reasons: ['Chủ nhật'] }])
    expect(prosecution.body.basis).toMatch(/; hạn an toàn 15\/02\/2026; hạn cuối theo cách tính khác 23\/02\/2026$/)
  })

  it('runs custody by the clock through Tết and never moves it', async () => {
    // Điều 118: 72 hours from 20:00 on 14/02/2026 end at 20:00 on 17/02/2026, mùng 1 Tết.
    const res = await preview({ ruleCode: 'BLTTHS_118_TAM_GIU', start: '2026-02-14', startTime: '20:00' })
    expect(res.body).toMatchObject({
      dueDate: '2026-02-17',
      dueTime: '20:00',
      movedBecauseOfDayOff: false,
      dayOffReasons: [{ date: '2026-02-17', reasons: ['Tết Âm lịch (mùng 1)'] }],
      extensionsRemaining: 2,
      maxDueDate: '2026-02-23',
      maxDueTime: '20:00',
    })
  })

  it('gives the last day to request an extension; a resumed investigation gets a new period (Điều 172, 174)', async () => {
    // Tội rất nghiêm trọng: 04 months from opening the case on 05/01/2026 → 05/05/2026; an extension
    // must be requested at least 10 days before → 25/04/2026; two extensions of ≤ 04 months → 05/01/2027.
    const res = await preview({ ruleCode: 'BLTTHS_172_DIEU_TRA', category: 'rat_nghiem_trong', start: '2026-01-05' })
    expect(res.body).toMatchObject({
      dueDate: '2026-05-05',
      latestExtensionRequestDate: '2026-04-25',
      extensionsRemaining: 2,
      maxDueDate: '2027-01-05',
    })
    // Điều 174 khoản 1: suspended 05/03 and resumed 06/04, the investigation does not take up the time
    // left: a new period of 03 months (very serious) runs from the resumption → Monday 06/07/2026.
    const suspended = await preview({
      ruleCode: 'BLTTHS_172_DIEU_TRA',
      category: 'rat_nghiem_trong',
      start: '2026-01-05',
      suspensions: [{ from: '2026-03-05', to: '2026-04-06' }],
    })
    expect(suspended.body.error.code).toBe('DEADLINE_SUSPENSION_NOT_ALLOWED')
    const resumed = await preview({
      ruleCode: 'BLTTHS_174_PHUC_HOI_DIEU_TRA',
      category: 'rat_nghiem_trong',
      start: '2026-04-06',
    })
    expect(resumed.body).toMatchObject({ dueDate: '2026-07-06', movedBecauseOfDayOff: false, extensionsRemaining: 1 })
    // A crime report still stops its clock while suspended (Điều 148).
    const still = await preview({
      ruleCode: 'BLTTHS_147_NGUON_TIN',
      start: '2026-03-02',
      suspensions: [{ from: '2026-03-05', to: null }],
    })
    expect(still.body).toMatchObject({ dueDate: null, maxDueDate: null, suspendedSince: '2026-03-05' })
  })

  it('refuses what the law does not allow with a stable code, a Vietnamese message and the field', async () => {
    const rnt = { ruleCode: 'BLTTHS_240_TRUY_TO', category: 'rat_nghiem_trong', start: '2026-03-02' }
    const refusals: [unknown, string, string, string | undefined][] = [
      [
        { ...rnt, ruleCode: 'BLTTHS_999' },
        'DEADLINE_UNKNOWN_RULE',
        'Không có quy định về thời hạn mã "BLTTHS_999"',
        'ruleCode',
      ],
      [
        {
          ...rnt,
          extensionsGranted: [
            { unit: 'days', amount: 15 },
            { unit: 'days', amount: 15 },
          ],
        },
        'DEADLINE_EXTENSION_LIMIT',
        'Điều 240 BLTTHS 2015: chỉ được gia hạn tối đa 1 lần, không thể gia hạn lần thứ 2',
        'extensionsGranted',
      ],
      [
        { ...rnt, extensionsGranted: [{ unit: 'days', amount: 20 }] },
        'DEADLINE_EXTENSION_TOO_LONG',
        'Điều 240 BLTTHS 2015: gia hạn lần 1 không được quá 15 ngày (đề nghị 20 ngày)',
        'extensionsGranted.0',
      ],
      [
        { ...rnt, category: undefined },
        'DEADLINE_CATEGORY_REQUIRED',
        'Điều 240 BLTTHS 2015: cần xác định loại tội phạm để tính thời hạn',
        'category',
      ],
      [
        { ...rnt, start: '2017-12-31' },
        'DEADLINE_RULE_NOT_IN_FORCE',
        'Quy định "BLTTHS_240_TRUY_TO" không có hiệu lực vào ngày 31/12/2017',
        'start',
      ],
      [
        { ...rnt, suspensions: [{ from: '2026-03-05', to: '2026-03-10' }] },
        'DEADLINE_SUSPENSION_NOT_ALLOWED',
        'Điều 240 BLTTHS 2015: thời hạn này không áp dụng tạm đình chỉ',
        'suspensions',
      ],
      [
        { ruleCode: 'BLTTHS_118_TAM_GIU', start: '2026-02-14' },
        'DEADLINE_INVALID_INPUT',
        'Điều 118 BLTTHS 2015: thời hạn tính theo giờ, cần nhập giờ bắt đầu',
        'startTime',
      ],
      [
        {
          ruleCode: 'BLTTHS_147_NGUON_TIN',
          start: '2026-03-02',
          suspensions: [{ from: '2026-03-05', to: '2026-03-01' }],
        },
        'DEADLINE_INVALID_SUSPENSION',
        'Ngày phục hồi 01/03/2026 trước ngày tạm đình chỉ 05/03/2026',
        'suspensions',
      ],
    ]
    for (const [body, code, message, path] of refusals) {
      const res = await preview(body)
      expect([code, res.status]).toEqual([code, 422])
      expect(res.body.error).toMatchObject({ code, message, details: [{ path, message: expect.any(String) }] })
    }
    const security = await preview({
      ruleCode: 'BLTTHS_173_TAM_GIAM',
      category: 'nghiem_trong',
      start: '2026-03-02',
      nationalSecurity: true,
    })
    expect(security.status).toBe(422)
    expect(security.body.error.code).toBe('DEADLINE_NOT_ENCODED')
    expect(security.body.error.message).toMatch(/^Điều 173 BLTTHS 2015: Tạm giam đối với tội xâm phạm an ninh quốc gia/)
  })

  it('refuses malformed input before computing, with Vietnamese field messages', async () => {
    const body = { ruleCode: 'BLTTHS_240_TRUY_TO', category: 'rat_nghiem_trong', start: '2026-03-02' }
    const cases: [unknown, string, string][] = [
      [{ ...body, start: '02/03/2026' }, 'start', 'Ngày phải có dạng YYYY-MM-DD'],
      [{ ...body, start: '2026-02-29' }, 'start', 'Ngày không tồn tại'],
      [{ ...body, category: 'nang' }, 'category', 'Loại tội phạm không hợp lệ'],
      [{ ...body, ruleCode: '' }, 'ruleCode', 'Chọn loại thời hạn'],
      [{ ...body, startTime: '25:00' }, 'startTime', 'Giờ phải có dạng HH:mm'],
      [
        { ...body, extensionsGranted: [{ unit: 'days', amount: 0 }] },
        'extensionsGranted.0.amount',
        'Độ dài gia hạn phải lớn hơn 0',
      ],
      [
        { ...body, extensionsGranted: [{ unit: 'weeks', amount: 1 }] },
        'extensionsGranted.0.unit',
        'Đơn vị gia hạn phải là giờ, ngày hoặc tháng',
      ],
    ]
    for (const [input, path, message] of cases) {
      const res = await preview(input)
      expect(res.status).toBe(400)
      expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path, message }] })
    }
  })

  it('is open to every signed-in role and to nobody without a session', async () => {
    const body = { ruleCode: 'BLTTHS_240_TRUY_TO', category: 'it_nghiem_trong', start: '2026-03-02' }
    for (const username of ['xem', 'thidua', 'admin'])
      expect((await (await t.signIn(username)).post('/api/deadlines/preview', body)).status).toBe(200)
    for (const [method, url] of [
      ['POST', '/api/deadlines/preview'],
      ['GET', '/api/deadlines/rules'],
    ] as const) {
      const res = await t.anonymous({ method, url, ...(method === 'POST' ? { body } : {}) })
      expect(res.status).toBe(401)
      expect(res.body.error.code).toBe('AUTH_REQUIRED')
    }
  })
})
