import { useState } from 'react'
import { Alert, Modal, Stack, Text, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { FormEvent } from 'react'
import { WithdrawTargetInput } from '@/shared/api/indicators.ts'
import { formatDate } from '@/shared/format.ts'
import { errorMessage, isApiError, needsSummary } from '@/web/shared/api/ApiError.ts'
import { DialogActions } from '@/web/shared/components/DialogActions.tsx'
import { fieldErrorsFromApi } from '@/web/shared/form/fieldErrors.ts'
import { useWithdrawTarget } from '../hooks/useIndicatorMutations.ts'

type WithdrawTargetModalProps = {
  /** The target to withdraw; null keeps the dialog closed. */
  target: { id: number; text: string; effectiveFrom: string } | null
  onClose: () => void
}

/** Rút chỉ tiêu giao nhầm: it stays in the history, marked withdrawn with the reason, and no longer applies. */
export function WithdrawTargetModal({ target, onClose }: WithdrawTargetModalProps) {
  const withdraw = useWithdrawTarget()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | undefined>()

  const close = () => {
    setReason('')
    setError(undefined)
    withdraw.reset()
    onClose()
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    if (!target) return
    const parsed = WithdrawTargetInput.safeParse({ reason })
    if (!parsed.success) return setError(parsed.error.issues[0]?.message)
    try {
      await withdraw.mutateAsync({ id: target.id, reason: parsed.data.reason })
      notifications.show({ color: 'green', title: 'Đã rút chỉ tiêu', message: `${target.text} (áp dụng từ ${formatDate(target.effectiveFrom)})` })
      close()
    } catch (err) {
      if (isApiError(err)) setError(fieldErrorsFromApi(err).reason)
    }
  }

  return (
    <Modal opened={target !== null} onClose={close} title="Rút chỉ tiêu đã giao nhầm" centered size="lg">
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="withdraw-target-form">
        <Stack gap="md">
          <Text size="sm">
            Rút chỉ tiêu <b>{target?.text}</b> áp dụng từ ngày {formatDate(target?.effectiveFrom)}. Chỉ tiêu vẫn được lưu trong lịch sử (kèm lý do), nhưng không còn áp dụng; chỉ tiêu
            trước đó được áp dụng trở lại.
          </Text>
          {withdraw.isError && needsSummary(withdraw.error) ? (
            <Alert role="alert" color="red" variant="light">
              {errorMessage(withdraw.error)}
            </Alert>
          ) : null}
          <Textarea
            label="Lý do rút chỉ tiêu"
            required
            autosize
            minRows={3}
            maxLength={500}
            data-autofocus
            value={reason}
            error={error}
            onChange={(e) => {
              setReason(e.currentTarget.value)
              setError(undefined)
            }}
            data-testid="withdraw-target-reason"
          />
          <DialogActions onCancel={close} cancelLabel="Không rút" confirmLabel="Rút chỉ tiêu" pending={withdraw.isPending} danger testId="withdraw-target-confirm" />
        </Stack>
      </form>
    </Modal>
  )
}
