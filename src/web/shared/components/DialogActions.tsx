import { Button, Group } from '@mantine/core'
import type { ReactNode } from 'react'

type DialogActionsProps = {
  onCancel: () => void
  /** "Hủy" unless the action itself is a cancellation ("Không hủy" then reads better). */
  cancelLabel?: string
  confirmLabel: ReactNode
  pending: boolean
  /** Without it the confirm button submits the form around it; with it (a confirmation, no form) it has the focus. */
  onConfirm?: () => void
  /** A destructive action: the confirm button is red. */
  danger?: boolean
  testId?: string
}

/** The row that ends a form or a confirmation: cancel on the left, the action on the right. */
export function DialogActions({
  onCancel,
  cancelLabel = 'Hủy',
  confirmLabel,
  pending,
  onConfirm,
  danger = false,
  testId,
}: DialogActionsProps) {
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onCancel}>
        {cancelLabel}
      </Button>
      <Button
        type={onConfirm ? 'button' : 'submit'}
        onClick={onConfirm}
        color={danger ? 'red' : undefined}
        loading={pending}
        data-autofocus={onConfirm ? true : undefined}
        data-testid={testId}
      >
        {confirmLabel}
      </Button>
    </Group>
  )
}
