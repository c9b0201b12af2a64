// The annual work plan in Chromium (issue 13, "Tests"): the leader opens the plan and follows a
// target to its records, the head of Phòng 1 assigns a task inside the unit, the assignee sees it
// in "Nhiệm vụ của tôi" and reports its completion, the leader confirms it (thẩm định: đạt) and
// the plan document downloads. The plan is set up through the API as the statistics office.
import { statSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { sql } from 'drizzle-orm'
import { todayInVietnam } from '@/server/platform/time.ts'
import { apiAs } from './support/api-as.ts'
import { settle, signedInPage, startHarness, type Harness } from './support/browser-harness.ts'

/** The ISO day `days` after `iso`. */
const plusDays = (iso: string, days: number): string => {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** The statistics year a day belongs to: 01/12 opens the next year (DOMAIN.md §8.1). */
const statisticsYearOf = (iso: string): number => Number(iso.slice(0, 4)) + (iso.slice(5, 7) === '12' ? 1 : 0)

const ASSIGNEE = 'ksv.phong1'
const ASSIGNEE_NAME = 'Nguyễn Thị Phòng Một'
const ASSIGNEE_PASSWORD = 'Hoa sen nở giữa đầm lầy 2026'

describe('the annual work plan in the browser', () => {
  let h: Harness
  let planId: number
  let taskTitle: string
  let today: string

  const unitId = async (code: string): Promise<number> => {
    const result = await h.handle.db.execute(sql`SELECT id FROM units WHERE code = ${code}`)
    return Number((result as unknown as { rows: { id: number }[] }).rows[0]!.id)
  }
  const taskCard = (page: Page) => page.locator('[data-testid="plan-task"]', { hasText: taskTitle })
  const openPlan = async (page: Page) => {
    await page.goto(`${h.url}/ke-hoach/${planId}`)
    await page.getByTestId('plan-page').waitFor()
    await settle(page)
  }

  beforeAll(async () => {
    h = await startHarness()
    today = todayInVietnam()
    const year = statisticsYearOf(today)
    const [ct, p1] = [await unitId('CT'), await unitId('CT.P1')]

    // A Phòng 1 prosecutor with a sign-in, created by the administrator.
    const admin = await apiAs(h, 'admin')
    await admin.post('/api/people', {
      fullName: ASSIGNEE_NAME,
      title: 'ksv_trung_cap',
      unitId: p1,
      username: ASSIGNEE,
      password: ASSIGNEE_PASSWORD,
      roles: [{ role: 'prosecutor', unitId: p1 }],
    })
    await admin.close()

    const thongke = await apiAs(h, 'thongke')
    const plan = await thongke.post('/api/plans', {
      unitId: ct,
      year,
      kind: 'annual',
      title: `Kế hoạch thực hiện nhiệm vụ công tác kiểm sát năm ${year}`,
      documentCode: 'KH-VKS',
    })
    planId = plan.id
    await thongke.post(`/api/plans/${planId}/targets`, {
      indicatorCode: 'TIN_BAO_GIAI_QUYET',
      comparison: '>',
      value: 90,
    })
    taskTitle = 'Tăng cường trách nhiệm công tố trong hoạt động điều tra'
    await thongke.post(`/api/plans/${planId}/tasks`, {
      title: taskTitle,
      workStream: 'prosecution',
      leadUnitId: p1,
      deadline: plusDays(today, 60),
      product: 'Báo cáo chuyên đề',
    })
    await thongke.post(`/api/plans/${planId}/transition`, { action: 'submit' })
    // DOMAIN.md §8.2: the annual plan is approved by the Ủy ban kiểm sát.
    await thongke.post(`/api/plans/${planId}/transition`, { action: 'issue', approver: 'procuracy_committee' })
    await thongke.close()
  })
  afterAll(async () => h?.close())

  it('lets the leader open the issued plan from the navigation and follow its target to the records', async () => {
    const page = await signedInPage(h, 'lanhdao')
    await page.getByTestId('main-nav').getByRole('link', { name: 'Kế hoạch công tác' }).click()
    // The leadership drafts plans (plan.manage): it is offered "Lập kế hoạch".
    await page.getByTestId('create-plan').waitFor()
    await page.locator(`[data-testid="plan-card"][data-plan-id="${planId}"]`).getByRole('link').click()
    await page.getByTestId('plan-page').waitFor()
    expect(await page.getByTestId('plan-status').getAttribute('data-status')).toBe('issued')
    // Numbered from the unit's outgoing-document register: the first plan of the year is 01/KH-VKS.
    expect(await page.getByTestId('plan-heading').textContent()).toContain('Kế hoạch số 01/KH-VKS')
    expect(await page.getByTestId('plan-totals').textContent()).toMatch(/^1 nhiệm vụ/)
    const target = page.locator('[data-testid="plan-target"][data-code="TIN_BAO_GIAI_QUYET"]')
    expect(['on_track', 'at_risk', 'off_track', 'no_data']).toContain(
      await target.getByTestId('target-health').getAttribute('data-health'),
    )
    await target.getByTestId('target-records').click()
    await page.getByTestId('records-summary').waitFor()
    const url = new URL(page.url())
    expect(url.pathname).toBe('/chi-tieu/ho-so')
    expect(url.searchParams.get('code')).toBe('TIN_BAO_GIAI_QUYET')
    expect(url.searchParams.get('part')).toBe('numerator')
    expect(url.searchParams.get('period')).toBe(`NTK${statisticsYearOf(today)}`)
    await page.close()
  })

  it('lets the head of Phòng 1 assign the task to a person of the unit', async () => {
    const page = await signedInPage(h, 'truongphong')
    await openPlan(page)
    await taskCard(page).getByTestId('task-assign').click()
    const select = page.getByTestId('assign-person')
    await select.click()
    await select.fill('Phòng Một')
    await page.getByRole('option', { name: new RegExp(ASSIGNEE_NAME) }).click()
    await page.getByTestId('assign-confirm').click()
    await page.getByTestId('assign-form').waitFor({ state: 'detached' })
    await expect.poll(() => taskCard(page).getByTestId('task-assignee').textContent()).toContain(ASSIGNEE_NAME)
    await page.close()
  })

  it('shows the assignee the task in "Nhiệm vụ của tôi" and takes the report of its completion', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'vi-VN' })
    await page.goto(`${h.url}/`)
    await page.getByLabel('Tên đăng nhập').fill(ASSIGNEE)
    await page.getByLabel('Mật khẩu').fill(ASSIGNEE_PASSWORD)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor()
    const mine = page.getByTestId('my-tasks')
    const item = mine.locator('[data-testid="my-task"]', { hasText: taskTitle })
    await item.waitFor()
    await item.getByRole('link').click()
    await page.getByTestId('plan-page').waitFor()
    await settle(page)
    await taskCard(page).getByTestId('task-report').click()
    const form = page.getByTestId('progress-form')
    await form.getByLabel('Nội dung báo cáo').fill('Đã ban hành báo cáo chuyên đề về trách nhiệm công tố')
    await form.getByLabel('Tỷ lệ hoàn thành (%)').fill('100')
    await form.getByLabel('Đã hoàn thành').check()
    const [y, m, d] = today.split('-')
    await form.getByLabel('Ngày hoàn thành').fill(`${d}/${m}/${y}`)
    await form.getByLabel('Ngày hoàn thành').press('Tab')
    await page.getByTestId('progress-save').click()
    await form.waitFor({ state: 'detached' })
    await expect.poll(() => taskCard(page).getByTestId('task-assignee').textContent()).toContain('Tiến độ 100%')
    // Only the plan's managers appraise: the assignee is offered no "Thẩm định".
    expect(await taskCard(page).getByTestId('task-appraise').count()).toBe(0)
    await page.close()
  })

  it('lets the leader confirm the completion, which then reads "Hoàn thành đúng hạn", and download the plan', async () => {
    const page = await signedInPage(h, 'lanhdao')
    await openPlan(page)
    await taskCard(page).getByTestId('task-appraise').click()
    const result = page.getByTestId('appraise-result')
    await result.click()
    await page.getByRole('option', { name: 'Đạt', exact: true }).click()
    await page.getByTestId('appraise-confirm').click()
    await page.getByTestId('appraise-form').waitFor({ state: 'detached' })
    // Completed on the day it was reported, 60 days before its deadline: on time (QĐ 42/2014/QĐ-TTg).
    await expect.poll(() => taskCard(page).getByTestId('task-state').textContent()).toBe('Hoàn thành đúng hạn')
    expect(await page.getByTestId('plan-totals').textContent()).toContain('hoàn thành 1 (đúng hạn 1, quá hạn 0)')

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('plan-docx').click()])
    expect(download.suggestedFilename()).toMatch(/\.docx$/)
    const path = await download.path()
    expect(statSync(path).size).toBeGreaterThan(0)
    await page.close()
  })

  it('fits a 390 px phone without sideways scrolling', async () => {
    const phone = await signedInPage(h, 'lanhdao', { width: 390, height: 844 })
    await openPlan(phone)
    await phone.getByTestId('plan-task').first().waitFor()
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await phone.close()
  })

  it('offers a prosecutor the plans but no "Lập kế hoạch"', async () => {
    const page = await signedInPage(h, 'ksv')
    await page.goto(`${h.url}/ke-hoach`)
    await page.getByRole('heading', { name: 'Kế hoạch công tác' }).waitFor()
    await settle(page)
    expect(await page.getByTestId('create-plan').count()).toBe(0)
    await page.close()
  })

  it('shows the API’s field error under the draft task’s field and keeps what was typed', async () => {
    const thongke = await apiAs(h, 'thongke')
    const draft = await thongke.post('/api/plans', {
      unitId: await unitId('CT'),
      year: statisticsYearOf(today),
      kind: 'thematic',
      title: 'Kế hoạch chuyên đề kiểm sát tin báo',
    })
    await thongke.close()
    const page = await signedInPage(h, 'thongke')
    await page.goto(`${h.url}/ke-hoach/${draft.id}`)
    await page.getByTestId('plan-page').waitFor()
    await page.getByTestId('add-task').click()
    const form = page.getByTestId('task-form')
    const typed = 'Kiểm sát chặt chẽ việc giải quyết tin báo'
    await form.getByLabel('Nội dung nhiệm vụ').fill(typed)
    await form.getByRole('textbox', { name: 'Khâu công tác' }).click()
    await page.getByRole('option', { name: 'Thực hành quyền công tố' }).click()
    await form.getByRole('textbox', { name: 'Đơn vị chủ trì' }).click()
    await page.getByRole('option').first().click()
    // A one-off task without its date: the server refuses it and names the field "deadline".
    await page.getByTestId('task-save').click()
    await form.locator('.mantine-InputWrapper-error').first().waitFor()
    expect(await form.getByLabel('Nội dung nhiệm vụ').inputValue()).toBe(typed)
    expect(await form.getByRole('textbox', { name: 'Ngày hoàn thành' }).getAttribute('aria-invalid')).toBe('true')
    await page.close()
  })
})
