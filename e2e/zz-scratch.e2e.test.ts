import { afterAll, beforeAll, describe, it } from 'vitest'
import { generateDemoActivity } from '@/demo/activity.ts'
import { generateDemoOrganisation } from '@/demo/organisation.ts'
import { loadDemoActivity } from '@/server/seed/load-activity.ts'
import { todayInVietnam } from '@/server/platform/time.ts'
import { signedInPage, startHarness, type Harness } from './support/browser-harness.ts'
describe('shots', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness()
    const today = todayInVietnam()
    const organisation = generateDemoOrganisation({ seed: 2025, scale: 1 })
    await loadDemoActivity(h.handle.db, generateDemoActivity({ seed: 2025, organisation, today }), { today })
  })
  afterAll(async () => h?.close())
  it('shots', async () => {
    for (const u of ['lanhdao', 'thongke', 'thidua', 'truongphong']) {
      const p = await signedInPage(h, u)
      await p.setViewportSize({ width: 1440, height: 900 })
      await p.waitForLoadState('networkidle')
      await p.waitForTimeout(1500)
      await p.screenshot({ path: `/tmp/home-scratch/${u}-1440.png`, fullPage: true })
      if (u === 'lanhdao') {
        await p.setViewportSize({ width: 390, height: 844 })
        await p.waitForTimeout(800)
        await p.screenshot({ path: `/tmp/home-scratch/${u}-390.png`, fullPage: true })
      }
      await p.close()
    }
  })
})
