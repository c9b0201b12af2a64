// The administrators' page of the job queue (issue 11, item 6) in a real Chromium: an
// administrator finds it in the navigation and sees a failed job with its error and retries;
// a prosecutor has no such entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { startHarness, signedInPage, type Harness } from './support/browser-harness.ts'

const ERROR_TEXT = 'Không đọc được lịch nghỉ năm 2027 (thử nghiệm)'

describe('the background jobs page', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness({ periodicJobs: true })
    // A calendar recompute that failed after its retries, written as pg-boss leaves one (its
    // queue exists: the server defines it at start). The handler's error is the job's output.
    await h.handle.db.execute(sql`
      INSERT INTO pgboss.job (name, data, state, retry_count, retry_limit, started_on, completed_on, output)
      VALUES ('calendar-recompute', '{}'::jsonb, 'failed', 2, 2, now() - interval '1 minute', now(), ${JSON.stringify({ message: ERROR_TEXT })}::jsonb)`)
  })
  afterAll(async () => h?.close())

  it('shows an administrator the failed job with its error, retries and the schedules', async () => {
    const page = await signedInPage(h, 'admin')
    await page.getByTestId('main-nav').getByRole('link', { name: 'Tác vụ nền' }).click()
    await page.getByRole('heading', { name: 'Tác vụ nền' }).waitFor()
    const row = page.getByTestId('job-row').filter({ hasText: 'Tính lại thời hạn sau khi lịch nghỉ thay đổi' }).first()
    await row.waitFor()
    expect(await row.getAttribute('data-state')).toBe('failed')
    const text = (await row.textContent()) ?? ''
    expect(text).toContain('Thất bại')
    expect(text).toContain(`Lỗi: ${ERROR_TEXT}`)
    expect(text).toContain('2/2')
    const schedules = page.getByTestId('job-schedules')
    await schedules.waitFor()
    expect(await schedules.textContent()).toContain('Bản tin thời hạn')
    await page.close()
  })

  it('gives a prosecutor no entry for it', async () => {
    const page = await signedInPage(h, 'ksv')
    const nav = page.getByTestId('main-nav')
    await nav.getByRole('link', { name: 'Cán bộ', exact: true }).waitFor()
    expect(await nav.getByRole('link', { name: 'Tác vụ nền' }).count()).toBe(0)
    // Typed by hand, the address says why rather than showing the queue.
    await page.goto(`${h.url}/tac-vu-nen`)
    await page.getByRole('heading', { name: 'Tác vụ nền' }).waitFor()
    expect(await page.getByTestId('jobs-table').count()).toBe(0)
    await page.close()
  })
})
