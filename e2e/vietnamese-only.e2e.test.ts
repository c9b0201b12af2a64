// Issue 12 ("no English reaches a user"): every page each demo role can reach from its menu, a
// matter, and the pages bad input leads to (an over-long search, an id that does not exist, an id
// that is not a number) are read as the user sees them, and fail on an English message (zod's,
// Fastify's, the browser's), an internal code (TIN_BAO_THU_LY, investigation_extended) or a
// field name (matterId) in the visible text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { generateDemoActivity } from '@/demo/activity.ts'
import { DEMO_LOGIN_PLAN } from '@/demo/logins.ts'
import { generateDemoOrganisation } from '@/demo/organisation.ts'
import { loadDemoActivity } from '@/server/seed/load-activity.ts'
import { todayInVietnam } from '@/server/platform/time.ts'
import { settle, signedInPage, startHarness, type Harness } from './support/browser-harness.ts'
import { apiAs } from './support/api-as.ts'

/** What must never be visible: each with the reason a user would stumble on it. */
const FOREIGN_TEXT: { pattern: RegExp; what: string }[] = [
  {
    pattern:
      /\b(Too (big|small)|[Ee]xpected|Invalid|Required|must (be|have)|Bad Request|Not Found|Internal Server Error|Unauthorized|Forbidden)\b/,
    what: 'an English validation or HTTP message',
  },
  {
    pattern: /\b(Loading|Submit|Cancel|Delete|Search|Previous|Nothing found|No data|No results)\b/,
    what: 'an English interface word',
  },
  { pattern: /\b(undefined|null|NaN)\b|\[object Object\]/, what: 'a value the code failed to format' },
  { pattern: /\b[A-Z][A-Z0-9]+(_[A-Z0-9]+)+\b/, what: 'an internal code (UPPER_SNAKE)' },
  { pattern: /\b[a-z]+(_[a-z0-9]+)+\b/, what: 'an internal name (snake_case)' },
  { pattern: /\b[a-z]+[A-Z][a-zA-Z]*\b/, what: 'a field name (camelCase)' },
]

/** The visible text's offending lines, with what each one is. */
const foreignTextOf = async (page: Page): Promise<string[]> => {
  const text = await page.locator('body').innerText()
  const found: string[] = []
  for (const line of text.split('\n')) {
    for (const { pattern, what } of FOREIGN_TEXT) {
      const match = line.match(pattern)
      if (match) found.push(`${what}: «${match[0]}» in «${line.trim().slice(0, 160)}»`)
    }
  }
  return found
}

/** The app's own links in the navigation, as paths. */
const menuPathsOf = async (page: Page): Promise<string[]> => {
  const hrefs = await page
    .locator('nav a[href^="/"], header a[href^="/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
  return [...new Set(hrefs.filter((href) => href.startsWith('/') && !href.startsWith('/api')))]
}

/** One sign-in per role, as the demo's start-up banner lists them. */
/**
 * The audit trail shows only what the app wrote: a prosecutor creates a matter, adds a subject,
 * records an act and voids it, as a user would, so that the audit pages walked below hold
 * changes (fields and values) to read, not only sign-ins.
 */
const writeThroughTheApi = async (h: Harness): Promise<void> => {
  const { me, post, close } = await apiAs(h, 'ksv')
  const unitId = me.user.unitId
  const matter = await post('/api/matters', {
    kind: 'criminal_case',
    unitId,
    number: '901/2026/HS-KV6',
    title: 'Trộm cắp tài sản tại bến Ninh Kiều',
    prosecutorId: me.user.personId,
    subjects: [{ fullName: 'Lâm Văn Tèo', birthYear: 1995, gender: 'nam' }],
    initialEvent: {
      type: 'case_instituted',
      occurredOn: todayInVietnam(),
      data: { charge: { article: 173, clause: 1 }, investigatingBody: 'Cơ quan CSĐT Công an TP Cần Thơ' },
    },
  })
  await post(`/api/matters/${matter.id}/subjects`, { fullName: 'Trần Thị Bé', birthYear: 1998, gender: 'nu' })
  const recorded = await post(`/api/matters/${matter.id}/events`, {
    type: 'suspect_instituted',
    occurredOn: todayInVietnam(),
    subjectId: matter.subjects[0].id,
    data: { charge: { article: 173, clause: 1 } },
  })
  await post(`/api/matters/${matter.id}/events/${recorded.events.at(-1).id}/void`, { reason: 'Ghi nhầm bị can' })
  await close()
}

const ROLES = DEMO_LOGIN_PLAN.map((login) => login.username)

describe('no English and no internal code on any page a role reaches', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness()
    const today = todayInVietnam()
    const organisation = generateDemoOrganisation({ seed: 2025, scale: 1 })
    await loadDemoActivity(h.handle.db, generateDemoActivity({ seed: 2025, organisation, today }), { today })
    await writeThroughTheApi(h)
  })
  afterAll(async () => h?.close())

  for (const username of ROLES) {
    it(`${username}: every page of the menu, a matter, and the pages bad input leads to`, async () => {
      const page = await signedInPage(h, username)
      await settle(page)
      const paths = await menuPathsOf(page)
      expect(paths.length, 'the menu offers pages').toBeGreaterThan(1)

      const problems: string[] = []
      const visit = async (path: string) => {
        await page.goto(`${h.url}${path}`)
        await settle(page)
        // Folded details (an audit row's changes) are text a user reads too: open them all.
        const folds = page.getByRole('button', { name: 'Xem thay đổi' })
        for (let i = 0; i < Math.min(await folds.count(), 10); i++) await folds.nth(i).click()
        for (const problem of await foreignTextOf(page)) problems.push(`${path}: ${problem}`)
      }
      for (const path of paths) await visit(path)

      if (paths.includes('/so-thu-ly')) {
        await page.goto(`${h.url}/so-thu-ly`)
        await settle(page)
        const firstMatter = await page
          .locator('a[href^="/so-thu-ly/"]')
          .evaluateAll((links) =>
            links.map((link) => link.getAttribute('href') ?? '').find((href) => /^\/so-thu-ly\/\d+$/.test(href)),
          )
        if (firstMatter) await visit(firstMatter)
        await visit(`/so-thu-ly?q=${encodeURIComponent('trộm cắp '.repeat(20))}`)
        await visit('/so-thu-ly/987654321')
        await visit('/so-thu-ly/abc')
      }
      expect(problems).toEqual([])
    })
  }
})
