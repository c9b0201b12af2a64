import { CreatePerson } from '@/shared/api/people.ts'
import type { Person } from '@/shared/api/people.ts'
import type { StaffTitle } from '@/shared/vocabulary.ts'

/** What the basic-details inputs hold: strings for text and selects, as Mantine inputs want them. */
export type PersonFormValues = {
  fullName: string
  title: StaffTitle | null
  unitId: string | null
  email: string
  phone: string
  birthYear: string | number
  gender: 'nam' | 'nu' | null
}

export const emptyPersonForm = (unitId: number | null): PersonFormValues => ({
  fullName: '',
  title: null,
  unitId: unitId === null ? null : String(unitId),
  email: '',
  phone: '',
  birthYear: '',
  gender: null,
})

export const personToForm = (person: Person): PersonFormValues => ({
  fullName: person.fullName,
  title: person.title,
  unitId: String(person.unitId),
  email: person.email ?? '',
  phone: person.phone ?? '',
  birthYear: person.birthYear ?? '',
  gender: person.gender,
})

const blankToNull = (value: string): string | null => (value.trim() === '' ? null : value.trim())

/** The basic details as the API takes them; empty inputs become null. */
export const formToPayload = (values: PersonFormValues) => ({
  fullName: values.fullName.trim(),
  title: values.title,
  unitId: values.unitId === null ? null : Number(values.unitId),
  email: blankToNull(values.email),
  phone: blankToNull(values.phone),
  birthYear: values.birthYear === '' ? null : Number(values.birthYear),
  gender: values.gender,
})

/** The same rules the server applies, so most mistakes are shown before sending. */
export const BasicPersonFields = CreatePerson.pick({
  fullName: true,
  title: true,
  unitId: true,
  email: true,
  phone: true,
  birthYear: true,
  gender: true,
})

/** Friendly messages where a raw null would otherwise read as a type error. */
export const requiredFieldErrors = (values: PersonFormValues): Record<string, string> => {
  const errors: Record<string, string> = {}
  if (values.title === null) errors.title = 'Chọn chức danh'
  if (values.unitId === null) errors.unitId = 'Chọn đơn vị công tác'
  return errors
}

/** The person form's labels; the audit trail names a person's fields with them. */
export const PERSON_FIELD_LABELS = {
  fullName: 'Họ và tên',
  title: 'Chức danh',
  unitId: 'Đơn vị',
  unitName: 'Tên đơn vị công tác',
  email: 'Email',
  phone: 'Điện thoại',
  birthYear: 'Năm sinh',
  gender: 'Giới tính',
  active: 'Trạng thái',
  username: 'Tên đăng nhập',
} as const
