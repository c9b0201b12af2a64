// The provincial leadership reads the indicators against their targets in Chromium, opens
// the records behind a figure and lands on one of the matters: the list counts exactly the
// figure the dashboard showed (DESIGN.md principle 3, "explain every figure").
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { generateDemoActivity } from '@/demo/activity.ts'
import { generateDemoOrganisation } from '@/demo/organisation.ts'
import { loadDemoActivity } from '@/server/seed/load-activity.ts'
import { todayInVietnam } from '@/server/platform/time.ts'
import { signedInPage, startHarness, type Harness } from './support/browser-harness.ts'

const RESOLUTION_RATE = 'TIN_BAO_GIAI_QUYET'

/** The statistics year of a day: December already belongs to the next year (DOMAIN.md §6.1). */
const statisticsYearOf = (day: string): number => (day.slice(5, 7) === '12' ? Number(day.slice(0, 4)) + 1 : Number(day.slice(0, 4)))

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

  it('opens "Chỉ tiêu" from the main navigation on the current statistics year', async () => {
    await page.getByTestId('main-nav').getByRole('link', { name: 'Chỉ tiêu' }).click()
    await page.getByRole('heading', { name: 'Chỉ tiêu nghiệp vụ', level: 1 }).waitFor()
    await page.getByTestId('indicator-table').waitFor()

    const year = statisticsYearOf(todayInVietnam())
    expect(await page.getByTestId('indicator-period').inputValue()).toContain(`Năm thống kê ${year}`)
    expect(await page.getByTestId('indicator-row').count()).toBeGreaterThan(5)
    const badges = page.getByTestId('indicator-table').getByTestId('indicator-status')
    expect(await badges.count()).toBeGreaterThan(0)
    expect(['met', 'at_risk', 'missed', 'no_target']).toContain(await badges.first().getAttribute('data-status'))
  })

  it('draws the charts as SVG', async () => {
    await page.locator('[data-testid="trend-chart"] svg').first().waitFor()
    expect(await page.locator('[data-testid="trend-chart"] svg path').count()).toBeGreaterThan(0)
    // The demo province has units below it, so they are ranked too.
    await page.locator('[data-testid="ranking-chart"] svg').first().waitFor()
  })

  it('opens the records behind the denominator of the resolution rate of crime reports', async () => {
    const row = page.locator(`[data-testid="indicator-row"][data-code="${RESOLUTION_RATE}"]`)
    expect(await row.getByTestId('indicator-name').textContent()).toBe('Tỷ lệ giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố')
    const link = row.getByTestId('indicator-denominator')
    shownDenominator = ((await link.textContent()) ?? '').trim()
    expect(readCount(shownDenominator)).toBeGreaterThan(0)

    await link.click()
    await page.getByTestId('records-table').waitFor()
    expect(page.url()).toContain('/chi-tieu/ho-so')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tỷ lệ giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố')
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

  it('shows the leadership, who may read the figures but not set targets, why the targets page is closed to them', async () => {
    await page.goto(`${h.url}/chi-tieu/muc-tieu`)
    await page.getByRole('heading', { name: 'Chỉ tiêu và công thức tính', level: 1 }).waitFor()
    expect(await page.getByRole('alert').textContent()).toContain('Bạn không có quyền quản lý chỉ tiêu nghiệp vụ')
    expect(await page.getByTestId('indicator-table').count()).toBe(0)
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
