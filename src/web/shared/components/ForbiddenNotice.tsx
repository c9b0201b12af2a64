import { Alert } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'

export function ForbiddenNotice({ what }: { what: string }) {
  return (
    <Alert role="alert" color="orange" variant="light" icon={<IconLock size={20} />} title="Bạn không có quyền truy cập">
      Bạn không có quyền {what}. Nếu cần, hãy liên hệ quản trị hệ thống của đơn vị.
    </Alert>
  )
}
