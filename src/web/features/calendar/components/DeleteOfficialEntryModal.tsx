import { useState } from 'react'
import { Alert, Modal, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { OFFICIAL_CALENDAR_KIND_LABELS } from '@/shared/api/calendar.ts'
import type { OfficialCalendarEntry } from '@/shared/api/calendar.ts'
import { formatDate } from '@/shared/format.ts'
import { DialogActions } from '@/web/shared/components/DialogActions.tsx'
import { errorMessage } from '@/web/shared/api/ApiError.ts'
import { useDeleteOfficialEntry } from '../hooks/useOfficialEntryMutations.ts'
import type { CalendarChange } from '../utils/calendarChange.ts'
import { changeNotice } from '../utils/calendarChange.ts'

type DeleteOfficialEntryModalProps = {
  /** The entry to delete; null keeps the dialog closed. */
  entry: OfficialCalendarEntry | null
  onClose: () => void
  onDeleted: (change: CalendarChange) => void
}

/** Asks before removing a day from the official calendar: the default (weekend, holiday) applies again. */
export function DeleteOfficialEntryModal({ entry, onClose, onDeleted }: DeleteOfficialEntryModalProps) {
  const remove = useDeleteOfficialEntry()
  // The last entry asked about stays in the dialog while it fades out.
  const [shown, setShown] = useState(entry)
  if (entry && entry !== shown) setShown(entry)

  const close = () => {
    remove.reset()
    onClose()
  }

  const confirm = () => {
    if (!entry) return
    remove.mutate(entry.id, {
      onSuccess: ({ moved, recompute }) => {
        const change: CalendarChange = {
          action: 'delete',
          date: entry.date,
          kind: entry.kind,
          reason: entry.reason,
          moved,
          recompute: recompute ?? null,
        }
        notifications.show({
          color: 'green',
          title: 'Đã xóa khỏi lịch chính thức',
          message: `Ngày ${formatDate(entry.date)}. ${changeNotice(change)}`,
        })
        onDeleted(change)
        close()
      },
    })
  }

  return (
    <Modal opened={entry !== null} onClose={close} title="Xóa khỏi lịch chính thức" centered>
      {shown ? (
        <Stack gap="md" data-testid="official-entry-delete-confirm">
          {remove.isError ? (
            <Alert role="alert" color="red" variant="light">
              {errorMessage(remove.error)}
            </Alert>
          ) : null}
          <Text size="sm">
            Xóa ngày <b>{formatDate(shown.date)}</b> ({OFFICIAL_CALENDAR_KIND_LABELS[shown.kind]}: {shown.reason}) khỏi
            lịch chính thức? Ngày này sẽ trở lại như mặc định (ngày làm việc, cuối tuần hoặc ngày lễ) và các thời hạn
            liên quan được tính lại.
          </Text>
          <DialogActions onCancel={close} confirmLabel="Xóa" pending={remove.isPending} onConfirm={confirm} danger />
        </Stack>
      ) : null}
    </Modal>
  )
}
