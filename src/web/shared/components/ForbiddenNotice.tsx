import { Alert } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { PageHeader } from './PageHeader.tsx'

export function ForbiddenNotice({ what }: { what: string }) {
  return (
    <Alert
      role="alert"
      color="orange"
      variant="light"
      icon={<IconLock size={20} />}
      title="Bạn không có quyền truy cập"
    >
      Bạn không có quyền {what}. Nếu cần, hãy liên hệ quản trị hệ thống của đơn vị.
    </Alert>
  )
}

/** What a page shows instead of itself to a user without the right: its title (and crumbs) and why. */
export function ForbiddenPage({ title, what, crumbs }: { title: string; what: string; crumbs?: ReactNode }) {
  return (
    <>
      {crumbs}
      <PageHeader title={title} />
      <ForbiddenNotice what={what} />
    </>
  )
}
