// Requests the shared JSON client cannot make: a workbook as the request body, and a
// workbook as the answer. Same conventions: session cookie, X-CSRF-Token on writes,
// failures as ApiError with the server's Vietnamese message.
import { ApiErrorBody } from '@/shared/api/common.ts'
import { XLSX_MIME } from '@/shared/api/register-excel.ts'
import { ApiError } from '@/web/shared/api/ApiError.ts'

const NETWORK = () =>
  new ApiError({ status: 0, code: 'NETWORK', message: 'Không kết nối được máy chủ. Kiểm tra mạng và thử lại.' })

const FALLBACK: Record<number, string> = {
  401: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
  403: 'Bạn không có quyền thực hiện thao tác này.',
  413: 'Tệp quá lớn (tối đa 20 MB).',
}

export const apiErrorOf = async (response: Response): Promise<ApiError> => {
  const parsed = ApiErrorBody.safeParse(await response.json().catch(() => null))
  if (parsed.success) return new ApiError({ status: response.status, ...parsed.data.error })
  return new ApiError({
    status: response.status,
    code: `HTTP_${response.status}`,
    message: FALLBACK[response.status] ?? `Máy chủ gặp sự cố (mã ${response.status}). Vui lòng thử lại sau.`,
  })
}

const send = async (url: string, init: RequestInit): Promise<Response> => {
  let response: Response
  try {
    response = await fetch(url, { credentials: 'same-origin', ...init })
  } catch {
    throw NETWORK()
  }
  if (!response.ok) throw await apiErrorOf(response)
  return response
}

/** Posts the chosen file as the raw body, as POST /api/register/import expects. */
export const postWorkbook = (url: string, file: File, csrfToken: string): Promise<Response> =>
  send(url, {
    method: 'POST',
    headers: { 'Content-Type': XLSX_MIME, 'X-CSRF-Token': csrfToken, Accept: `application/json, ${XLSX_MIME}` },
    body: file,
  })

export const getFile = (url: string): Promise<Response> =>
  send(url, { method: 'GET', headers: { Accept: `${XLSX_MIME}, application/json` } })

/** The server's name for the file (Content-Disposition), or ours. */
const fileNameOf = (response: Response, fallback: string): string =>
  /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallback

/** Hands the answer to the browser as a download. */
export const saveResponse = async (response: Response, fallbackName: string): Promise<void> => {
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = fileNameOf(response, fallbackName)
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}
