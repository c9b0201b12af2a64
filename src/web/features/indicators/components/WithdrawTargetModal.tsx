import { notifications } from '@mantine/notifications'
import { WithdrawTargetInput } from '@/shared/api/indicators.ts'
import { formatDate } from '@/shared/format.ts'
import { checkReason, ReasonDialog } from '@/web/shared/components/ReasonDialog.tsx'
import { useWithdrawTarget } from '../hooks/useIndicatorMutations.ts'

type WithdrawTargetModalProps = {
  /** The target to withdraw; null keeps the dialog closed. */
  target: { id: number; text: string; effectiveFrom: string } | null
  onClose: () => void
}

/** Rút chỉ tiêu giao nhầm: it stays in the history, marked withdrawn with the reason, and no longer applies. */
export function WithdrawTargetModal({ target, onClose }: WithdrawTargetModalProps) {
  const withdraw = useWithdrawTarget()
  return (
    <ReasonDialog
      opened={target !== null}
      title="Rút chỉ tiêu đã giao nhầm"
      description={
        <>
          Rút chỉ tiêu <b>{target?.text}</b> áp dụng từ ngày {formatDate(target?.effectiveFrom)}. Chỉ tiêu vẫn được lưu
          trong lịch sử (kèm lý do), nhưng không còn áp dụng; chỉ tiêu trước đó được áp dụng trở lại.
        </>
      }
      reasonLabel="Lý do rút chỉ tiêu"
      maxLength={500}
      cancelLabel="Không rút"
      confirmLabel="Rút chỉ tiêu"
      validate={checkReason(WithdrawTargetInput)}
      submit={async (reason) => {
        if (!target) return
        await withdraw.mutateAsync({ id: target.id, reason })
        notifications.show({
          color: 'green',
          title: 'Đã rút chỉ tiêu',
          message: `${target.text} (áp dụng từ ${formatDate(target.effectiveFrom)})`,
        })
      }}
      mutation={withdraw}
      onClose={onClose}
      testIds={{ form: 'withdraw-target-form', reason: 'withdraw-target-reason', confirm: 'withdraw-target-confirm' }}
    />
  )
}
