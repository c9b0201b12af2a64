// The plan's files and reviews through the HTTP API (issue 13 items 6 and 8): the KẾ HOẠCH .docx
// with its Phụ lục table, its PDF through LibreOffice, the Excel export, and the six-month and
// year reviews — computed until the owner freezes one, read from the frozen snapshot after.
// Today is fixed at 15/06/2026 (statistics year 2026: 01/12/2025–30/11/2026).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { manualClock } from '@/server/platform/time.ts'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type Agent, type TestApp } from '../support/test-app.ts'

const YEAR = 2026

/** The document's text, runs joined, tags dropped: what a reader sees, whatever the runs are split into. */
const documentText = async (docx: Buffer) => {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string')
  return {
    xml,
    text: xml
      .replace(/<w:p[ >]/g, '\n<w:p ')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&'),
  }
}

describe.each(ENGINES)('plan documents and reviews on %s', (engine) => {
  let t: TestApp
  let thongke: Agent
  let lanhdao: Agent
  let ksv: Agent
  let planId: number
  let kv6Task: number

  const ok = (res: { status: number; body: unknown }, status = 200) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status)
    return res.body as any
  }
  const download = async (agent: Agent, url: string) => {
    const res = await t.app.inject({ method: 'GET', url, headers: { cookie: `ks_session=${agent.sessionCookie}` } })
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200)
    return { body: res.rawPayload, headers: res.headers }
  }

  beforeAll(async () => {
    t = await startTestApp(engine, { clock: manualClock(new Date('2026-06-15T03:00:00Z')) })
    thongke = await t.signIn('thongke')
    lanhdao = await t.signIn('lanhdao')
    ksv = await t.signIn('ksv')
    const [ct, p1, kv6] = [await t.unitId('CT'), await t.unitId('CT.P1'), await t.unitId('CT.KV6')]
    const plan = ok(
      await thongke.post('/api/plans', {
        unitId: ct,
        year: YEAR,
        kind: 'annual',
        title: 'Kế hoạch công tác kiểm sát năm 2026',
        implementsDocuments:
          'Thực hiện Chỉ thị số 01/CT-VKSTC ngày 12/12/2025 của Viện trưởng Viện kiểm sát nhân dân tối cao về công tác năm 2026',
        purpose: 'Thực hiện đạt và vượt các chỉ tiêu, nhiệm vụ của Ngành.',
        organisation: 'Thủ trưởng các đơn vị xây dựng kế hoạch, chương trình công tác của đơn vị.',
        signerPrefix: 'KT. VIỆN TRƯỞNG',
        signerTitle: 'PHÓ VIỆN TRƯỞNG',
        signerName: 'Nguyễn Văn Bình',
        recipients: 'VKSND tối cao (để báo cáo)\nCác đơn vị trực thuộc',
      }),
      201,
    )
    planId = plan.id
    ok(
      await thongke.post(`/api/plans/${planId}/targets`, {
        indicatorCode: 'TIN_BAO_GIAI_QUYET',
        comparison: '>',
        value: 90,
      }),
      201,
    )
    ok(
      await thongke.post(`/api/plans/${planId}/tasks`, {
        title: 'Nâng cao chất lượng tranh tụng tại phiên tòa',
        workStream: 'criminal_trial',
        leadUnitId: p1,
        supportingUnitIds: [kv6],
        deadline: '2026-10-31',
        product: 'Tổ chức 4 phiên tòa rút kinh nghiệm',
      }),
      201,
    )
    kv6Task = ok(
      await thongke.post(`/api/plans/${planId}/tasks`, {
        title: 'Giải quyết dứt điểm tin báo tồn đọng',
        workStream: 'crime_reports',
        leadUnitId: kv6,
        deadline: '2026-06-20',
        product: 'Không còn tin báo quá hạn',
      }),
      201,
    ).id
    ok(await thongke.post(`/api/plans/${planId}/transition`, { action: 'submit' }))
    ok(await thongke.post(`/api/plans/${planId}/transition`, { action: 'issue', approver: 'procuracy_committee' }))
    ok(await lanhdao.post(`/api/plans/${planId}/tasks/${kv6Task}/assign`, { assigneeId: ksv.me.user.personId }))
  })
  afterAll(async () => t?.close())

  it('writes the KẾ HOẠCH with its number, date, outline, signature and the Phụ lục table on a landscape page', async () => {
    const { body, headers } = await download(thongke, `/api/plans/${planId}/document.docx`)
    expect(headers['content-disposition']).toBe(`attachment; filename="ke-hoach-2026-${planId}.docx"`)
    const { xml, text } = await documentText(body)
    expect(text).toContain('Số: 01/KH-VKS')
    // Place and date of the issue (15/06/2026): day and month with a leading zero below 10, months 1–2 only (DOMAIN.md §9).
    expect(text).toContain('Cần Thơ, ngày 15 tháng 6 năm 2026')
    expect(text).toContain('KẾ HOẠCH')
    expect(text).toContain('Kế hoạch công tác kiểm sát năm 2026')
    for (const heading of [
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. CHỈ TIÊU',
      'III. NHIỆM VỤ TRỌNG TÂM VÀ GIẢI PHÁP',
      'IV. TỔ CHỨC THỰC HIỆN',
    ])
      expect(text).toContain(heading)
    expect(text).toContain('1. Tỷ lệ giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố: Trên 90%.')
    expect(text).toContain('KT. VIỆN TRƯỞNG')
    expect(text).toContain('Nguyễn Văn Bình')
    expect(text).toContain('Các đơn vị trực thuộc')
    for (const column of ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'])
      expect(text).toContain(column)
    expect(text).toContain(
      '(Kèm theo Kế hoạch số 01/KH-VKS ngày 15/06/2026 của Viện kiểm sát nhân dân thành phố Cần Thơ)',
    )
    expect(text).toContain('Tổ chức 4 phiên tòa rút kinh nghiệm')
    expect(xml).toMatch(/w:orient="landscape"/)
  })

  it.runIf(engine === 'pglite')(
    'converts the plan to PDF through LibreOffice',
    async () => {
      const { body, headers } = await download(thongke, `/api/plans/${planId}/document.pdf`)
      expect(headers['content-type']).toBe('application/pdf')
      expect(body.subarray(0, 5).toString()).toBe('%PDF-')
    },
    120_000,
  )

  it('exports the tasks and targets to a workbook', async () => {
    const { body } = await download(lanhdao, `/api/plans/${planId}/export.xlsx`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(body as never)
    const tasks = workbook.getWorksheet('Nhiệm vụ')!
    expect(tasks.getRow(1).getCell(4).value).toBe('Đơn vị chủ trì')
    expect(tasks.getRow(3).getCell(2).value).toBe('Giải quyết dứt điểm tin báo tồn đọng')
    // Due 20/06, 5 days from 15/06: within the 7-day window.
    expect(tasks.getRow(3).getCell(10).value).toBe('Sắp đến hạn')
    expect(workbook.getWorksheet('Chỉ tiêu')!.getRow(2).getCell(3).value).toBe('Trên 90%')
  })

  it('counts the six-month review to 31/05, where a completion reported in June is not yet known', async () => {
    ok(
      await ksv.post(`/api/plans/${planId}/tasks/${kv6Task}/progress`, {
        note: 'Đã giải quyết hết tin báo tồn đọng',
        percent: 100,
        completedOn: '2026-06-10',
      }),
      201,
    )
    const review = ok(await lanhdao.get(`/api/plans/${planId}/review?period=six_months`))
    expect(review.asOf).toBe('2026-05-31')
    expect(review.frozen).toBeNull()
    expect(review.tasks.map((task: { state: string }) => task.state)).toEqual(['not_started', 'not_started'])
    expect(review.totalsLine).toBe(
      '2 nhiệm vụ; hoàn thành 0 (đúng hạn 0, quá hạn 0); chưa hoàn thành 2 (trong hạn 2, quá hạn 0)',
    )
    expect(review.byLeadUnit.map((u: { unitName: string }) => u.unitName)).toHaveLength(2)
  })

  it('freezes the year review so that it reads the same after new progress; only the plan owner freezes, once', async () => {
    expect((await ksv.post(`/api/plans/${planId}/review`, { period: 'year' })).status).toBe(403)
    const frozen = ok(await thongke.post(`/api/plans/${planId}/review`, { period: 'year' }), 201)
    // As of today (the year runs): the KV6 task done on 10/06, before its deadline of 20/06.
    expect(frozen.asOf).toBe('2026-06-15')
    expect(frozen.totalsLine).toBe(
      '2 nhiệm vụ; hoàn thành 1 (đúng hạn 1, quá hạn 0); chưa hoàn thành 1 (trong hạn 1, quá hạn 0)',
    )
    expect(frozen.frozen.byName).toBe(thongke.me.user.fullName)
    // The owner appraises the completion "chưa đạt": the live plan reopens the task, the frozen review does not move.
    ok(
      await thongke.post(`/api/plans/${planId}/tasks/${kv6Task}/appraise`, {
        appraisal: 'not_passed',
        note: 'Thiếu hồ sơ',
      }),
    )
    const live = ok(await thongke.get(`/api/plans/${planId}`))
    expect(live.totalsLine).toBe(
      '2 nhiệm vụ; hoàn thành 0 (đúng hạn 0, quá hạn 0); chưa hoàn thành 2 (trong hạn 2, quá hạn 0)',
    )
    const again = ok(await lanhdao.get(`/api/plans/${planId}/review?period=year`))
    expect(again.totalsLine).toBe(frozen.totalsLine)
    expect(again.tasks).toEqual(frozen.tasks)
    const twice = await thongke.post(`/api/plans/${planId}/review`, { period: 'year' })
    expect(twice.status).toBe(409)
    expect(twice.body.error.code).toBe('PLAN_REVIEW_FROZEN')
  })

  it("writes the review as a BÁO CÁO with the Government's totals and the annex of targets", async () => {
    const { body } = await download(thongke, `/api/plans/${planId}/review.docx?period=year`)
    const { text } = await documentText(body)
    expect(text).toContain('BÁO CÁO')
    expect(text).toContain('Tổng kết thực hiện Kế hoạch số 01/KH-VKS ngày 15/06/2026')
    expect(text).toContain(
      'Tổng số: 2 nhiệm vụ; hoàn thành 1 (đúng hạn 1, quá hạn 0); chưa hoàn thành 1 (trong hạn 1, quá hạn 0).',
    )
    expect(text).toContain('KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU')
    expect(text).toContain('Cùng kỳ năm trước')
  })
})
