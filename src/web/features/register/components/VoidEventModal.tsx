import { notifications } from '@mantine/notifications'
import { VoidEvent } from '@/shared/api/register.ts'
import { formatDate } from '@/shared/format.ts'
import { checkReason, ReasonDialog } from '@/web/shared/components/ReasonDialog.tsx'
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
  return (
    <ReasonDialog
      opened={event !== null}
      title="Hủy hành vi tố tụng đã ghi nhận"
      description={
        <>
          Hủy <b>{event?.typeLabel}</b> ngày {formatDate(event?.occurredOn)}. Hành vi vẫn hiển thị (gạch ngang) trong
          diễn biến, nhưng không còn được tính vào giai đoạn, thời hạn và thống kê.
        </>
      }
      reasonLabel="Lý do hủy"
      cancelLabel="Không hủy"
      confirmLabel="Hủy hành vi"
      validate={checkReason(VoidEvent)}
      submit={async (reason) => {
        if (!event) return
        const matter = await voidEvent.mutateAsync({ eventId: event.id, reason })
        notifications.show({
          color: 'green',
          title: 'Đã hủy hành vi tố tụng',
          message: `${event.typeLabel} (${formatDate(event.occurredOn)})`,
        })
        showMovedNotification(matter.moved)
      }}
      mutation={voidEvent}
      onClose={onClose}
      testIds={{ form: 'void-event-form', confirm: 'void-event-confirm' }}
    />
  )
}
