import { useState } from 'react'
import { isApiError } from '@/web/shared/api/ApiError.ts'
import { fieldErrorsFromApi, type FieldErrors } from '@/web/shared/form/fieldErrors.ts'

/**
 * A dialog's values and the errors the API named for them (its details paths). A refused save
 * keeps every value typed; only the errors change.
 */
export const useApiForm = <T extends Record<string, unknown>>(initial: T) => {
  const [values, setValues] = useState<T>(initial)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState<unknown>(null)
  const set = <K extends keyof T>(key: K, value: T[K]) => setValues((v) => ({ ...v, [key]: value }))
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setErrors({})
    setFailure(null)
    try {
      await action()
      return true
    } catch (error) {
      if (isApiError(error)) setErrors(fieldErrorsFromApi(error))
      setFailure(error)
      return false
    }
  }
  const reset = (next: T) => {
    setValues(next)
    setErrors({})
    setFailure(null)
  }
  return { values, set, errors, failure, run, reset }
}

/** '' → undefined, for optional text the API trims. */
export const orUndefined = (text: string): string | undefined => (text.trim() === '' ? undefined : text)

/** A typed number ('' → null). */
export const numberOrNull = (value: string | number): number | null =>
  value === '' || value === null ? null : Number(value)
