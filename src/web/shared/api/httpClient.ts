import type { z } from 'zod'
import { ApiErrorBody } from '@/shared/api/common.ts'
import { ApiError } from './ApiError.ts'

type QueryValue = string | number | boolean | null | undefined
export type QueryParams = Record<string, QueryValue>

let csrfToken: string | null = null
let unauthorizedHandler: (() => void) | null = null

/** The synchronizer token from /api/auth/me or the login response; sent on every write. */
export const setCsrfToken = (token: string | null): void => {
  csrfToken = token
}

/** Called when a request (other than signing in) answers 401: the session has ended. */
export const setUnauthorizedHandler = (handler: (() => void) | null): void => {
  unauthorizedHandler = handler
}

export const buildQuery = (params: QueryParams | undefined): string => {
  if (!params) return ''
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue
    search.set(key, String(value))
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}

const errorFromResponse = async (response: Response): Promise<ApiError> => {
  const body: unknown = await response.json().catch(() => null)
  const parsed = ApiErrorBody.safeParse(body)
  if (parsed.success) return new ApiError({ status: response.status, ...parsed.data.error })
  const message =
    response.status === 401
      ? 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.'
      : response.status === 403
        ? 'Bạn không có quyền thực hiện thao tác này.'
        : response.status === 404
          ? 'Không tìm thấy dữ liệu yêu cầu.'
          : `Máy chủ gặp sự cố (mã ${response.status}). Vui lòng thử lại sau.`
  return new ApiError({ status: response.status, code: `HTTP_${response.status}`, message })
}

type RequestOptions<T> = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  query?: QueryParams
  body?: unknown
  schema: z.ZodType<T>
  /** Signing in answers 401 for wrong credentials; that is not an ended session. */
  skipUnauthorizedHandler?: boolean
}

export const request = async <T>(path: string, options: RequestOptions<T>): Promise<T> => {
  const method = options.method ?? 'GET'
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken

  let response: Response
  try {
    response = await fetch(`${path}${buildQuery(options.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK', message: 'Không kết nối được máy chủ. Kiểm tra mạng và thử lại.' })
  }

  if (!response.ok) {
    const error = await errorFromResponse(response)
    if (response.status === 401 && !options.skipUnauthorizedHandler) unauthorizedHandler?.()
    throw error
  }

  const data: unknown = response.status === 204 ? { ok: true } : await response.json().catch(() => undefined)
  const parsed = options.schema.safeParse(data)
  if (!parsed.success) {
    console.error(`Unexpected response from ${method} ${path}`, parsed.error.issues)
    throw new ApiError({
      status: response.status,
      code: 'INVALID_RESPONSE',
      message: 'Máy chủ trả về dữ liệu không hợp lệ. Vui lòng thử lại sau.',
    })
  }
  return parsed.data
}
