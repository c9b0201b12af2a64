import { useEffect } from 'react'
import { Alert, Checkbox, Group, Modal, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { FormEvent } from 'react'
import { TargetInput } from '@/shared/api/indicators.ts'
import type { IndicatorInfo } from '@/shared/api/indicators.ts'
import { TARGET_COMPARISONS } from '@/domain/indicators/definition.ts'
import type { TargetComparison } from '@/domain/indicators/definition.ts'
import { formatDate } from '@/shared/format.ts'
import { errorMessage, isApiError, needsSummary } from '@/web/shared/api/ApiError.ts'
import { DialogActions } from '@/web/shared/components/DialogActions.tsx'
import { VnDateInput } from '@/web/shared/components/VnDateInput.tsx'
import { fieldErrorsFromApi, fieldErrorsFromZod } from '@/web/shared/form/fieldErrors.ts'
import { useFormState } from '@/web/shared/form/useFormState.ts'
import { useSaveTarget } from '../hooks/useIndicatorMutations.ts'
import { comparisonNeedsValue, TARGET_COMPARISON_LABELS } from '../utils/indicatorFormat.ts'
import { targetFormFrom, targetFormToPayload, targetRequiredErrors } from '../utils/targetForm.ts'
import type { TargetFormValues } from '../utils/targetForm.ts'
import { TARGET_FIELD_LABELS } from '../utils/targetForm.ts'

type TargetFormModalProps = {
  /** The indicator whose target is set; null keeps the dialog closed. */
  indicator: IndicatorInfo | null
  onClose: () => void
}

/** Sets a new target from a date; the previous target ends the day before. */
export function TargetFormModal({ indicator, onClose }: TargetFormModalProps) {
  const save = useSaveTarget()
  const form = useFormState<TargetFormValues>(indicator ? targetFormFrom(indicator) : targetFormFrom({ target: null }))
  const { reset } = form

  useEffect(() => {
    if (indicator) reset(targetFormFrom(indicator))
    // Opening the dialog starts from the indicator's current target.
  }, [indicator, reset])

  const close = () => {
    save.reset()
    onClose()
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!indicator) return
    const parsed = TargetInput.safeParse(targetFormToPayload(form.values))
    const required = targetRequiredErrors(form.values)
    if (!parsed.success || Object.keys(required).length > 0) {
      form.setErrors({ ...(parsed.success ? {} : fieldErrorsFromZod(parsed.error)), ...required })
      return
    }
    try {
      await save.mutateAsync({ code: indicator.code, data: parsed.data })
      notifications.show({
        color: 'green',
        title: 'Đã lưu chỉ tiêu mới',
        message: `${indicator.name}: áp dụng từ ngày ${formatDate(parsed.data.effectiveFrom)}.`,
      })
      close()
    } catch (error) {
      if (isApiError(error)) form.setErrors(fieldErrorsFromApi(error))
    }
  }

  const comparison = form.field('comparison')
  const value = form.field('value')
  const unconfirmed = form.field('unconfirmed')
  const effectiveFrom = form.field('effectiveFrom')
  const needsValue = comparisonNeedsValue(form.values.comparison)

  return (
    <Modal opened={indicator !== null} onClose={close} title="Đặt chỉ tiêu mới" size="lg" centered>
      {indicator ? (
        <form onSubmit={(event) => void onSubmit(event)} noValidate data-testid="target-form">
          <Stack gap="md">
            <Text size="sm" fw={600}>
              {indicator.name}
            </Text>
            {save.isError && needsSummary(save.error) ? (
              <Alert role="alert" color="red" variant="light" data-testid="target-form-error">
                {errorMessage(save.error)}
              </Alert>
            ) : null}
            <Group grow align="flex-start">
              <Select
                label={TARGET_FIELD_LABELS.comparison}
                required
                data-autofocus
                data={TARGET_COMPARISONS.map((c) => ({ value: c, label: TARGET_COMPARISON_LABELS[c] }))}
                value={comparison.value}
                error={comparison.error}
                onChange={(next) => comparison.onChange(next as TargetComparison | null)}
                allowDeselect={false}
                data-testid="target-comparison"
              />
              <NumberInput
                label={indicator.isRate ? `${TARGET_FIELD_LABELS.value} (%)` : TARGET_FIELD_LABELS.value}
                required={needsValue}
                disabled={!needsValue}
                description={needsValue ? undefined : 'So với cùng kỳ năm trước, không cần giá trị'}
                min={0}
                max={1_000_000}
                decimalScale={2}
                decimalSeparator=","
                thousandSeparator="."
                allowNegative={false}
                value={needsValue ? value.value : ''}
                error={value.error}
                onChange={value.onChange}
                data-testid="target-value"
              />
            </Group>
            <VnDateInput
              label={TARGET_FIELD_LABELS.effectiveFrom}
              required
              description="Chỉ tiêu đang áp dụng kết thúc vào ngày hôm trước"
              w={{ base: '100%', sm: 240 }}
              data-testid="target-effective-from"
              {...effectiveFrom}
            />
            <TextInput
              label={TARGET_FIELD_LABELS.legalSource}
              required
              maxLength={300}
              autoComplete="off"
              placeholder="Ví dụ: Nghị quyết số 96/2019/QH14 ngày 27/11/2019 của Quốc hội"
              data-testid="target-legal-source"
              {...form.text('legalSource')}
            />
            <Checkbox
              label="Chưa đối chiếu với văn bản chính thức"
              description="Đánh dấu khi giá trị được nhớ lại hoặc trích dẫn gián tiếp, chưa đọc trong văn bản gốc"
              checked={unconfirmed.value}
              onChange={(event) => unconfirmed.onChange(event.currentTarget.checked)}
              data-testid="target-unconfirmed-input"
            />
            <Textarea
              label={TARGET_FIELD_LABELS.note}
              maxLength={1000}
              autosize
              minRows={2}
              data-testid="target-note"
              value={form.values.note}
              error={form.errors.note}
              onChange={(event) => form.setValue('note', event.currentTarget.value)}
            />
            <DialogActions onCancel={close} confirmLabel="Lưu chỉ tiêu" pending={save.isPending} testId="target-save" />
          </Stack>
        </form>
      ) : null}
    </Modal>
  )
}
