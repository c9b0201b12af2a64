import { SubjectInput } from '@/shared/api/register.ts'
import type { FieldErrors } from '@/web/shared/form/fieldErrors.ts'
import { fieldErrorsFromZod } from '@/web/shared/form/fieldErrors.ts'

/** A subject as its inputs hold it. */
export type SubjectFormValues = { fullName: string; birthYear: string | number; gender: 'nam' | 'nu' | null }

export const emptySubject = (): SubjectFormValues => ({ fullName: '', birthYear: '', gender: null })

export const subjectPayload = (values: SubjectFormValues) => ({
  fullName: values.fullName.trim(),
  birthYear: values.birthYear === '' ? null : Number(values.birthYear),
  gender: values.gender,
})

/** The subject as the API takes it, or its field errors. */
export const checkSubject = (values: SubjectFormValues): { payload: SubjectInput | null; errors: FieldErrors } => {
  const parsed = SubjectInput.safeParse(subjectPayload(values))
  return parsed.success
    ? { payload: parsed.data, errors: {} }
    : { payload: null, errors: fieldErrorsFromZod(parsed.error) }
}
