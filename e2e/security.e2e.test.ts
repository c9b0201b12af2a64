// Issue 10, defects 8 and 9 in a real Chromium: the Content-Security-Policy leaves the SPA (and
// the API documentation) working with no violation, and a demo login outside demo mode is led
// through changing its password before it sees anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { DEMO_PASSWORD } from '@/demo/types.ts'
import { signedInPage, startHarness, type Harness } from './support/browser-harness.ts'

/** Console messages that report a blocked resource or script under the CSP. */
const watchCsp = (page: Page): string[] => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  page.on('pageerror', (error) => violations.push(String(error)))
  return violations
}

describe('the CSP and the SPA, in demo mode', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => h?.close())

  it('signs in and renders the overview, people and indicators with no CSP violation', async () => {
    const page = await signedInPage(h, 'admin')
    const violations = watchCsp(page)
    const response = await page.goto(`${h.url}/can-bo`)
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
    await page.getByTestId('people-table').waitFor()
    await page.getByTestId('blocked-sign-ins').waitFor()
    const leader = await signedInPage(h, 'lanhdao')
    const leaderViolations = watchCsp(leader)
    await leader.goto(`${h.url}/chi-tieu`)
    // A lazily loaded route with the ECharts chunk.
    await leader.getByRole('heading', { name: 'Chỉ tiêu nghiệp vụ', level: 1 }).waitFor({ timeout: 60_000 })
    await leader.getByTestId('indicator-table').waitFor({ timeout: 60_000 })
    expect([...violations, ...leaderViolations]).toEqual([])
  })

  it('loads the API documentation (Swagger UI) under its policy', async () => {
    const page = await signedInPage(h, 'xem')
    const violations = watchCsp(page)
    await page.goto(`${h.url}/api/docs/`)
    await page.locator('.swagger-ui .information-container').waitFor({ timeout: 60_000 })
    expect(violations).toEqual([])
  })
})

describe('a demo login on a server not in demo mode', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness({ demoMode: false })
  })
  afterAll(async () => h?.close())

  it('must change its password before anything else, then works', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'vi-VN' })
    await page.goto(`${h.url}/`)
    await page.getByLabel('Tên đăng nhập').fill('truongphong')
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD)
    await page.keyboard.press('Enter')
    await page.getByTestId('must-change-password').waitFor()
    await page.getByLabel(/^Mật khẩu hiện tại/).fill(DEMO_PASSWORD)
    await page.getByLabel(/^Mật khẩu mới/).fill('1234567890')
    await page.getByLabel(/^Nhập lại mật khẩu mới/).fill('1234567890')
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click()
    await page.getByText('Mật khẩu phải có ít nhất 12 ký tự').first().waitFor()
    await page.getByLabel(/^Mật khẩu mới/).fill('đêm trăng sáng trên sông')
    await page.getByLabel(/^Nhập lại mật khẩu mới/).fill('đêm trăng sáng trên sông')
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click()
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor()
  })
})
