import { useEffect } from 'react'
import { Alert, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { FormEvent } from 'react'
import { CreateUnit } from '@/shared/api/units.ts'
import type { Unit } from '@/shared/api/units.ts'
import { UNIT_LEVEL_LABELS, UNIT_LEVELS } from '@/shared/vocabulary.ts'
import type { UnitLevel } from '@/shared/vocabulary.ts'
import { errorMessage, isApiError, needsSummary } from '@/web/shared/api/ApiError.ts'
import { DialogActions } from '@/web/shared/components/DialogActions.tsx'
import { VnDateInput } from '@/web/shared/components/VnDateInput.tsx'
import { fieldErrorsFromApi, fieldErrorsFromZod } from '@/web/shared/form/fieldErrors.ts'
import { useFormState } from '@/web/shared/form/useFormState.ts'
import { useSaveUnit } from '../hooks/useSaveUnit.ts'
import { emptyUnitForm, unitFormToPayload, unitRequiredErrors, unitToForm } from '../utils/unitForm.ts'
import type { UnitFormValues } from '../utils/unitForm.ts'
import { UnitSelect } from './UnitSelect.tsx'

const levelOptions = UNIT_LEVELS.map((value) => ({ value, label: UNIT_LEVEL_LABELS[value] }))

type UnitFormModalProps = {
  opened: boolean
  onClose: () => void
  /** The unit being edited, or null to create one. */
  unit: Unit | null
  /** The loaded units, to name a parent or successor that lies outside the user's scope. */
  units: Unit[]
  /** Parent preset when creating. */
  parentId: number | null
  onSaved: (unit: Unit) => void
}

export function UnitFormModal({ opened, onClose, unit, units, parentId, onSaved }: UnitFormModalProps) {
  const save = useSaveUnit()
  const initial = (): UnitFormValues => (unit ? unitToForm(unit) : emptyUnitForm(parentId))
  const form = useFormState<UnitFormValues>(initial())
  const { reset } = form

  useEffect(() => {
    if (opened) reset(unit ? unitToForm(unit) : emptyUnitForm(parentId))
    // Opening the dialog starts from the unit as saved.
  }, [opened, unit, parentId, reset])

  const close = () => {
    save.reset()
    onClose()
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const parsed = CreateUnit.safeParse(unitFormToPayload(form.values))
    const required = unitRequiredErrors(form.values)
    if (!parsed.success || Object.keys(required).length > 0) {
      form.setErrors({ ...(parsed.success ? {} : fieldErrorsFromZod(parsed.error)), ...required })
      return
    }
    try {
      const saved = await save.mutateAsync({ id: unit?.id ?? null, data: parsed.data })
      notifications.show({ color: 'green', title: unit ? 'Đã lưu thay đổi' : 'Đã thêm đơn vị', message: saved.name })
      onSaved(saved)
      close()
    } catch (error) {
      if (isApiError(error)) form.setErrors(fieldErrorsFromApi(error))
    }
  }

  const level = form.field('level')
  const parent = form.field('parentId')
  const successor = form.field('successorId')
  const validFrom = form.field('validFrom')
  const validTo = form.field('validTo')
  const sortOrder = form.field('sortOrder')
  const keep = (id: string | null) =>
    id === null
      ? null
      : { id: Number(id), name: units.find((u) => u.id === Number(id))?.name ?? 'Đơn vị ngoài phạm vi được xem' }

  return (
    <Modal opened={opened} onClose={close} title={unit ? `Sửa đơn vị: ${unit.name}` : 'Thêm đơn vị'} size="lg" centered>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          {save.isError && needsSummary(save.error) ? (
            <Alert role="alert" color="red" variant="light">
              {errorMessage(save.error)}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
            <TextInput
              label="Mã đơn vị"
              required
              autoComplete="off"
              spellCheck={false}
              data-autofocus
              {...form.text('code')}
            />
            <Select
              label="Cấp đơn vị"
              required
              data={levelOptions}
              value={level.value}
              error={level.error}
              onChange={(value) => level.onChange(value as UnitLevel | null)}
            />
          </SimpleGrid>
          <TextInput label="Tên đơn vị" required autoComplete="off" {...form.text('name')} />
          <TextInput label="Tên viết tắt" autoComplete="off" {...form.text('shortName')} />
          <UnitSelect
            label="Trực thuộc"
            placeholder="Không (đơn vị gốc)"
            clearable
            keep={keep(parent.value)}
            {...parent}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
            <VnDateInput label="Hoạt động từ ngày" required {...validFrom} />
            <VnDateInput label="Đến ngày" description="Bỏ trống nếu đang hoạt động" {...validTo} />
          </SimpleGrid>
          <UnitSelect
            label="Đơn vị kế thừa"
            description="Đơn vị tiếp nhận công việc khi đơn vị này sáp nhập hoặc giải thể"
            placeholder="Không có"
            clearable
            keep={keep(successor.value)}
            {...successor}
          />
          <NumberInput
            label="Thứ tự hiển thị"
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=""
            min={0}
            max={100000}
            w={200}
            {...sortOrder}
          />
          <DialogActions onCancel={close} confirmLabel={unit ? 'Lưu' : 'Thêm đơn vị'} pending={save.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
