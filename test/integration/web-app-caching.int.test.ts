// The first paint of a page opened again (issue 12, speed): the built files under assets/ are
// named by a hash of their content, so the browser keeps them and does not ask again; the page
// itself (index.html, for every path of the app) is always revalidated, so a new build is seen.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../support/test-app.ts'

describe('caching of the web app', () => {
  let t: TestApp
  const webRoot = mkdtempSync(join(tmpdir(), 'kiemsat-web-'))
  beforeAll(async () => {
    mkdirSync(join(webRoot, 'assets'))
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><div id="root"></div>')
    writeFileSync(join(webRoot, 'assets', 'index-C3ZACtxp.js'), 'console.log(1)')
    writeFileSync(join(webRoot, 'favicon.svg'), '<svg/>')
    t = await startTestApp('pglite', { scale: 1, config: { webRoot } })
  })
  afterAll(async () => {
    await t?.close()
    rmSync(webRoot, { recursive: true, force: true })
  })

  it('keeps a hashed asset for a year, immutable', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/assets/index-C3ZACtxp.js' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('revalidates the page and any file not named by its content', async () => {
    for (const url of ['/', '/chi-tieu', '/so-thu-ly/12']) {
      const res = await t.app.inject({ method: 'GET', url })
      expect([url, res.statusCode, res.headers['cache-control']]).toEqual([url, 200, 'no-cache'])
    }
    const favicon = await t.app.inject({ method: 'GET', url: '/favicon.svg' })
    expect(favicon.headers['cache-control']).not.toContain('immutable')
  })
})
