import type { ApiError } from '@/web/shared/api/ApiError.ts'
import type { FieldErrors } from '@/web/shared/form/fieldErrors.ts'
import { formErrorKey } from './eventDraft.ts'

/**
 * The server's field errors keyed as the register forms show them: "occurredOn", "subjectId",
 * "data.charge.article", "data.charges.s12" (by subject), "subjects.0.fullName", "number" …
 * `sentData` is the event data that was sent, to find which subject a list item was.
 */
export const apiFieldErrors = (error: ApiError, sentData: Record<string, unknown> | null): FieldErrors => {
  const errors: FieldErrors = {}
  for (const issue of error.details) {
    const path = issue.path
      .replace(/^\//, '')
      .replace(/\//g, '.')
      .replace(/^body\./, '')
    const key = formErrorKey(path, sentData)
    if (key && !errors[key]) errors[key] = issue.message
  }
  return errors
}

/** The errors below `prefix`, keyed by the rest of their path: errorsUnder(e, "subjects.0") → { fullName: … }. */
export const errorsUnder = (errors: FieldErrors, prefix: string): FieldErrors =>
  Object.fromEntries(
    Object.entries(errors).flatMap(([key, message]) =>
      key.startsWith(`${prefix}.`) ? [[key.slice(prefix.length + 1), message]] : [],
    ),
  )
