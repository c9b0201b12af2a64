// The foundation's user journey in a real Chromium against the real server and database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { desc, eq } from 'drizzle-orm'
import type { Page } from 'playwright-core'
import { DEMO_PASSWORD } from '@/demo/types.ts'
import { auditLog, people } from '@/server/db/schema.ts'
import { startHarness, type Harness } from './support/browser-harness.ts'

describe('signing in, switching unit, editing a person, reading the audit log', () => {
  let h: Harness
  let page: Page

  beforeAll(async () => {
    h = await startHarness()
    page = await h.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'vi-VN' })
  })
  afterAll(async () => h?.close())

  it('refuses a wrong password with the Vietnamese message', async () => {
    await page.goto(`${h.url}/`)
    await page.getByLabel('Tên đăng nhập').fill('lanhdao')
    await page.getByLabel('Mật khẩu').fill('mat-khau-sai-123')
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    const alert = page.getByTestId('sign-in-error')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('Tên đăng nhập hoặc mật khẩu không đúng')
  })

  it('signs in as the provincial leader', async () => {
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor()
  })

  it('switches to a regional procuracy with the unit switcher (accent-insensitive)', async () => {
    const switcher = page.getByRole('textbox', { name: 'Chọn đơn vị' })
    await switcher.click()
    await switcher.fill('khu vuc 6')
    await page
      .getByRole('option', { name: /khu vực 6/ })
      .first()
      .click()
    await page.getByTestId('current-unit-name').filter({ hasText: 'khu vực 6' }).waitFor()
  })

  it('opens a person of that unit, edits the phone and saves', async () => {
    await page.getByTestId('main-nav').getByRole('link', { name: 'Cán bộ', exact: true }).click()
    await page.getByTestId('people-table').waitFor()
    const [target] = await h.handle.db
      .select()
      .from(people)
      .where(
        eq(
          people.fullName,
          (await page.getByTestId('person-row').first().getByRole('link').first().textContent())!.trim(),
        ),
      )
    expect(target).toBeDefined()
    await page.getByLabel('Tìm cán bộ').fill(target!.fullName.split(' ').slice(-2).join(' '))
    await page.keyboard.press('Enter')
    await page.getByRole('link', { name: target!.fullName }).first().click()
    await page.getByTestId('person-form').waitFor()

    await page.getByLabel('Điện thoại').fill('0901 234 567')
    await page.getByTestId('person-save').click()
    await page.getByText('Đã lưu thay đổi').waitFor()

    const [saved] = await h.handle.db.select({ phone: people.phone }).from(people).where(eq(people.id, target!.id))
    expect(saved!.phone).toBe('0901 234 567')
    const [audit] = await h.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(target!.id)))
      .orderBy(desc(auditLog.id))
      .limit(1)
    expect(audit).toMatchObject({ action: 'update', entity: 'person' })
    expect((audit!.before as { phone: string }).phone).toBe(target!.phone)
  })

  it('sees the change in the audit viewer, old value → new value', async () => {
    await page.getByTestId('main-nav').getByRole('link', { name: 'Nhật ký hệ thống' }).click()
    await page.getByTestId('audit-table').waitFor()
    const row = page.getByTestId('audit-row').first()
    const text = await row.textContent()
    expect(text).toContain('Cập nhật')
    expect(text).toContain('Điện thoại')
    await row.getByRole('button', { name: 'Xem thay đổi' }).click()
    await page.getByTestId('audit-diff').filter({ hasText: '0901 234 567' }).waitFor()
  })
})
