import { Group, NumberInput, Radio, Select, SimpleGrid, TextInput } from '@mantine/core'
import { STAFF_TITLE_LABELS, STAFF_TITLES } from '@/shared/vocabulary.ts'
import type { StaffTitle } from '@/shared/vocabulary.ts'
import { UnitSelect } from '@/web/features/units/components/UnitSelect.tsx'
import type { FormState } from '@/web/shared/form/useFormState.ts'
import type { PersonFormValues } from '../utils/personForm.ts'
import { PERSON_FIELD_LABELS } from '../utils/personForm.ts'

const titleOptions = STAFF_TITLES.map((value) => ({ value, label: STAFF_TITLE_LABELS[value] }))

type PersonFieldsProps = {
  form: FormState<PersonFormValues>
  readOnly?: boolean
  /** The person's saved unit, kept selectable even if it is outside the user's scope or has ceased. */
  keepUnit?: { id: number; name: string } | null
}

/** The basic details of a person, shared by the edit form and the "add person" dialog. */
export function PersonFields({ form, readOnly = false, keepUnit = null }: PersonFieldsProps) {
  const title = form.field('title')
  const unit = form.field('unitId')
  const birthYear = form.field('birthYear')
  const gender = form.field('gender')

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
      <TextInput
        label={PERSON_FIELD_LABELS.fullName}
        required
        readOnly={readOnly}
        autoComplete="off"
        {...form.text('fullName')}
      />
      <Select
        label={PERSON_FIELD_LABELS.title}
        required
        readOnly={readOnly}
        data={titleOptions}
        searchable
        nothingFoundMessage="Không có chức danh phù hợp"
        value={title.value}
        error={title.error}
        onChange={(value) => title.onChange(value as StaffTitle | null)}
      />
      <UnitSelect
        label={PERSON_FIELD_LABELS.unitId}
        required
        readOnly={readOnly}
        currentOnly
        keep={keepUnit}
        value={unit.value}
        error={unit.error}
        onChange={unit.onChange}
      />
      <TextInput
        label={PERSON_FIELD_LABELS.email}
        type="email"
        readOnly={readOnly}
        autoComplete="off"
        {...form.text('email')}
      />
      <TextInput
        label={PERSON_FIELD_LABELS.phone}
        type="tel"
        readOnly={readOnly}
        autoComplete="off"
        {...form.text('phone')}
      />
      <NumberInput
        label={PERSON_FIELD_LABELS.birthYear}
        readOnly={readOnly}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator=""
        hideControls
        min={1940}
        max={2010}
        value={birthYear.value}
        error={birthYear.error}
        onChange={birthYear.onChange}
      />
      <Radio.Group
        label={PERSON_FIELD_LABELS.gender}
        value={gender.value ?? ''}
        error={gender.error}
        onChange={(value) => !readOnly && gender.onChange(value === 'nam' || value === 'nu' ? value : null)}
      >
        <Group gap="lg" mt={8}>
          <Radio value="nam" label="Nam" disabled={readOnly} />
          <Radio value="nu" label="Nữ" disabled={readOnly} />
        </Group>
      </Radio.Group>
    </SimpleGrid>
  )
}
