// Writes through the app's own API as a signed-in demo user (the browser's cookie and CSRF
// token), for tests that need records in place before they look at them as another user.
import type { Harness } from './browser-harness.ts'
import { signedInPage } from './browser-harness.ts'

export type ApiSession = {
  me: { user: { personId: number; unitId: number; fullName: string }; csrfToken: string }
  post: (path: string, data: unknown) => Promise<any>
  close: () => Promise<void>
}

export const apiAs = async (h: Harness, username: string): Promise<ApiSession> => {
  const page = await signedInPage(h, username)
  const api = page.request
  const me = await (await api.get(`${h.url}/api/auth/me`)).json()
  const headers = { 'x-csrf-token': me.csrfToken }
  return {
    me,
    post: async (path, data) => {
      const res = await api.post(`${h.url}${path}`, { data, headers })
      if (!res.ok()) throw new Error(`${path}: ${res.status()} ${await res.text()}`)
      return res.json()
    },
    close: () => page.close(),
  }
}
