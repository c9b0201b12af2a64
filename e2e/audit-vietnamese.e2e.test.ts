// The audit trail read by the provincial leader, in Vietnamese: a matter's "Lịch sử thay đổi"
// holds the acts recorded and voided on it, named by the matter's number; an act, a subject, a
// target and an official calendar day read with the labels of their forms ("Gia hạn thêm: 02
// tháng"), never a field's code, an act's code, JSON or an internal id (issue 12, item 6).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { addDays } from '@/domain/calendar/index.ts'
import { todayInVietnam } from '@/server/platform/time.ts'
import { apiAs } from './support/api-as.ts'
import { signedInPage, startHarness, type Harness } from './support/browser-harness.ts'

/** What the reader must never see: a field code, an act code, JSON, an internal id. */
const RAW = /matterId|subjectId|occurredOn|voidReason|investigation_extended|TIN_BAO|"unit"|\{"|#\d+/

/** The rows of the opened "Xem thay đổi" table, as [label, before, after]. */
const unfold = async (row: Locator): Promise<string[][]> => {
  await row.getByRole('button', { name: 'Xem thay đổi' }).click()
  const detail = row.locator('xpath=following-sibling::tr[1]').getByTestId('audit-diff')
  await detail.waitFor()
  return detail
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())))
}

describe('the audit trail in Vietnamese', () => {
  let h: Harness
  let page: Page
  let matter: { id: number; number: string; subjects: { id: number }[] }
  let prosecutorName: string
  const calendarDay = '2031-05-05'

  beforeAll(async () => {
    h = await startHarness()
    const today = todayInVietnam()
    const ksv = await apiAs(h, 'ksv')
    prosecutorName = ksv.me.user.fullName
    matter = await ksv.post('/api/matters', {
      kind: 'criminal_case',
      unitId: ksv.me.user.unitId,
      number: '902/2026/HS-KV6',
      title: 'Trộm cắp tài sản tại chợ nổi Cái Răng',
      prosecutorId: ksv.me.user.personId,
      subjects: [{ fullName: 'Lâm Văn Tèo', birthYear: 1995, gender: 'nam' }],
      initialEvent: {
        type: 'case_instituted',
        occurredOn: addDays(today, -50),
        data: { charge: { article: 173, clause: 1 }, investigatingBody: 'Cơ quan CSĐT Công an TP Cần Thơ' },
      },
    })
    await ksv.post(`/api/matters/${matter.id}/subjects`, { fullName: 'Trần Thị Bé', birthYear: 1998, gender: 'nu' })
    const extended = await ksv.post(`/api/matters/${matter.id}/events`, {
      type: 'investigation_extended',
      occurredOn: today,
      documentNumber: '15/QĐ-VKS',
      data: { amount: 2, unit: 'months' },
    })
    await ksv.post(`/api/matters/${matter.id}/events/${extended.events.at(-1).id}/void`, {
      reason: 'Ghi nhầm: chưa có quyết định gia hạn',
    })
    await ksv.close()

    const admin = await apiAs(h, 'admin')
    await admin.post('/api/indicators/targets/TIN_BAO_GIAI_QUYET', {
      comparison: '>=',
      value: 92,
      legalSource: 'Kế hoạch công tác năm 2027 của VKSND thành phố Cần Thơ',
      effectiveFrom: '2026-12-01',
    })
    await admin.post('/api/calendar/official', { date: calendarDay, kind: 'day_off', reason: 'Nghỉ bù Giỗ Tổ' })
    await admin.close()

    page = await signedInPage(h, 'lanhdao')
  }, 120_000)
  afterAll(async () => h?.close())

  it('a matter’s "Lịch sử thay đổi" lists the act recorded and voided, under the matter’s number', async () => {
    await page.goto(`${h.url}/so-thu-ly/${matter.id}`)
    await page.getByRole('link', { name: 'Lịch sử thay đổi' }).click()
    await page.getByTestId('audit-table').waitFor()
    expect(await page.getByTestId('audit-focus').textContent()).toContain(`Lịch sử của Vụ án số ${matter.number}`)

    const rowsAbout = (kind: string) =>
      page.getByTestId('audit-row').filter({ has: page.getByTestId('audit-subject').filter({ hasText: kind }) })
    const actRows = rowsAbout('Hành vi tố tụng')
    // Recorded (Tạo mới) and voided (Cập nhật): both are in the matter's history.
    expect(await actRows.count()).toBe(2)
    expect(await actRows.first().getByTestId('audit-matter-link').textContent()).toBe(`Vụ án số ${matter.number}`)

    const recorded = await unfold(actRows.filter({ hasText: 'Tạo mới' }))
    expect(recorded).toEqual(
      expect.arrayContaining([
        ['Hành vi tố tụng', '—', 'Gia hạn thời hạn điều tra (Điều 172, 174)'],
        ['Số văn bản', '—', '15/QĐ-VKS'],
        ['Gia hạn thêm', '—', '02 tháng'],
      ]),
    )
    const voided = await unfold(actRows.filter({ hasText: 'Cập nhật' }))
    expect(voided).toEqual([
      ['Hiệu lực', 'Còn hiệu lực', 'Đã hủy'],
      ['Lý do hủy', '—', 'Ghi nhầm: chưa có quyết định gia hạn'],
    ])
    expect(await actRows.filter({ hasText: 'Cập nhật' }).textContent()).toContain(prosecutorName)

    const subject = await unfold(rowsAbout('Bị can, đương sự'))
    expect(subject).toEqual([
      ['Họ tên', '—', 'Trần Thị Bé'],
      ['Năm sinh', '—', '1998'],
      ['Giới tính', '—', 'Nữ'],
    ])
    expect(await page.getByTestId('audit-table').textContent()).not.toMatch(RAW)
  })

  it('a target reads with the indicator’s name, the comparison and the document', async () => {
    await page.goto(`${h.url}/nhat-ky?entity=indicator_target`)
    const row = page.getByTestId('audit-row').first()
    await row.waitFor()
    expect(await row.getByTestId('audit-subject').textContent()).toContain(
      'Chỉ tiêu được giao: Tỷ lệ giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố',
    )
    const changes = await unfold(row)
    expect(changes).toEqual(
      expect.arrayContaining([
        ['So sánh', expect.any(String), 'Từ … trở lên (≥)'],
        ['Giá trị', expect.any(String), '92'],
        ['Áp dụng từ ngày', expect.any(String), '01/12/2026'],
        ['Văn bản giao chỉ tiêu', '—', 'Kế hoạch công tác năm 2027 của VKSND thành phố Cần Thơ'],
      ]),
    )
    expect(await page.getByTestId('audit-table').textContent()).not.toMatch(RAW)
  })

  it('an official calendar day reads with the calendar form’s labels and the day', async () => {
    await page.goto(`${h.url}/nhat-ky?entity=official_calendar`)
    const row = page.getByTestId('audit-row').first()
    await row.waitFor()
    expect(await row.getByTestId('audit-subject').textContent()).toBe('Lịch nghỉ chính thức: ngày 05/05/2031')
    const changes = await unfold(row)
    expect(changes).toEqual(
      expect.arrayContaining([
        ['Ngày', '—', '05/05/2031'],
        ['Loại ngày', '—', 'Ngày nghỉ'],
        ['Lý do', '—', 'Nghỉ bù Giỗ Tổ'],
      ]),
    )
    expect(await page.getByTestId('audit-table').textContent()).not.toMatch(RAW)
  })

  it('the timeline says who voided the act and when', async () => {
    await page.goto(`${h.url}/so-thu-ly/${matter.id}`)
    const reason = page.getByTestId('void-reason')
    await reason.waitFor()
    expect(await reason.textContent()).toMatch(
      new RegExp(
        `^bởi ${prosecutorName} lúc \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2} · Lý do: Ghi nhầm: chưa có quyết định gia hạn$`,
      ),
    )
  })
})
