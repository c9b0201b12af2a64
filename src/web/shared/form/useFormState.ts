import { useCallback, useMemo, useState } from 'react'
import type { ChangeEvent } from 'react'
import type { FieldErrors } from './fieldErrors.ts'

type TextField = { value: string; error: string | undefined; onChange: (event: ChangeEvent<HTMLInputElement>) => void }
type ValueField<V> = { value: V; error: string | undefined; onChange: (value: V) => void }

/** A small controlled form: values, field errors and the props Mantine inputs expect. */
export const useFormState = <T extends Record<string, unknown>>(initialValues: T) => {
  const [initial, setInitial] = useState(initialValues)
  const [values, setValues] = useState(initialValues)
  const [errors, setErrors] = useState<FieldErrors>({})

  const setValue = useCallback(<K extends keyof T & string>(key: K, value: T[K]) => {
    setValues((current) => ({ ...current, [key]: value }))
    setErrors((current) => {
      if (!current[key]) return current
      const { [key]: _removed, ...rest } = current
      return rest
    })
  }, [])

  const reset = useCallback((next: T) => {
    setInitial(next)
    setValues(next)
    setErrors({})
  }, [])

  const dirtyKeys = useMemo(
    () =>
      (Object.keys(values) as (keyof T & string)[]).filter(
        (key) => JSON.stringify(values[key]) !== JSON.stringify(initial[key]),
      ),
    [values, initial],
  )

  /** Props for TextInput/PasswordInput/Textarea bound to a string field. */
  const text = <K extends keyof T & string>(key: K): TextField => ({
    value: String(values[key] ?? ''),
    error: errors[key],
    onChange: (event) => setValue(key, event.currentTarget.value as T[K]),
  })

  /** Props for Select/NumberInput/Switch-like inputs that call onChange with the value. */
  const field = <K extends keyof T & string>(key: K): ValueField<T[K]> => ({
    value: values[key],
    error: errors[key],
    onChange: (value) => setValue(key, value),
  })

  return { values, errors, setErrors, setValue, reset, dirtyKeys, isDirty: dirtyKeys.length > 0, text, field }
}

export type FormState<T extends Record<string, unknown>> = ReturnType<typeof useFormState<T>>
