import { useState } from 'react'
import { Alert, Modal, Stack, Text, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { FormEvent } from 'react'
import { VoidEvent } from '@/shared/api/register.ts'
import { DialogActions } from '@/web/shared/components/DialogActions.tsx'
import { errorMessage, isApiError, needsSummary } from '@/web/shared/api/ApiError.ts'
import { fieldErrorsFromApi } from '@/web/shared/form/fieldErrors.ts'
import { formatDate } from '@/shared/format.ts'
import { useVoidEvent } from '../hooks/useMatterMutations.ts'
import { showMovedNotification } from './MovedDeadlines.tsx'

type VoidEventModalProps = {
  matterId: number
  event: { id: number; typeLabel: string; occurredOn: string } | null
  onClose: () => void
}

/** Cancel an act recorded by mistake: it stays on the timeline, struck through, and every deadline is recomputed without it. */
export function VoidEventModal({ matterId, event, onClose }: VoidEventModalProps) {
  const voidEvent = useVoidEvent(matterId)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | undefined>()

  const close = () => {
    setReason('')
    setError(undefined)
    voidEvent.reset()
    onClose()
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    if (!event) return
    const parsed = VoidEvent.safeParse({ reason })
    if (!parsed.success) return setError(parsed.error.issues[0]?.message)
    try {
      const matter = await voidEvent.mutateAsync({ eventId: event.id, reason: parsed.data.reason })
      notifications.show({ color: 'green', title: 'Đã hủy hành vi tố tụng', message: `${event.typeLabel} (${formatDate(event.occurredOn)})` })
      showMovedNotification(matter.moved)
      close()
    } catch (err) {
      if (isApiError(err)) setError(fieldErrorsFromApi(err).reason)
    }
  }

  return (
    <Modal opened={event !== null} onClose={close} title="Hủy hành vi tố tụng đã ghi nhận" centered size="lg">
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="void-event-form">
        <Stack gap="md">
          <Text size="sm">
            Hủy <b>{event?.typeLabel}</b> ngày {formatDate(event?.occurredOn)}. Hành vi vẫn hiển thị (gạch ngang) trong diễn biến, nhưng không còn được tính vào giai đoạn, thời
            hạn và thống kê.
          </Text>
          {voidEvent.isError && needsSummary(voidEvent.error) ? (
            <Alert role="alert" color="red" variant="light">
              {errorMessage(voidEvent.error)}
            </Alert>
          ) : null}
          <Textarea
            label="Lý do hủy"
            required
            autosize
            minRows={3}
            data-autofocus
            value={reason}
            error={error}
            onChange={(e) => {
              setReason(e.currentTarget.value)
              setError(undefined)
            }}
          />
          <DialogActions onCancel={close} cancelLabel="Không hủy" confirmLabel="Hủy hành vi" pending={voidEvent.isPending} danger testId="void-event-confirm" />
        </Stack>
      </form>
    </Modal>
  )
}
