// Browser tests run the real server (built web app, PGlite, demo province) on a free
// loopback port and drive Debian's Chromium through playwright-core. No browser download.
import { resolve } from 'node:path'
import type { AddressInfo } from 'node:net'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { FastifyInstance } from 'fastify'
import { generateDemoOrganisation } from '@/demo/organisation.ts'
import { DEMO_PASSWORD } from '@/demo/types.ts'
import { buildApp } from '@/server/app.ts'
import { migrateDatabase, openDatabase, type DatabaseHandle } from '@/server/db/client.ts'
import { loadConfig } from '@/server/platform/config.ts'
import { loadOrganisation } from '@/server/seed/load-organisation.ts'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export type Harness = {
  url: string
  browser: Browser
  handle: DatabaseHandle
  app: FastifyInstance
  close: () => Promise<void>
}

/**
 * demoMode false: the demo logins must change their password first (issue 10, defect 8).
 * periodicJobs: schedule the digest, figures and session sweep as the serve command does.
 */
export const startHarness = async ({
  demoMode = true,
  periodicJobs = false,
}: {
  demoMode?: boolean
  periodicJobs?: boolean
} = {}): Promise<Harness> => {
  const handle = await openDatabase({ kind: 'pglite', dataDir: null })
  await migrateDatabase(handle)
  await loadOrganisation(handle.db, generateDemoOrganisation({ seed: 2025, scale: 1 }), DEMO_PASSWORD)
  const app = await buildApp({
    db: handle.db,
    config: loadConfig({}, { webRoot: resolve('dist/web'), demoMode }),
    logger: false,
    periodicJobs,
  })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const { port } = app.server.address() as AddressInfo
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })

  return {
    url: `http://127.0.0.1:${port}`,
    browser,
    handle,
    app,
    close: async () => {
      await browser.close()
      await app.close()
      await handle.close()
    },
  }
}

/** A new page signed in with a demo login (the demo password), on the overview. */
export const signedInPage = async (
  h: Harness,
  username: string,
  viewport: { width: number; height: number } = { width: 1400, height: 1000 },
): Promise<Page> => {
  const page = await h.browser.newPage({ viewport, locale: 'vi-VN' })
  await page.goto(`${h.url}/`)
  await page.getByLabel('Tên đăng nhập').fill(username)
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD)
  await page.keyboard.press('Enter')
  await page.getByRole('heading', { name: 'Tổng quan' }).waitFor()
  return page
}

/**
 * Waits until the page has settled: no request in flight and no loader showing (`busy`: the
 * elements that mean "still loading"; the home's cards also show skeletons).
 */
export const settle = async (page: Page, busy = '.mantine-Loader-root'): Promise<void> => {
  await page.waitForLoadState('networkidle')
  await page
    .locator(busy)
    .first()
    .waitFor({ state: 'detached', timeout: 30_000 })
    .catch(() => {})
}
