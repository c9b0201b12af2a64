export type FieldIssue = { path: string; message: string }

/** A failed API call, carrying the server's Vietnamese message for the user. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly details: FieldIssue[]
  readonly requestId: string | null

  constructor(input: {
    status: number
    code: string
    message: string
    details?: FieldIssue[]
    requestId?: string | null
  }) {
    super(input.message)
    this.name = 'ApiError'
    this.status = input.status
    this.code = input.code
    this.details = input.details ?? []
    this.requestId = input.requestId ?? null
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError

const FALLBACK_MESSAGE = 'Đã có lỗi xảy ra. Vui lòng thử lại.'

/** The message to show for any thrown value. */
export const errorMessage = (error: unknown): string => {
  if (isApiError(error)) return error.message || FALLBACK_MESSAGE
  return FALLBACK_MESSAGE
}

/**
 * Whether a failed save needs a message above the form: not when every problem is already
 * shown under its field with the same words.
 */
export const needsSummary = (error: unknown): boolean =>
  !isApiError(error) || error.details.length === 0 || error.details.some((d) => d.message !== error.message)
