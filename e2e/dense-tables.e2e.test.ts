// Issue 12, item 15 ("dense tables"), read at 1440×900 on the demo province with a year of
// activity: a register row takes at most three lines (the unit by its short name under the
// number, the summary cut at two lines), every column header of the register, the deadlines, the
// people and the indicators reads in full on one line, no badge is cut, and an empty list says so
// once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { generateDemoActivity } from '@/demo/activity.ts'
import { generateDemoOrganisation } from '@/demo/organisation.ts'
import { loadDemoActivity } from '@/server/seed/load-activity.ts'
import { todayInVietnam } from '@/server/platform/time.ts'
import { settle, signedInPage, startHarness, type Harness } from './support/browser-harness.ts'

const DESKTOP = { width: 1440, height: 900 }

/**
 * Every column header of the page's tables that a user cannot read in full: cut (an element in it
 * wider inside than shown, as "…" is) or broken onto a second line (its text boxes on more than
 * one line). Text a screen reader alone reads (a 1-px visually hidden label) is left out.
 */
const unreadableHeaders = (page: Page): Promise<string[]> =>
  page.locator('thead th').evaluateAll((cells) =>
    cells.flatMap((cell) => {
      const th = cell as HTMLElement
      // biome-ignore lint/performance/useDomNodeTextContent: the header as shown, without visually hidden labels' layout
      const label = th.innerText.trim()
      const shown = (element: Element) => element.getBoundingClientRect().width > 1
      if (!label || !shown(th)) return []
      const problems: string[] = []
      const cut = [th, ...th.querySelectorAll<HTMLElement>('*')].find(
        (element) => shown(element) && element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0,
      )
      if (cut) problems.push(`«${label}» is cut (${cut.scrollWidth} px of text in ${cut.clientWidth} px)`)
      const lineTops = new Set<number>()
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim() || !node.parentElement || !shown(node.parentElement)) continue
        const range = document.createRange()
        range.selectNodeContents(node)
        for (const box of range.getClientRects()) if (box.width > 0) lineTops.add(Math.round(box.top / 4))
      }
      if (lineTops.size > 1) problems.push(`«${label.replace(/\s+/g, ' ')}» wraps onto ${lineTops.size} lines`)
      return problems
    }),
  )

/** The visible lines of the page saying there is nothing ("Không có …", "Chưa có … nào"). */
const emptyLines = async (page: Page): Promise<string[]> =>
  // biome-ignore lint/performance/useDomNodeTextContent: the lines as a user reads them, one per block
  (await page.locator('main').innerText())
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^(Không có|Chưa có|Bạn không có) /.test(line))

describe('dense tables at 1440×900', () => {
  let h: Harness
  let page: Page

  beforeAll(async () => {
    h = await startHarness()
    const today = todayInVietnam()
    const organisation = generateDemoOrganisation({ seed: 2025, scale: 1 })
    await loadDemoActivity(h.handle.db, generateDemoActivity({ seed: 2025, organisation, today }), { today })
    // Leadership of the province: the register lists the matters of all its units.
    page = await signedInPage(h, 'lanhdao', DESKTOP)
  })
  afterAll(async () => h?.close())

  it('a register row takes at most three lines, the unit named short under the number', async () => {
    await page.goto(`${h.url}/so-thu-ly`)
    await settle(page)
    const rows = page.getByTestId('matter-row')
    await rows.first().waitFor()
    const lineHeight = await rows
      .first()
      .locator('td')
      .nth(2)
      .locator('p')
      .first()
      .evaluate((p) => Number.parseFloat(getComputedStyle(p).lineHeight))
    expect(lineHeight).toBeGreaterThan(10)

    const heights: number[] = []
    for (let i = 0; i < 10; i++) heights.push((await rows.nth(i).boundingBox())?.height ?? Number.POSITIVE_INFINITY)
    // Three lines of text and the cell's padding (6 px above and below) and border.
    const limit = 3 * lineHeight + 14
    expect(
      heights.filter((height) => height > limit),
      `rows taller than ${limit} px`,
    ).toEqual([])

    // The list spans several units: each number carries its unit, by its short name.
    const units = await page.getByTestId('matter-unit').allTextContents()
    expect(units.length).toBe(await rows.count())
    expect(units.filter((unit) => unit.startsWith('Viện kiểm sát nhân dân'))).toEqual([])
    // The summary cut at two lines is there in full on hover.
    const summary = rows.first().locator('td').nth(2).locator('p').first()
    expect(await summary.getAttribute('title')).toBe(await summary.textContent())
  })

  it('every column header of the register, the deadlines, the people and the indicators reads in full on one line', async () => {
    const problems: string[] = []
    for (const [path, table] of [
      ['/so-thu-ly', 'matters-table'],
      ['/thoi-han', 'deadlines-table'],
      ['/can-bo', 'people-table'],
      ['/chi-tieu', 'children-table'],
    ] as const) {
      await page.goto(`${h.url}${path}`)
      await settle(page)
      await page.getByTestId(table).waitFor()
      for (const problem of await unreadableHeaders(page)) problems.push(`${path}: ${problem}`)
    }
    expect(problems).toEqual([])
    // The indicators page has its three tables: the indicators, the units below, the closures.
    expect(await page.locator('thead th').count()).toBeGreaterThan(20)
  })

  it('no badge in the register, the deadlines and the people is cut ("Đang công t…")', async () => {
    const cut: string[] = []
    for (const [path, table] of [
      ['/so-thu-ly', 'matters-table'],
      ['/thoi-han', 'deadlines-table'],
      ['/can-bo', 'people-table'],
    ] as const) {
      await page.goto(`${h.url}${path}`)
      await settle(page)
      await page.getByTestId(table).waitFor()
      const labels = await page
        .getByTestId(table)
        .locator('tbody .mantine-Badge-label')
        .evaluateAll((spans) =>
          spans
            .filter((span) => span.scrollWidth > span.clientWidth + 1)
            .map((span) => `${span.textContent} (${span.scrollWidth} px in ${span.clientWidth} px)`),
        )
      expect(await page.getByTestId(table).locator('tbody .mantine-Badge-label').count(), path).toBeGreaterThan(0)
      for (const label of new Set(labels)) cut.push(`${path}: ${label}`)
    }
    expect(cut).toEqual([])
  })

  it('an empty list says so once', async () => {
    for (const [path, sentence] of [
      ['/so-thu-ly?q=zzqqxx', 'Không có vụ việc nào phù hợp với điều kiện tìm kiếm.'],
      ['/can-bo?q=zzqqxx', 'Không có cán bộ nào phù hợp với điều kiện tìm kiếm.'],
      // Leadership is assigned no matter of its own.
      ['/thoi-han?scope=mine', 'Không có thời hạn nào đang mở.'],
    ] as const) {
      await page.goto(`${h.url}${path}`)
      await settle(page)
      await page.getByText(sentence).waitFor()
      expect(await emptyLines(page), path).toEqual([sentence])
    }
  })
})
