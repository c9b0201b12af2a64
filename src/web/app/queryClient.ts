import { QueryClient } from '@tanstack/react-query'
import { isApiError } from '@/web/shared/api/ApiError.ts'

// Client errors (4xx) are answers, not glitches: retrying them only delays the message.
const shouldRetry = (failureCount: number, error: unknown): boolean => {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false
  return failureCount < 2
}

export const createQueryClient = (): QueryClient =>
  new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  })
