// The provincial leadership reads the indicators against their targets in Chromium, opens
// the records behind a figure and lands on one of the matters: the list counts exactly the
// figure the dashboard showed (DESIGN.md principle 3, "explain every figure").
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { generateDemoActivity } from '@/demo/activity.ts'
import { generateDemoOrganisation } from '@/demo/organisation.ts'
import { loadDemoActivity } from '@/server/seed/load-activity.ts'
import { todayInVietnam } from '@/server/platform/time.ts'
import { openingStatisticsYear } from '@/domain/indicators/opening-year.ts'
import { sql } from 'drizzle-orm'
import { signedInPage, startHarness, type Harness } from './support/browser-harness.ts'

const RESOLUTION_RATE = 'TIN_BAO_GIAI_QUYET'

/** The statistics year of a day: December already belongs to the next year (DOMAIN.md §6.1). */
const statisticsYearOf = (day: string): number =>
  day.slice(5, 7) === '12' ? Number(day.slice(0, 4)) + 1 : Number(day.slice(0, 4))

/** '1.234' (vi-VN) → 1234 */
const readCount = (text: string | null): number => Number((text ?? '').replace(/[^\d]/g, ''))

describe('leadership dashboard of indicators against targets', () => {
  let h: Harness
  let page: Page
  let shownDenominator = ''

  beforeAll(async () => {
    h = await startHarness()
    // The harness loads the organisation only; the indicators need the demo register behind them.
    const today = todayInVietnam()
    const organisation = generateDemoOrganisation({ seed: 2025, scale: 1 })
    await loadDemoActivity(h.handle.db, generateDemoActivity({ seed: 2025, organisation, today }), { today })

    page = await signedInPage(h, 'lanhdao')
  })
  afterAll(async () => h?.close())

  it('opens "Chỉ tiêu" from the main navigation on the statistics year that makes sense today', async () => {
    await page.getByTestId('main-nav').getByRole('link', { name: 'Chỉ tiêu' }).click()
    await page.getByRole('heading', { name: 'Chỉ tiêu nghiệp vụ', level: 1 }).waitFor()
    await page.getByTestId('indicator-table').waitFor()

    // The days themselves are pinned by the next test; here, whatever today is.
    const year = openingStatisticsYear(todayInVietnam()).year
    expect(await page.getByTestId('indicator-period').inputValue()).toContain(`Năm thống kê ${year}`)
    expect(await page.getByTestId('indicator-row').count()).toBeGreaterThan(5)
    const badges = page.getByTestId('indicator-table').getByTestId('indicator-status')
    expect(await badges.count()).toBeGreaterThan(0)
    expect(['met', 'at_risk', 'missed', 'no_target']).toContain(await badges.first().getAttribute('data-status'))
  })

  it('opens on the year just ended in the first days of a new one, says so and offers the new one', async () => {
    const fresh = await signedInPage(h, 'lanhdao')
    // 04/12/2026: Năm thống kê 2027 began on 01/12/2026 and has run 4 days (01–04/12).
    await fresh.clock.setFixedTime(new Date('2026-12-04T09:00:00+07:00'))
    await fresh.goto(`${h.url}/chi-tieu`)
    const notice = fresh.getByTestId('new-year-notice')
    await notice.waitFor()
    expect(await fresh.getByTestId('indicator-period').inputValue()).toContain('Năm thống kê 2026')
    expect(await notice.textContent()).toBe(
      'Năm thống kê 2027 mới bắt đầu 4 ngày (từ 01/12/2026): đang xem năm thống kê 2026 vừa kết thúc. Xem năm thống kê 2027',
    )
    await fresh.getByTestId('new-year-switch').click()
    await fresh.waitForURL(/period=NTK2027/)
    // The year's periods are fetched anew for the other year: the field follows once they are in.
    await expect.poll(() => fresh.getByTestId('indicator-period').inputValue()).toContain('Năm thống kê 2027')
    expect(await notice.textContent()).toContain(
      'số liệu mới có của 4 ngày, chưa đủ để đánh giá hay xếp hạng các đơn vị',
    )

    // 01/01/2027, day 32: the new year is the one opened, without a notice.
    await fresh.clock.setFixedTime(new Date('2027-01-01T09:00:00+07:00'))
    await fresh.goto(`${h.url}/chi-tieu`)
    await fresh.getByTestId('indicator-table').waitFor()
    expect(await fresh.getByTestId('indicator-period').inputValue()).toContain('Năm thống kê 2027')
    expect(await fresh.getByTestId('new-year-notice').count()).toBe(0)
    await fresh.close()
  })

  it('prints the unit, the period, the day the figures run to and the time of printing', async () => {
    const header = page.getByTestId('indicators-print-header')
    // The browser fires beforeprint for the page's own "In" button and for Ctrl+P alike.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
    await page.emulateMedia({ media: 'print' })
    await header.waitFor()
    const text = (await header.textContent()) ?? ''
    expect(text).toMatch(/^Chỉ tiêu nghiệp vụ – Viện kiểm sát nhân dân /)
    expect(text).toMatch(/Năm thống kê \d{4}/)
    expect(text).toMatch(/Số liệu tính đến ngày \d\d\/\d\d\/\d{4}, tổng hợp lúc \d\d\/\d\d\/\d{4} \d\d:\d\d\./)
    expect(text).toMatch(/In lúc \d\d\/\d\d\/\d{4} \d\d:\d\d\./)
    await page.emulateMedia({ media: 'screen' })
  })

  it('shows each indicator on a 390 px phone as a card with its result and evaluation first, without sideways scrolling (item 5)', async () => {
    const phone = await h.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' })
    await phone.context().addCookies(await page.context().cookies())
    await phone.goto(`${h.url}/chi-tieu`)
    const card = phone.locator(`[data-testid="indicator-card"][data-code="${RESOLUTION_RATE}"]`)
    await card.waitFor()
    expect(await phone.getByTestId('indicator-table').count()).toBe(0)
    expect(await card.getByTestId('indicator-card-value').textContent()).toMatch(/\d/)
    expect(await card.getByTestId('indicator-status').isVisible()).toBe(true)
    const box = (await card.boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(390)
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await phone.close()
  })

  it('draws the charts as SVG', async () => {
    await page.locator('[data-testid="trend-chart"] svg').first().waitFor()
    expect(await page.locator('[data-testid="trend-chart"] svg path').count()).toBeGreaterThan(0)
    // The demo province has units below it, so they are ranked too.
    await page.locator('[data-testid="ranking-chart"] svg').first().waitFor()
  })

  it('draws the trend cumulative from 01/12 by default and says so; each month alone on request (item 3)', async () => {
    const meaning = page.getByTestId('trend-meaning')
    expect(await meaning.textContent()).toContain('lũy kế từ 01/12')
    await page.getByTestId('trend-view').getByText('Từng tháng').click()
    await expect.poll(() => meaning.textContent(), { timeout: 20_000 }).toContain('chỉ tính riêng tháng đó')
    await page.getByTestId('trend-view').getByText('Lũy kế từ đầu năm').click()
    await expect.poll(() => meaning.textContent(), { timeout: 20_000 }).toContain('lũy kế từ 01/12')
  })

  it('opens the records behind the denominator of the resolution rate of crime reports', async () => {
    const row = page.locator(`[data-testid="indicator-row"][data-code="${RESOLUTION_RATE}"]`)
    expect(await row.getByTestId('indicator-name').textContent()).toBe(
      'Tỷ lệ giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố',
    )
    const link = row.getByTestId('indicator-denominator')
    shownDenominator = ((await link.textContent()) ?? '').trim()
    expect(readCount(shownDenominator)).toBeGreaterThan(0)

    await link.click()
    await page.getByTestId('records-table').waitFor()
    expect(page.url()).toContain('/chi-tieu/ho-so')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Tỷ lệ giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố',
    )
    // The figure reads as on the dashboard, and the list holds exactly that many rows.
    expect((await page.getByTestId('records-figure').textContent())?.trim()).toBe(shownDenominator)
    expect(readCount(await page.getByTestId('records-total').textContent())).toBe(readCount(shownDenominator))
    expect(await page.getByTestId('pagination-summary').textContent()).toContain(`trên ${shownDenominator} `)
    expect(await page.getByTestId('record-row').count()).toBe(Math.min(50, readCount(shownDenominator)))
  })

  it('opens the first record’s matter', async () => {
    const first = page.getByTestId('record-row').first()
    const number = ((await first.getByTestId('record-number').textContent()) ?? '').trim()
    expect(number).not.toBe('')
    await first.getByTestId('record-number').click()
    await page.getByTestId('matter-header').waitFor()
    expect(page.url()).toMatch(/\/so-thu-ly\/\d+$/)
    expect(await page.getByTestId('matter-number').textContent()).toContain(number)
  })

  it('opens the leadership on their unit’s deadlines, not on an empty list of their own (item 13)', async () => {
    await page.goto(`${h.url}/thoi-han`)
    await page.getByTestId('deadlines-table').waitFor()
    const scope = page.getByTestId('deadline-scope')
    expect(await scope.getByRole('radio', { name: 'Thời hạn của đơn vị' }).isChecked()).toBe(true)
    expect(await page.getByTestId('deadline-row').count()).toBeGreaterThan(0)
    // The bands count each deadline once, and say so (item 15).
    expect(await page.getByTestId('deadline-tab-due_3').textContent()).toContain('Còn 1–3 ngày')
    expect(await page.getByTestId('deadline-tab-due_7').textContent()).toContain('Còn 4–7 ngày')
    // Their own list is one click away, and stays chosen in the URL.
    await scope.getByText('Thời hạn của tôi').click()
    await page.waitForURL(/scope=mine/)
    await page.getByTestId('deadlines-empty').waitFor()
  })

  it('answers a guessed unit id in a drill-down link with one notice that names nothing of that unit (item 13)', async () => {
    const rows = await h.handle.db.execute(sql`SELECT id, name FROM units WHERE level = 'supreme' LIMIT 1`)
    const other = (rows as unknown as { rows: { id: number; name: string }[] }).rows[0]!
    await page.goto(`${h.url}/chi-tieu/ho-so?code=${RESOLUTION_RATE}&part=denominator&unitId=${other.id}`)
    await page.getByTestId('records-out-of-scope').waitFor()
    const text = (await page.locator('main').textContent()) ?? ''
    expect(await page.getByRole('alert').count()).toBe(1)
    expect(text).not.toContain(other.name)
    expect(text).not.toMatch(/Đơn vị #\d+/)
    expect(await page.getByRole('button', { name: /Xuất Excel/ }).count()).toBe(0)
    expect(await page.getByTestId('records-table').count()).toBe(0)
  })

  it('keeps the request id of a failure in a fold for the administrator, not in the message (item 15)', async () => {
    await page.goto(`${h.url}/chi-tieu/ho-so?code=KHONG_CO_CHI_TIEU&part=numerator`)
    const alert = page.getByRole('alert')
    await alert.waitFor()
    const technical = alert.getByTestId('error-technical')
    await technical.waitFor({ state: 'attached' })
    expect(await technical.locator('summary').textContent()).toBe('Chi tiết kỹ thuật')
    expect(await alert.getByText(/Mã tra cứu/).isVisible()).toBe(false)
    await technical.locator('summary').click()
    expect(await alert.getByText(/Mã tra cứu/).isVisible()).toBe(true)
  })

  it('shows the leadership, who may read the figures but not set targets, why the targets page is closed to them', async () => {
    await page.goto(`${h.url}/chi-tieu/muc-tieu`)
    await page.getByRole('heading', { name: 'Chỉ tiêu và công thức tính', level: 1 }).waitFor()
    expect(await page.getByRole('alert').textContent()).toContain('Bạn không có quyền quản lý chỉ tiêu nghiệp vụ')
    expect(await page.getByTestId('indicator-table').count()).toBe(0)
  })

  it('shows the administrator who sets targets the catalogue by name and legal basis, without internal codes (item 15)', async () => {
    const office = await signedInPage(h, 'admin')
    await office.goto(`${h.url}/chi-tieu/muc-tieu`)
    const item = office.getByTestId('catalogue-item').first()
    await item.waitFor()
    const text = (await office.getByTestId('catalogue-item').allTextContents()).join('\n')
    expect(text).toContain('Căn cứ:')
    expect(text.match(/[A-Z]{3,}_[A-Z_]+/g) ?? []).toEqual([])
    expect(text).not.toContain('phiên bản')
    await office.close()
  })

  it('lets the statistics office close last year for the province, after confirming', async () => {
    const office = await signedInPage(h, 'thongke')
    await office.goto(`${h.url}/chi-tieu?period=NTK${statisticsYearOf(todayInVietnam()) - 1}`)
    await office.getByTestId('closure-table').waitFor()
    const closedBefore = await office.locator('[data-testid="closure-row"][data-closed="true"]').count()

    // Cancelling closes nothing.
    await office.getByTestId('close-period').click()
    await office.getByTestId('close-period-confirm').waitFor()
    await office.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click()
    await office.getByTestId('close-period-confirm').waitFor({ state: 'detached' })
    expect(await office.locator('[data-testid="closure-row"][data-closed="true"]').count()).toBe(closedBefore)

    await office.getByTestId('close-period').click()
    await office.getByTestId('close-period-confirm-button').click()
    await office.getByTestId('close-period').waitFor({ state: 'detached' })
    await office.locator('[data-testid="closure-row"][data-closed="true"]').nth(closedBefore).waitFor()
    await office.close()
  })
})
