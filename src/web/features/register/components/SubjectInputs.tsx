import { NumberInput, Select, TextInput } from '@mantine/core'
import type { FieldErrors } from '@/web/shared/form/fieldErrors.ts'
import type { SubjectFormValues } from '../utils/subjectForm.ts'
import { SUBJECT_FIELD_LABELS } from '../utils/labels.ts'

type SubjectInputsProps = {
  values: SubjectFormValues
  errors: FieldErrors
  onChange: (patch: Partial<SubjectFormValues>) => void
  /** Shown in the labels when several subjects are on one form: "Họ tên (người thứ 2)". */
  suffix?: string
}

/** Name, year of birth and gender of a suspect or party. */
export function SubjectInputs({ values, errors, onChange, suffix = '' }: SubjectInputsProps) {
  return (
    <>
      <TextInput
        label={`${SUBJECT_FIELD_LABELS.fullName}${suffix}`}
        required
        autoComplete="off"
        value={values.fullName}
        error={errors.fullName}
        onChange={(event) => onChange({ fullName: event.currentTarget.value })}
        style={{ flex: '1 1 240px' }}
      />
      <NumberInput
        label={`${SUBJECT_FIELD_LABELS.birthYear}${suffix}`}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator=""
        hideControls
        min={1900}
        max={2030}
        w={120}
        value={values.birthYear}
        error={errors.birthYear}
        onChange={(birthYear) => onChange({ birthYear })}
      />
      <Select
        label={`${SUBJECT_FIELD_LABELS.gender}${suffix}`}
        data={[
          { value: 'nam', label: 'Nam' },
          { value: 'nu', label: 'Nữ' },
        ]}
        clearable
        w={120}
        value={values.gender}
        error={errors.gender}
        onChange={(gender) => onChange({ gender: gender === 'nam' || gender === 'nu' ? gender : null })}
      />
    </>
  )
}
