// A real `kiemsat serve` process (node bin/kiemsat.mjs), for what only a separate process can
// show: a data folder held by another process, a kill -9 in the middle of a write.
import { spawn, type ChildProcess } from 'node:child_process'
import { DEMO_PASSWORD } from '@/demo/types.ts'

export type Spawned = { child: ChildProcess; output: () => string; exited: Promise<number | null> }

const ROOT = new URL('../..', import.meta.url).pathname

export const spawnKiemsat = (args: string[], env: Record<string, string | undefined>): Spawned => {
  const child = spawn(process.execPath, ['bin/kiemsat.mjs', ...args], {
    cwd: ROOT,
    env: { ...process.env, KIEMSAT_SKIP_WEB_BUILD: '1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, output: () => output, exited }
}

/** Waits for the "ready" banner, or fails with what the process printed. */
export const untilReady = async (server: Spawned, seconds = 180): Promise<void> => {
  const deadline = Date.now() + seconds * 1000
  while (!server.output().includes('kiemsat sẵn sàng')) {
    if (server.child.exitCode !== null)
      throw new Error(`the server stopped (${server.child.exitCode}): ${server.output()}`)
    if (Date.now() > deadline) throw new Error(`the server did not start: ${server.output()}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

export type HttpAgent = {
  post: (url: string, body: unknown, contentType?: string) => Promise<{ status: number; body: any }>
  me: any
}

export const signInOver = async (base: string, username: string): Promise<HttpAgent> => {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  })
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`)
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  const me = await login.json()
  return {
    me,
    post: async (url, body, contentType = 'application/json') => {
      const res = await fetch(`${base}${url}`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': me.csrfToken, 'content-type': contentType },
        body: contentType === 'application/json' ? JSON.stringify(body) : new Uint8Array(body as Buffer),
      })
      const text = await res.text()
      let parsed: unknown = text
      try {
        parsed = JSON.parse(text)
      } catch {}
      return { status: res.status, body: parsed }
    },
  }
}
