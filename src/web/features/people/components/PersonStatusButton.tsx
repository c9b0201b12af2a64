import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { IconUserCheck, IconUserOff } from '@tabler/icons-react'
import type { Person } from '@/shared/api/people.ts'
import { errorMessage } from '@/web/shared/api/ApiError.ts'
import { useDeactivatePerson } from '../hooks/useDeactivatePerson.ts'
import { useSavePersonPart } from '../hooks/useSavePersonPart.ts'

/** Marks a person as no longer working here (they stay in the records), or back at work. */
export function PersonStatusButton({ person }: { person: Person }) {
  const [opened, { open, close }] = useDisclosure(false)
  const deactivate = useDeactivatePerson(person.id)
  const { save, pending } = useSavePersonPart(person)

  if (!person.active) {
    const reactivate = async () => {
      const outcome = await save({ active: true })
      if (outcome.ok)
        notifications.show({
          color: 'green',
          title: 'Đã lưu thay đổi',
          message: `${person.fullName} đã được kích hoạt lại.`,
        })
      else notifications.show({ color: 'red', title: 'Không thực hiện được', message: errorMessage(outcome.error) })
    }
    return (
      <Button
        variant="light"
        color="green"
        leftSection={<IconUserCheck size={18} />}
        loading={pending}
        onClick={() => void reactivate()}
      >
        Kích hoạt lại
      </Button>
    )
  }

  const confirm = () =>
    deactivate.mutate(undefined, {
      onSuccess: () => {
        close()
        notifications.show({
          color: 'green',
          title: 'Đã lưu thay đổi',
          message: `${person.fullName} đã được chuyển sang trạng thái nghỉ.`,
        })
      },
      onError: (error) =>
        notifications.show({ color: 'red', title: 'Không thực hiện được', message: errorMessage(error) }),
    })

  return (
    <>
      <Button variant="light" color="red" leftSection={<IconUserOff size={18} />} onClick={open}>
        Ngừng công tác
      </Button>
      <Modal opened={opened} onClose={close} title="Ngừng công tác" centered>
        <Stack gap="md">
          <Text size="sm">
            Chuyển <b>{person.fullName}</b> sang trạng thái đã nghỉ? Tài khoản sẽ không đăng nhập được nữa; hồ sơ và
            lịch sử công tác vẫn được giữ.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Hủy
            </Button>
            <Button color="red" onClick={confirm} loading={deactivate.isPending} data-autofocus>
              Xác nhận
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}
