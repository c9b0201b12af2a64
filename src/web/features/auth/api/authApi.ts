import { z } from 'zod'
import { Me } from '@/shared/api/auth.ts'
import { Ok } from '@/shared/api/common.ts'
import { isApiError } from '@/web/shared/api/ApiError.ts'
import { request, setCsrfToken } from '@/web/shared/api/httpClient.ts'

/** The signed-in user, or null when there is no session. */
export const fetchMe = async (): Promise<Me | null> => {
  try {
    const me = await request('/api/auth/me', { schema: Me, skipUnauthorizedHandler: true })
    setCsrfToken(me.csrfToken)
    return me
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null)
      return null
    }
    throw error
  }
}

export const login = async (body: { username: string; password: string }): Promise<Me> => {
  const me = await request('/api/auth/login', { method: 'POST', body, schema: Me, skipUnauthorizedHandler: true })
  setCsrfToken(me.csrfToken)
  return me
}

export const logout = async (): Promise<void> => {
  await request('/api/auth/logout', { method: 'POST', schema: z.unknown(), skipUnauthorizedHandler: true })
  setCsrfToken(null)
}

export const changePassword = (body: { currentPassword: string; newPassword: string }) =>
  request('/api/auth/change-password', { method: 'POST', body, schema: Ok })
