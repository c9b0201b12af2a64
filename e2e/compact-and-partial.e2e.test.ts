// What the last stop of issue 12 left, read in Chromium on the demo province with a year of
// activity, as the provincial leadership:
// - a deadlines row whose extension request date has passed stays as low as the others (the
//   warning one short line, the full sentence on hover), at 1440×900 and on a 390×844 phone;
// - the register's cards on a phone name each unit by its short name, in full on hover;
// - the demo register begins in mid-2025, inside last year: the trend chart marks last year's
//   series as partial, and the ranking prints no comparison with last year at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { generateDemoActivity } from '@/demo/activity.ts'
import { generateDemoOrganisation } from '@/demo/organisation.ts'
import { loadDemoActivity } from '@/server/seed/load-activity.ts'
import { todayInVietnam } from '@/server/platform/time.ts'
import { settle, signedInPage, startHarness, type Harness } from './support/browser-harness.ts'

const DESKTOP = { width: 1440, height: 900 }
const PHONE = { width: 390, height: 844 }

describe('compact warning rows, short unit names on a phone, a partial last year on the charts', () => {
  let h: Harness
  let page: Page

  beforeAll(async () => {
    h = await startHarness()
    const today = todayInVietnam()
    const organisation = generateDemoOrganisation({ seed: 2025, scale: 1 })
    await loadDemoActivity(h.handle.db, generateDemoActivity({ seed: 2025, organisation, today }), { today })
    page = await signedInPage(h, 'lanhdao', DESKTOP)
  })
  afterAll(async () => h?.close())

  const onPage = async (viewport: { width: number; height: number }, path: string): Promise<Page> => {
    if (viewport === DESKTOP) {
      await page.goto(`${h.url}${path}`)
      await settle(page)
      return page
    }
    const phone = await h.browser.newPage({ viewport, locale: 'vi-VN' })
    await phone.context().addCookies(await page.context().cookies())
    await phone.goto(`${h.url}${path}`)
    await settle(phone)
    return phone
  }

  for (const [name, viewport] of [
    ['1440×900', DESKTOP],
    ['390×844', PHONE],
  ] as const) {
    it(`a row whose extension request date has passed is as low as one without (${name})`, async () => {
      const p = await onPage(viewport, '/thoi-han')
      const rows = p.getByTestId('deadline-row')
      await rows.first().waitFor()
      const warned = rows.filter({ has: p.locator('[data-testid="extension-request"][data-passed="true"]') })
      // The demo register has overdue detention and investigation clocks whose request date has passed.
      expect(await warned.count()).toBeGreaterThan(0)

      // As low as the tallest row without the warning (the due date, its badge and the other
      // reading of Điều 134 take three lines there): the warning adds no line of its own.
      const plain = rows.filter({ hasNot: p.locator('[data-testid="extension-request"][data-passed="true"]') })
      expect(await plain.count()).toBeGreaterThan(0)
      let limit = 0
      for (let i = 0; i < Math.min(await plain.count(), 30); i++)
        limit = Math.max(limit, (await plain.nth(i).boundingBox())!.height)
      const lineHeight = await warned
        .first()
        .getByTestId('extension-request')
        .evaluate((el) => Number.parseFloat(getComputedStyle(el).lineHeight))
      expect(lineHeight).toBeGreaterThan(10)
      for (let i = 0; i < Math.min(await warned.count(), 10); i++) {
        const row = warned.nth(i)
        expect((await row.boundingBox())!.height, `row ${i}`).toBeLessThanOrEqual(limit + 1)
        const warning = row.getByTestId('extension-request')
        // One line, a short text, the whole sentence on hover.
        expect((await warning.boundingBox())!.height).toBeLessThan(lineHeight * 1.5)
        expect(await warning.textContent()).toMatch(/^Quá hạn đề nghị gia hạn \d+ ngày$/)
        expect(await warning.getAttribute('title')).toMatch(
          /^Đã quá hạn đề nghị gia hạn: chậm nhất ngày \d\d\/\d\d\/\d{4} \(quá \d+ ngày\)$/,
        )
      }
      if (p !== page) await p.close()
    })
  }

  it("names each matter's unit on a phone card by its short name, in full on hover", async () => {
    const phone = await onPage(PHONE, '/so-thu-ly')
    await phone.getByTestId('matter-card').first().waitFor()
    // The province's leadership lists the matters of all its units: each card names its unit.
    const units = phone.getByTestId('matter-card').getByTestId('matter-unit')
    expect(await units.count()).toBeGreaterThan(0)
    const names = () =>
      units.evaluateAll((spans) =>
        spans.map((span) => ({ shown: span.textContent ?? '', full: (span as HTMLElement).title })),
      )
    // The unit list (with the short names given to departments) may come after the matters.
    await expect
      .poll(async () => (await names()).filter(({ shown, full }) => full.length <= shown.length), { timeout: 10_000 })
      .toEqual([])
    for (const { shown, full } of await names()) {
      expect(shown).not.toMatch(/^Viện kiểm sát nhân dân/)
      expect(full.length).toBeGreaterThan(shown.length)
    }
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await phone.close()
  })

  it("marks last year's series on the trend chart as partial, and the ranking compares nothing with it", async () => {
    await page.goto(`${h.url}/chi-tieu`)
    await settle(page)
    await page.locator('[data-testid="trend-chart"] svg').first().waitFor()
    const note = page.getByTestId('trend-partial')
    expect(await note.textContent()).toMatch(
      /^Năm thống kê \d{4} \(đường xám\) chưa đủ kỳ \(sổ thụ lý có số liệu từ \d\d\/\d\d\/\d{4}\), chưa so sánh được\.$/,
    )
    const legend = await page.locator('[data-testid="trend-chart"] svg text').allTextContents()
    expect(legend.some((text) => /^Cùng kỳ năm thống kê \d{4} \(chưa đủ kỳ\)$/.test(text))).toBe(true)

    // The ranking ranks this period's units only: no change against last year on the dashboard …
    await page.locator('[data-testid="ranking-chart"] svg').first().waitFor()
    const ranking = page.getByTestId('ranking-chart').locator('xpath=..')
    expect(await ranking.textContent()).not.toMatch(/năm trước|cùng kỳ|tăng|giảm/i)
    // … nor on the home.
    await page.goto(`${h.url}/`)
    await settle(page)
    const card = page.getByTestId('ranking-card')
    await card.locator('tbody tr').first().waitFor()
    expect(await card.textContent()).not.toMatch(/năm trước|cùng kỳ|tăng|giảm/i)
  })
})
