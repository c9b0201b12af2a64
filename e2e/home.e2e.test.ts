// The home in Chromium (issue 12, item 1): the provincial leadership opens on how the province is
// doing today — indicator cards that read exactly as the dashboard and open the records they
// count, the persons in detention whose limit is near or past, the unit's deadlines and the
// units ranked — prosecutors on their own deadlines, and every role only on links it may open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { sql } from 'drizzle-orm'
import { addDays } from '@/domain/calendar/index.ts'
import { CUSTODY_DETENTION_RULE_CODES } from '@/domain/deadlines/index.ts'
import { generateDemoActivity } from '@/demo/activity.ts'
import { DEMO_LOGIN_PLAN } from '@/demo/logins.ts'
import { generateDemoOrganisation } from '@/demo/organisation.ts'
import { loadDemoActivity } from '@/server/seed/load-activity.ts'
import { todayInVietnam } from '@/server/platform/time.ts'
import { settle as settleWhen, signedInPage, startHarness, type Harness } from './support/browser-harness.ts'

/** '1.234' (vi-VN) → 1234 */
const readCount = (text: string | null): number => Number((text ?? '').replace(/[^\d]/g, ''))

const settle = (page: Page) => settleWhen(page, '.mantine-Loader-root, .mantine-Skeleton-root')

/** Every card's code and shown value, once all have loaded. */
const cardValues = async (page: Page): Promise<Map<string, string>> => {
  const cards = page.getByTestId('kpi-card')
  await cards.first().waitFor()
  const shown = new Map<string, string>()
  for (let i = 0; i < (await cards.count()); i++) {
    const card = cards.nth(i)
    shown.set(
      (await card.getAttribute('data-code'))!,
      ((await card.getByTestId('kpi-value').textContent()) ?? '').trim(),
    )
  }
  return shown
}

describe('the home of each role', () => {
  let h: Harness
  let page: Page
  let today: string

  beforeAll(async () => {
    h = await startHarness()
    today = todayInVietnam()
    const organisation = generateDemoOrganisation({ seed: 2025, scale: 1 })
    await loadDemoActivity(h.handle.db, generateDemoActivity({ seed: 2025, organisation, today }), { today })
    page = await signedInPage(h, 'lanhdao')
  })
  afterAll(async () => h?.close())

  it('shows the leadership its indicators as cards that read exactly as the dashboard (a)', async () => {
    await page.getByTestId('home-leadership').waitFor()
    const onHome = await cardValues(page)
    expect(onHome.size).toBeGreaterThan(3)
    const period = (await page.getByTestId('kpi-period').textContent()) ?? ''
    // Each card has its evaluation and its months drawn (the trend's cumulative points).
    const first = page.getByTestId('kpi-card').first()
    expect(['met', 'at_risk', 'missed', 'no_target']).toContain(
      await first.getByTestId('indicator-status').getAttribute('data-status'),
    )
    await first.locator('[data-testid="kpi-sparkline"] path').waitFor()
    // The demo register begins in mid-2025, inside last year's period: said, with no change against it.
    for (const text of await page.getByTestId('kpi-last-year').allTextContents()) {
      expect(text).toContain('chưa đủ kỳ (sổ thụ lý có số liệu từ ')
      expect(text).not.toMatch(/tăng|giảm|\(\d[\d,.]*%\)/)
    }

    await page.getByTestId('main-nav').getByRole('link', { name: 'Chỉ tiêu' }).click()
    await page.getByTestId('indicator-table').waitFor()
    // The same period, and the same figure on every card as on its row.
    expect(period).toContain(await page.getByTestId('indicator-period').inputValue())
    for (const [code, value] of onHome) {
      const row = page.locator(`[data-testid="indicator-row"][data-code="${code}"]`)
      expect((await row.getByTestId('indicator-value').textContent())?.trim(), code).toBe(value)
      // The dashboard says the same of last year beside each comparison (item 2).
      expect(await row.getByTestId('indicator-change').textContent()).toContain('chưa đủ kỳ')
    }
  })

  it('opens from a card the records list whose count is the card’s figure (a)', async () => {
    await page.goto(`${h.url}/`)
    const card = page.locator('[data-testid="kpi-card"][data-code="TIN_BAO_GIAI_QUYET"]')
    await card.waitFor()
    const numerator = readCount(((await card.getByTestId('kpi-numerator').textContent()) ?? '').split('/')[0]!)
    expect(numerator).toBeGreaterThan(0)
    await card.click()
    await page.getByTestId('records-table').waitFor()
    expect(page.url()).toContain('/chi-tieu/ho-so')
    expect(readCount(await page.getByTestId('records-figure').textContent())).toBe(numerator)
    expect(readCount(await page.getByTestId('records-total').textContent())).toBe(numerator)
  })

  it('lists the persons in detention whose limit ends within 7 days or whose order ran out, and opens the matter (b)', async () => {
    await page.goto(`${h.url}/`)
    const card = page.getByTestId('detention-card')
    await card.getByTestId('detention-count').waitFor()
    const codes = sql.join(
      CUSTODY_DETENTION_RULE_CODES.map((code) => sql`${code}`),
      sql`, `,
    )
    const result = await h.handle.db.execute(sql`
      SELECT s.full_name AS name FROM deadlines d LEFT JOIN matter_subjects s ON s.id = d.subject_id
      WHERE d.status = 'open' AND d.rule_code IN (${codes}) AND d.due_date <= ${addDays(today, 7)}
      ORDER BY d.due_date, d.id`)
    const expected = (result as unknown as { rows: { name: string }[] }).rows.map((r) => r.name)
    expect(expected.length, 'the demo holds persons whose detention ends this week').toBeGreaterThan(0)
    expect(readCount(await card.getByTestId('detention-count').textContent())).toBe(expected.length)
    const shown = await card.getByTestId('detention-person').allTextContents()
    expect(shown).toEqual(expected.slice(0, shown.length))
    expect(shown.length).toBe(Math.min(8, expected.length))

    // All of them on the deadlines page: the unit's detention clocks only, every one a detention rule.
    const open = await h.handle.db.execute(
      sql`SELECT count(*)::int AS n FROM deadlines WHERE status IN ('open', 'suspended') AND rule_code IN (${codes})`,
    )
    await card.getByTestId('detention-all').click()
    await page.getByTestId('deadline-group').waitFor()
    await page.getByTestId('deadlines-table').waitFor()
    expect(page.url()).toMatch(/group=detention/)
    const tab = (await page.getByTestId('deadline-tab-open').textContent()) ?? ''
    expect(readCount(tab)).toBe((open as unknown as { rows: { n: number }[] }).rows[0]!.n)
    await page.goBack()

    const link = card.getByTestId('detention-matter').first()
    const number = ((await link.textContent()) ?? '').split(' · ')[0]!.trim()
    await link.click()
    await page.getByTestId('matter-header').waitFor()
    expect(await page.getByTestId('matter-number').textContent()).toContain(number)
  })

  it('counts the unit’s deadlines due within 7 days as the deadlines page lists them, today and the 7th day included', async () => {
    await page.goto(`${h.url}/`)
    const week = page.getByTestId('unit-deadlines-week')
    await week.waitFor()
    const count = readCount(await week.getByTestId('unit-deadlines-count').textContent())
    const result = await h.handle.db.execute(
      sql`SELECT count(*)::int AS n FROM deadlines WHERE status = 'open' AND due_date BETWEEN ${today} AND ${addDays(today, 7)}`,
    )
    expect(count).toBe((result as unknown as { rows: { n: number }[] }).rows[0]!.n)
    await week.click()
    await page.getByTestId('deadlines-table').waitFor()
    expect(page.url()).toMatch(/urgency=week/)
    const tab = (await page.getByTestId('deadline-tab-week').textContent()) ?? ''
    expect(tab).toMatch(/^Trong 7 ngày tới \(cả hôm nay\)/)
    expect(readCount(tab.replace('Trong 7 ngày tới (cả hôm nay)', ''))).toBe(count)
    expect(await page.getByTestId('deadline-row').count()).toBe(Math.min(25, count))
  })

  it('ranks the units below, with those without figures listed apart', async () => {
    await page.goto(`${h.url}/`)
    const ranking = page.getByTestId('ranking-card')
    await ranking.getByTestId('ranking-row').first().waitFor()
    expect(await ranking.getByTestId('ranking-row').count()).toBeGreaterThan(3)
  })

  it('keeps a prosecutor’s home on their own deadlines (c)', async () => {
    const ksv = await signedInPage(h, 'ksv')
    await ksv.getByTestId('home-prosecutor').waitFor()
    const mine = ksv.getByTestId('upcoming-deadlines')
    await mine.waitFor()
    expect(await mine.getByRole('heading').first().textContent()).toBe('Thời hạn sắp đến')
    expect(await ksv.getByTestId('kpi-section').count()).toBe(0)
    await ksv.close()
  })

  for (const { username } of DEMO_LOGIN_PLAN) {
    it(`${username}: every link on the home opens a page the role may use (d)`, async () => {
      const home = await signedInPage(h, username)
      await settle(home)
      const links = [
        ...new Set(
          await home
            .locator('main a[href^="/"]')
            .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? '')),
        ),
      ]
      expect(links.length, 'the home offers links').toBeGreaterThan(0)
      const refused: string[] = []
      for (const href of links) {
        await home.goto(`${h.url}${href}`)
        await settle(home)
        const text = (await home.locator('main').textContent()) ?? ''
        if (
          /không có quyền|Không tìm thấy trang/.test(text) ||
          (await home.getByTestId('records-out-of-scope').count())
        )
          refused.push(href)
      }
      expect(refused).toEqual([])
      await home.close()
    })
  }

  it('stacks the cards on a 390 px phone without sideways scrolling (e)', async () => {
    const phone = await h.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' })
    await phone.context().addCookies(await page.context().cookies())
    await phone.goto(`${h.url}/`)
    await phone.getByTestId('kpi-card').first().waitFor()
    await phone.getByTestId('detention-card').getByTestId('detention-count').waitFor()
    await phone.getByTestId('ranking-card').getByTestId('ranking-row').first().waitFor()
    await settle(phone)
    const [a, b] = [
      await phone.getByTestId('kpi-card').nth(0).boundingBox(),
      await phone.getByTestId('kpi-card').nth(1).boundingBox(),
    ]
    expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1)
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await phone.close()
  })
})
