import type { z } from 'zod'
import type { ApiError } from '../api/ApiError.ts'

export type FieldErrors = Record<string, string>

// Server paths may be prefixed by the body wrapper ("data.phone"); the form knows "phone".
const normalizePath = (path: string): string =>
  path
    .replace(/^(body\.)?(data\.)?/, '')
    .replace(/^\//, '')
    .replace(/\//g, '.')

/** Field errors from a failed request's details, keyed by form field. */
export const fieldErrorsFromApi = (error: ApiError): FieldErrors => {
  const errors: FieldErrors = {}
  for (const issue of error.details) {
    const key = normalizePath(issue.path)
    if (key && !errors[key]) errors[key] = issue.message
  }
  return errors
}

/** Field errors from a failed zod parse, keyed by form field. */
export const fieldErrorsFromZod = (error: z.ZodError): FieldErrors => {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.')
    if (!errors[key]) errors[key] = issue.message
  }
  return errors
}
